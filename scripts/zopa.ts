/**
 * npx tsx scripts/zopa.ts --json
 *
 * The zone of agreement, by brute force over every package (1.66 million; a few seconds, never run per
 * move): how many packages clear both sides' red lines and reservation values by face value
 * (`rawUtility`) and by the value that decides and scores (`dealValue`, phased and trust-discounted),
 * in two states: the historical starting meters with the Cohen hearing (domestic pressure +0.4), and
 * without it with hawk influence at 0.5. docs/model.md quotes these counts.
 */
import { applyMeterDeltas, HISTORICAL_METERS, type Meters, reservation } from '../src/sim/model/hidden.ts';
import { forEachPackage } from '../src/sim/model/package.ts';
import { dealValue } from '../src/sim/model/phases.ts';
import { rawUtility, redLine } from '../src/sim/model/utility.ts';
import { runCli } from './args.ts';

function count(meters: Meters): { packages: number; onPaper: number; phased: number } {
  const rv = { us: reservation('us', meters), dprk: reservation('dprk', meters) };
  let packages = 0;
  let onPaper = 0;
  let phased = 0;
  forEachPackage((pkg) => {
    packages++;
    if (redLine('us', pkg, meters) === null && redLine('dprk', pkg, meters) === null) {
      if (rawUtility('us', pkg) >= rv.us && rawUtility('dprk', pkg) >= rv.dprk) onPaper++;
      if (dealValue('us', pkg, meters) >= rv.us && dealValue('dprk', pkg, meters) >= rv.dprk) phased++;
    }
  }, true);
  return { packages, onPaper, phased };
}

runCli(() => ({
  cohen: count(applyMeterDeltas(HISTORICAL_METERS, { domesticUS: 0.4 })),
  noCohenHawk05: count({ ...HISTORICAL_METERS, hawk: 0.5 }),
}));
