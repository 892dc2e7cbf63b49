/** Gate (issue: a dominant fixed plan), the US seat: see fixedPlanGate.ts. */
import { describe, it } from 'vitest';
import { expectNoDominantFixedPlan } from './fixedPlanGate.ts';

describe('gate: no dominant fixed plan (US seat)', () => {
  it('the best fixed plan found wins (deal, positive gain) in at most 60% of 200 seeds', () => {
    expectNoDominantFixedPlan('us');
  }, 90_000);
});
