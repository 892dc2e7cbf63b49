/**
 * npm run -s adversaries -- --seeds 200 [--persona historical|dovish|hawkish|all] [--no-cohen] --json
 *
 * Plays every adversarial policy (the best fixed plan the local search finds, concede-everything,
 * hardheaded, Boulware human, tit-for-tat, the rewinding prober, and the players who talk across the
 * table: `adversaries/talkers.ts`) in each seat against the AI and
 * prints their figures as one JSON object. The same arguments print the same bytes.
 */
import type { Side } from '../src/sim/model/ids.ts';
import {
  adversarySettings,
  bestFixedPlan,
  figures,
  fixedPlan,
  gateSeeds,
  POLICIES,
  TALKERS,
} from '../src/sim/session/adversaries/index.ts';
import { intArg, parseArgs, runCli } from './args.ts';

const PERSONAS = ['historical', 'dovish', 'hawkish'] as const;

runCli(() => {
  const args = parseArgs(process.argv.slice(2), ['seeds', 'persona', 'no-cohen', 'json']);
  const n = intArg(args, 'seeds', 200, 5000);
  const personaArg = args.get('persona') ?? 'historical';
  const personas = personaArg === 'all' ? PERSONAS : PERSONAS.filter((p) => p === personaArg);
  if (personas.length === 0) throw new Error('--persona needs historical, dovish, hawkish or all');
  const cohen = args.has('no-cohen') ? 'off' : 'on';
  const seeds = gateSeeds(n);
  const results = [];
  for (const persona of personas) {
    for (const side of ['us', 'dprk'] as Side[]) {
      const settings = adversarySettings(side, { persona, events: { 'ev.cohen': cohen } });
      const best = bestFixedPlan(side, { trainingSeeds: 4, steps: 2, settings });
      const players = [fixedPlan(`best fixed plan ${best.pkg.join('')}`, best.pkg), ...POLICIES, ...TALKERS];
      for (const player of players) results.push({ persona, ...figures(player, side, seeds, settings) });
    }
  }
  return { seeds: n, cohen, results };
});
