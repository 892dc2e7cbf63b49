/**
 * Gate (issue: a dominant fixed plan): the best fixed plan the local search finds for the DPRK seat
 * in the historical (Cohen) state reaches a deal with positive gain in at most 60% of 200 seeds, and
 * the AI never accepts below its own private reservation value in those games.
 */
import { describe, expect, it } from 'vitest';
import { bestFixedPlan, figures, fixedPlan, gateSeeds } from './index.ts';

describe('gate: no dominant fixed plan (DPRK seat)', () => {
  it('the best fixed plan found wins (deal, positive gain) in at most 60% of 200 seeds', () => {
    const best = bestFixedPlan('dprk', { trainingSeeds: 4, steps: 2 });
    const f = figures(fixedPlan('best fixed plan', best.pkg), 'dprk', gateSeeds(200));
    expect(f.seeds).toBe(200);
    expect(f.positiveDeals / f.seeds).toBeLessThanOrEqual(0.6);
    expect(f.beatsAi / f.seeds).toBeLessThanOrEqual(0.7);
    expect(f.aiBelowFloor).toBe(0);
  }, 90_000);
});
