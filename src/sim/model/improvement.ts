/**
 * How far a package is from improving on a reference package for both sides: the fewest issues on which
 * it differs from some package that leaves each side at least as far above its walk-away value as the
 * reference does, in the same state and crossing no red line (a weak Pareto improvement on the
 * reference, by the phased values that decide and score). `npm run -s bridge:deals` uses it to ask
 * whether a deal that strays from the analysts' bridge strays toward a better bargain for both or away
 * from it. A measuring stick for scripts and tests, never run during a game.
 */
import type { Meters } from './hidden.ts';
import { LEVEL_COUNTS, OPTIONAL } from './issues.ts';
import { surpluses, surplusPair } from './nash.ts';
import type { Package } from './package.ts';

/** Floating-point slack when comparing a candidate's surplus with the reference's. */
const EPSILON = 1e-9;

const FREE = LEVEL_COUNTS.map((_, i) => i).filter((i) => !OPTIONAL[i]);

/**
 * Whether some package differing from `pkg` on exactly `r` of the issues `FREE[from…]` passes `test`.
 * `cur` starts as a copy of `pkg` and is changed in place, and restored, as the search goes.
 */
function someAtDistance(pkg: Package, cur: number[], r: number, from: number, test: (p: Package) => boolean): boolean {
  if (r === 0) return test(cur);
  for (let k = from; k <= FREE.length - r; k++) {
    const i = FREE[k];
    for (let l = 0; l < LEVEL_COUNTS[i]; l++) {
      if (l === pkg[i]) continue;
      cur[i] = l;
      if (someAtDistance(pkg, cur, r - 1, k + 1, test)) {
        cur[i] = pkg[i];
        return true;
      }
    }
    cur[i] = pkg[i];
  }
  return false;
}

/**
 * The fewest issues between `pkg` and a weak Pareto improvement on `reference` in `meters` (0 when `pkg`
 * is one), or null when no package is one. The reference counts as its own improvement unless it crosses
 * a red line. Optional issues (the drills linkage) stay as they are in `pkg`.
 */
export function issuesFromImprovement(pkg: Package, reference: Package, meters: Meters): number | null {
  // The bar is the reference's surplus even where it crosses a red line: a package then still has to do
  // as well for both, and also be one the sides could sign.
  const bar = surplusPair(reference, meters);
  const improves = (p: Package): boolean => {
    const s = surpluses(p, meters);
    return s !== null && s.us >= bar.us - EPSILON && s.dprk >= bar.dprk - EPSILON;
  };
  // Rings of growing radius around `pkg`: the first ring holding an improvement gives the distance, and
  // most deals find one within a few issues.
  const cur = [...pkg];
  for (let r = 0; r <= FREE.length; r++) if (someAtDistance(pkg, cur, r, 0, improves)) return r;
  return null;
}
