/** Gate (issue: a dominant fixed plan), the DPRK seat: see fixedPlanGate.ts. */
import { describe, it } from 'vitest';
import { expectNoDominantFixedPlan } from './fixedPlanGate.ts';

describe('gate: no dominant fixed plan (DPRK seat)', () => {
  it('the best fixed plan found wins (deal, positive gain) in at most 60% of 200 seeds', () => {
    expectNoDominantFixedPlan('dprk');
  }, 90_000);
});
