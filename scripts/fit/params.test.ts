import { describe, expect, it } from 'vitest';
import {
  applyStep,
  FITTED_ISSUES,
  MIN_WEIGHT,
  REFERENCE_WEIGHTS,
  stepFromDraws,
  tableWeights,
  weightChanges,
  weightDistance,
} from './params.ts';

const sum = (w: Record<string, number>) => Object.values(w).reduce((a, b) => a + b, 0);

describe('weight-fit parameters', () => {
  it('start from the §3.3 weights, each side summing to 100, and read the table over the same issues', () => {
    for (const w of [REFERENCE_WEIGHTS, tableWeights()]) {
      expect(sum(w.us)).toBe(100);
      expect(sum(w.dprk)).toBe(100);
    }
    expect(REFERENCE_WEIGHTS.dprk.sanctions).toBe(22);
    expect(Object.keys(tableWeights().us)).toEqual(Object.keys(REFERENCE_WEIGHTS.us));
  });

  it('a step moves points between two issues of one side and keeps the sum', () => {
    const w = REFERENCE_WEIGHTS;
    const next = applyStep(w, { side: 'dprk', from: 'sanctions', to: 'testing', amount: 2 });
    expect(next?.dprk.sanctions).toBe(20);
    expect(next?.dprk.testing).toBe(4);
    expect(next?.us).toEqual(w.us);
    expect(sum(next?.dprk ?? {})).toBe(100);
    expect(weightDistance(w, next ?? w)).toBe(4);
    expect(weightChanges(w, next ?? w)).toEqual({ us: {}, dprk: { sanctions: [22, 20], testing: [2, 4] } });
  });

  it('refuses a step that takes a weight below the floor or names one issue twice', () => {
    const w = REFERENCE_WEIGHTS;
    expect(applyStep(w, { side: 'us', from: 'liaison', to: 'sanctions', amount: 1 })).toBeNull();
    expect(w.us.liaison - 1).toBeLessThan(MIN_WEIGHT);
    expect(applyStep(w, { side: 'us', from: 'sanctions', to: 'sanctions', amount: 1 })).toBeNull();
  });

  it('draws a step over two distinct fitted issues, never the optional drills', () => {
    expect(FITTED_ISSUES).not.toContain('drills');
    for (const u of [
      [0, 0, 0, 0],
      [0.99, 0.99, 0.99, 0.99],
      [0.5, 0.3, 0.7, 0.6],
    ] as const) {
      const step = stepFromDraws(u);
      expect(step.from).not.toBe(step.to);
      expect(FITTED_ISSUES).toContain(step.from);
      expect(FITTED_ISSUES).toContain(step.to);
    }
    expect(stepFromDraws([0, 0, 0, 0])).toEqual({ side: 'us', from: 'yongbyon', to: 'otherSites', amount: 1 });
    expect(stepFromDraws([0.9, 0, 0, 0.9]).side).toBe('dprk');
    expect(stepFromDraws([0.9, 0, 0, 0.9]).amount).toBe(2);
  });
});
