/**
 * npm run -s openings -- [--seeds 200] [--mode open|historical]
 *
 * Prints, as JSON, how far each side's first offer at the table is from its own Hanoi paper, with both
 * seats on the computer counterpart (`measureOpenings` in src/sim/session/openings.ts, which the weight
 * fit `scripts/fitWeights.ts` optimises): for each side, over the seeds, the issues whose level differs
 * (median, mean, and how many seeds are within two issues), the summed level distance (median), and the
 * issues that differ most often.
 */

import { measureOpenings } from '../src/sim/session/openings.ts';
import { intArg, parseArgs, runCli } from './args.ts';

runCli(() => {
  const args = parseArgs(process.argv.slice(2), ['seeds', 'mode', 'json']);
  const seeds = intArg(args, 'seeds', 200, 100_000);
  const mode = args.get('mode') ?? 'open';
  if (mode !== 'open' && mode !== 'historical') throw new Error('--mode is open or historical');
  return measureOpenings(seeds, mode);
});
