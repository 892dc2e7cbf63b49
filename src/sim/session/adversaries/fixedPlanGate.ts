/**
 * The fixed-plan gate, written once for both seats (each seat's test file is its own shard so the
 * two workers run them at once): the best fixed plan the local search finds for `side` in the
 * historical (Cohen) state wins (a deal with positive gain) in at most 60% of 200 seeds, beats the
 * AI seat's gain in at most 70%, and the AI never accepts below its own private reservation value.
 */
import { expect } from 'vitest';
import type { Side } from '../index.ts';
import { bestFixedPlan, figures, fixedPlan, gateSeeds } from './index.ts';

export function expectNoDominantFixedPlan(side: Side): void {
  const best = bestFixedPlan(side, { trainingSeeds: 4, steps: 2 });
  const f = figures(fixedPlan('best fixed plan', best.pkg), side, gateSeeds(200));
  expect(f.seeds).toBe(200);
  expect(f.positiveDeals / f.seeds).toBeLessThanOrEqual(0.6);
  expect(f.beatsAi / f.seeds).toBeLessThanOrEqual(0.7);
  expect(f.aiBelowFloor).toBe(0);
}
