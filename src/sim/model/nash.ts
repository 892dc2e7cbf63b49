/**
 * The Nash bargaining point of a state: the package that maximises the product of the two sides'
 * surpluses, `(Û_US − RV_US)·(Û_DPRK − RV_DPRK)`, over every package that crosses neither side's red
 * lines and leaves both surpluses positive. Values are the phased values that decide and score
 * (`dealValue`), walk-away values the §3.4 formula's. Issue 10 asks that the analysts' bridge sit near
 * this point without the Cohen hearing; `npm run -s nash` prints it and a test holds it.
 *
 * Brute force over the package space (1.66 million packages without the optional drills linkage, about
 * a second): a measuring stick for scripts and tests, never run during a game.
 */
import { type Meters, reservation } from './hidden.ts';
import { LEVEL_COUNTS, OPTIONAL } from './issues.ts';
import { forEachPackage, type Package } from './package.ts';
import { dealValue } from './phases.ts';
import { redLine } from './utility.ts';

export interface NashPoint {
  readonly pkg: Package;
  /** The Nash product at `pkg` (0 when no package leaves both sides better off). */
  readonly product: number;
  readonly surplus: { readonly us: number; readonly dprk: number };
}

/** Both surpluses of `pkg` in `meters` (phased value over the walk-away value), red lines aside. */
export const surplusPair = (pkg: Package, meters: Meters): { us: number; dprk: number } => ({
  us: dealValue('us', pkg, meters) - reservation('us', meters),
  dprk: dealValue('dprk', pkg, meters) - reservation('dprk', meters),
});

/** Both surpluses of `pkg` in `meters`, or null when it crosses a red line. */
export function surpluses(pkg: Package, meters: Meters): { us: number; dprk: number } | null {
  if (redLine('us', pkg, meters) !== null || redLine('dprk', pkg, meters) !== null) return null;
  return surplusPair(pkg, meters);
}

const productOf = (s: { us: number; dprk: number } | null): number => (s && s.us > 0 && s.dprk > 0 ? s.us * s.dprk : 0);

/**
 * The best package by Nash product among `candidates` (each visited once), or null when none leaves both
 * sides better off. Ties keep the first visited.
 */
function bestOf(visit: (see: (pkg: Package) => void) => void, meters: Meters): NashPoint | null {
  let best: NashPoint | null = null;
  visit((pkg) => {
    const s = surpluses(pkg, meters);
    const p = productOf(s);
    if (s && p > 0 && (best === null || p > best.product)) best = { pkg: [...pkg], product: p, surplus: s };
  });
  return best;
}

/** The Nash point over the whole package space (the drills linkage at its first level unless `withDrills`). */
export function nashPoint(meters: Meters, withDrills = false): NashPoint | null {
  return bestOf((see) => forEachPackage(see, withDrills), meters);
}

/**
 * The best package by Nash product among those that differ from `pkg` on at most two issues (in any
 * levels), optional issues left as they are: how close the Nash bargaining can come while staying
 * "within two issues" of `pkg`.
 */
export function nashWithinTwo(pkg: Package, meters: Meters): NashPoint | null {
  const free = pkg.map((_, i) => i).filter((i) => !OPTIONAL[i]);
  return bestOf((see) => {
    const cur = [...pkg];
    see(cur);
    for (const [ai, a] of free.entries()) {
      for (let la = 0; la < LEVEL_COUNTS[a]; la++) {
        if (la === pkg[a]) continue;
        cur[a] = la;
        see(cur);
        for (const b of free.slice(ai + 1)) {
          for (let lb = 0; lb < LEVEL_COUNTS[b]; lb++) {
            if (lb === pkg[b]) continue;
            cur[b] = lb;
            see(cur);
          }
          cur[b] = pkg[b];
        }
      }
      cur[a] = pkg[a];
    }
  }, meters);
}
