/**
 * Searching the ~1.66 million packages without enumerating them. Utilities are nearly additive, so a
 * greedy concession path from a side's ideal package — each step the single-level move that buys the
 * most estimated opponent value per unit of own value — traces that side's estimated Pareto frontier
 * in a few hundred evaluations, staying on the side of every red line the side knows. Swap moves then
 * polish the chosen bid.
 */
import type { Meters } from './hidden.ts';
import type { Side } from './ids.ts';
import { ISSUE_COUNT, issueIndex, issuesInPlay, LEVEL_COUNTS, OPTIONAL } from './issues.ts';
import { estimatedContributions, estimatedUtility, type OpponentBelief } from './opponentModel.ts';
import type { Package } from './package.ts';
import { dealValue } from './phases.ts';
import { contribution, RED_LINE_ISSUES } from './utility.ts';

export type Allowed = (pkg: Package) => boolean;

/** The package a side likes best (on the drills linkage only when it is on the table). */
export function idealPackage(side: Side, withDrills: boolean): Package {
  const pkg: number[] = [];
  for (let i = 0; i < ISSUE_COUNT; i++) {
    let best = 0;
    for (let l = 1; l < LEVEL_COUNTS[i]; l++) if (contribution(side, i, l) > contribution(side, i, best)) best = l;
    pkg.push(OPTIONAL[i] && !withDrills ? 0 : best);
  }
  return pkg;
}

export interface PathPoint {
  readonly pkg: Package;
  readonly self: number;
  readonly opp: number;
  /** Crosses no red line this side knows of; only such points are ever offered. */
  readonly allowed: boolean;
}

/** Where the concession path from `start` begins: `start` itself when allowed, else its nearest allowed package. */
export function pathStart(side: Side, start: Package, meters: Meters, allowed: Allowed, withDrills: boolean): number[] {
  return allowed(start) ? start.slice() : projectToAllowed(side, start, meters, allowed, withDrills);
}

/** The greedy concession path from `start`, most selfish first. */
export function concessionPath(
  side: Side,
  start: Package,
  meters: Meters,
  belief: OpponentBelief,
  allowed: Allowed,
  withDrills: boolean,
): PathPoint[] {
  let cur = pathStart(side, start, meters, allowed, withDrills);
  let self = dealValue(side, cur, meters);
  const path: PathPoint[] = [{ pkg: cur, self, opp: estimatedUtility(belief, cur), allowed: allowed(cur) }];
  const inPlay = issuesInPlay(withDrills);
  const est = estimatedContributions(belief);
  for (let step = 0; step < 64; step++) {
    let bestScore = -Infinity;
    let bestPkg: number[] | null = null;
    let bestSelf = 0;
    // Each neighbour is tried in place on a scratch copy and copied out only when it is the best so far:
    // this loop is most of the counterpart's time, and a copy per neighbour was a third of it.
    const scratch = cur.slice();
    for (let k = 0; k < inPlay.length; k++) {
      const i = inPlay[k];
      const level = cur[i];
      for (let d = -1; d <= 1; d += 2) {
        const l = level + d;
        if (l < 0 || l >= LEVEL_COUNTS[i]) continue;
        const gain = est[i][l] - est[i][level];
        if (gain <= 1e-9) continue;
        scratch[i] = l;
        if (allowed(scratch)) {
          const nextSelf = dealValue(side, scratch, meters);
          const loss = self - nextSelf;
          const score = loss <= 1e-9 ? 1e9 + gain : gain / loss;
          if (score > bestScore) {
            bestScore = score;
            bestPkg = scratch.slice();
            bestSelf = nextSelf;
          }
        }
        scratch[i] = level;
      }
    }
    if (!bestPkg) break;
    cur = bestPkg;
    self = bestSelf;
    path.push({ pkg: cur, self, opp: estimatedUtility(belief, cur), allowed: allowed(cur) });
  }
  return path;
}

/**
 * Among packages worth at least `target` to `side`, the one best for the opponent's estimated
 * utility (Nice Tit-for-Tat's OM strategy). Falls back to the most selfish point when none reaches it.
 */
export function bestBid(
  side: Side,
  path: readonly PathPoint[],
  target: number,
  meters: Meters,
  belief: OpponentBelief,
  allowed: Allowed,
  withDrills: boolean,
): PathPoint {
  // Red lines may cut the path: only allowed points are candidates; the most selfish one is the fallback.
  const candidates = path.filter((p) => p.allowed);
  let best = candidates[0] ?? path[path.length - 1];
  for (const point of candidates) if (point.self >= target && point.opp > best.opp) best = point;
  return polish(side, best, target, meters, belief, allowed, withDrills);
}

/** Swap moves: give a level on one issue, take one back on another, while staying above target. */
function polish(
  side: Side,
  start: PathPoint,
  target: number,
  meters: Meters,
  belief: OpponentBelief,
  allowed: Allowed,
  withDrills: boolean,
): PathPoint {
  let best = start;
  const inPlay = issuesInPlay(withDrills);
  const est = estimatedContributions(belief);
  for (let round = 0; round < 2; round++) {
    let improved = false;
    const base = best.pkg;
    // One scratch package per round, changed in place and copied out only when a swap is kept.
    const next = base.slice();
    for (let a = 0; a < inPlay.length; a++) {
      const i = inPlay[a];
      for (let di = -1; di <= 1; di += 2) {
        const li = base[i] + di;
        if (li < 0 || li >= LEVEL_COUNTS[i]) continue;
        const gain = est[i][li] - est[i][base[i]];
        if (gain <= 1e-9) continue;
        for (let b = 0; b < inPlay.length; b++) {
          const j = inPlay[b];
          if (j === i) continue;
          for (let dj = -1; dj <= 1; dj += 2) {
            const lj = base[j] + dj;
            if (lj < 0 || lj >= LEVEL_COUNTS[j]) continue;
            const cost = est[j][base[j]] - est[j][lj];
            if (cost >= gain) continue;
            const opp = best.opp + gain - cost;
            if (opp <= best.opp + 1e-9) continue;
            next[i] = li;
            next[j] = lj;
            const ok = allowed(next);
            const self = ok ? dealValue(side, next, meters) : 0;
            next[i] = base[i];
            next[j] = base[j];
            if (!ok) continue;
            if (self < target) continue;
            const kept = base.slice();
            kept[i] = li;
            kept[j] = lj;
            best = { pkg: kept, self, opp, allowed: true };
            improved = true;
          }
        }
      }
    }
    if (!improved) break;
  }
  return best;
}

/**
 * The best a side thinks it can get from a package the other side would accept: the first point on
 * its concession path that clears its guess of the other side's reservation value.
 */
export function bestInEstimatedZopa(path: readonly PathPoint[], rvGuess: number): number {
  for (const point of path) if (point.allowed && point.opp >= rvGuess) return point.self;
  return Number.NEGATIVE_INFINITY;
}

/** Where the repair looks, in this order whichever side repairs: the US red lines' issues, then the DPRK's. */
const REPAIR_GROUPS: readonly (readonly number[])[] = [RED_LINE_ISSUES.us, RED_LINE_ISSUES.dprk].map((ids) =>
  ids.map(issueIndex),
);

/**
 * The best package for `side` that crosses no red line it knows of, keeping every issue the red lines
 * do not mention: a small exhaustive pass over the levels of the issues they do (180 packages over
 * the US red lines' issues, 768 over the DPRK's, 1,536 with the drills on the table).
 */
function projectToAllowed(side: Side, start: Package, meters: Meters, allowed: Allowed, withDrills: boolean): number[] {
  let best: number[] = start.slice();
  let bestU = Number.NEGATIVE_INFINITY;
  for (const all of REPAIR_GROUPS) {
    const issues = withDrills ? all : all.filter((i) => !OPTIONAL[i]);
    const base = best.slice();
    const counts = issues.map((i) => LEVEL_COUNTS[i]);
    const total = counts.reduce((a, b) => a * b, 1);
    let found = false;
    const next = base.slice();
    for (let code = 0; code < total; code++) {
      let rest = code;
      for (let k = 0; k < issues.length; k++) {
        next[issues[k]] = rest % counts[k];
        rest = Math.floor(rest / counts[k]);
      }
      // Only allowed packages are valued: most of them are not, and valuing them was most of the pass.
      if (!allowed(next)) continue;
      const u = dealValue(side, next, meters);
      if (!found || u > bestU) {
        found = true;
        bestU = u;
        best = next.slice();
      }
    }
    if (found) return best;
  }
  return best;
}
