import { describe, expect, it } from 'vitest';
import { type Measured, objective } from './objective.ts';

const m: Measured = {
  openingsUs: 2,
  openingsDprk: 4,
  pointsMoved: 0,
  referenceErrors: [0.01, -0.02, 0, 0, 0, 0],
  calibrationSeeds: 40,
  usWalksWithCohen: 36,
  bridgesWithoutCohen: 12,
};
const base = { usWalksWithCohen: 36, bridgesWithoutCohen: 12, referenceErrors: [0.01, -0.02, 0, 0, 0, 0] };

describe('weight-fit objective', () => {
  it('is the openings distance alone at the start', () => {
    expect(objective(m, base)).toEqual({ openings: 6, anchor: 0, reference: 0, calibration: 0, total: 6 });
  });

  it('charges each point of weight moved', () => {
    expect(objective({ ...m, pointsMoved: 10 }, base).total).toBeCloseTo(6.1);
  });

  it('charges a reference package for drifting from its start, and much more outside the ±0.02 band', () => {
    expect(objective({ ...m, referenceErrors: [0.015, -0.02, 0, 0, -0.01, 0] }, base).reference).toBeCloseTo(0.15);
    expect(objective({ ...m, referenceErrors: [0.005, 0.02, 0, 0, 0, 0] }, base).reference).toBe(0);
    expect(objective({ ...m, referenceErrors: [0.03, -0.025, 0, 0, 0, 0] }, base).reference).toBeCloseTo(0.25 + 1.5);
  });

  it('charges a fall in the calibration figures from the start, never a rise', () => {
    expect(objective({ ...m, usWalksWithCohen: 32 }, base).calibration).toBeCloseTo(1);
    expect(objective({ ...m, bridgesWithoutCohen: 10 }, base).calibration).toBeCloseTo(0.5);
    expect(objective({ ...m, usWalksWithCohen: 40, bridgesWithoutCohen: 20 }, base).calibration).toBe(0);
  });
});
