/**
 * The best fixed plan for a seat: which single package, tabled every turn (with the deal-seeking
 * narrative choices), most often ends in a signed deal with positive gain for the player. Found by
 * greedy hill-climbing over the package space: score every preset (the analysts' packages) and the
 * seat's own ideal on a few training seeds (share of seeds with a deal and positive gain, mean gain to
 * break ties), then from the best one move to the best single-level neighbour while it improves,
 * within a step budget. (On the counterpart before this change it finds, from the presets, a US plan
 * that wins every training seed.)
 * It is a local search, not a proof: the gates play the winner on 200 fresh seeds.
 */

import type { Settings } from '../../machine/types.ts';
import type { Side } from '../../model/ids.ts';
import { LEVEL_COUNTS, OPTIONAL } from '../../model/issues.ts';
import type { Package } from '../../model/package.ts';
import { PRESETS } from '../../model/presets.ts';
import { idealPackage } from '../../model/search.ts';
import { runSeed } from '../batch.ts';
import { adversarySettings, playGame } from './play.ts';
import { fixedPlan } from './players.ts';

export interface PlanScore {
  readonly pkg: Package;
  readonly winRate: number;
  readonly meanGain: number;
}

export interface SearchOptions {
  readonly trainingSeeds: number;
  readonly steps: number;
  readonly settings?: Settings;
}

function score(side: Side, pkg: Package, seeds: readonly number[], settings: Settings): PlanScore {
  let wins = 0;
  let gain = 0;
  for (const seed of seeds) {
    const r = playGame(fixedPlan('candidate', pkg), side, seed, settings);
    if (r.deal && r.gain > 0) wins++;
    gain += r.gain;
  }
  return { pkg, winRate: wins / seeds.length, meanGain: gain / seeds.length };
}

const better = (a: PlanScore, b: PlanScore) => a.winRate > b.winRate || (a.winRate === b.winRate && a.meanGain > b.meanGain);

function neighbours(pkg: Package, drills: boolean): Package[] {
  const out: Package[] = [];
  for (let i = 0; i < pkg.length; i++) {
    if (OPTIONAL[i] && !drills) continue;
    for (const d of [-1, 1]) {
      const level = pkg[i] + d;
      if (level < 0 || level >= LEVEL_COUNTS[i]) continue;
      const next = [...pkg];
      next[i] = level;
      out.push(next);
    }
  }
  return out;
}

/** Training seeds are drawn from a base no gate uses for evaluation (gates start at seed 1). */
export const trainingSeeds = (n: number): number[] => Array.from({ length: n }, (_, r) => runSeed(90_001, r));

export function bestFixedPlan(side: Side, options: SearchOptions): PlanScore {
  const settings = options.settings ?? adversarySettings(side);
  const seeds = trainingSeeds(options.trainingSeeds);
  const starts = [...Object.values(PRESETS).map((p) => p.pkg), idealPackage(side, settings.drills)];
  let current = starts.map((pkg) => score(side, pkg, seeds, settings)).reduce((a, b) => (better(b, a) ? b : a));
  for (let step = 0; step < options.steps; step++) {
    let next = current;
    for (const pkg of neighbours(current.pkg, settings.drills)) {
      const candidate = score(side, pkg, seeds, settings);
      if (better(candidate, next)) next = candidate;
    }
    if (next === current) break;
    current = next;
  }
  const best = current;
  return best as PlanScore;
}
