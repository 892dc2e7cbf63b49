import { describe, expect, it } from 'vitest';
import { type BridgeMeasured, bridgeObjective, ELEVEN } from './bridgeObjective.ts';

const m: BridgeMeasured = {
  nashApart: 3,
  withinTwoShare: 0.75,
  bridgeDistances: [2, 4],
  openings: 6,
  valueSteps: 0,
  pointsMoved: 0,
  referenceErrors: [0, 0, 0, 0, 0, 0],
  calibrationSeeds: 100,
  usWalksWithCohen: 95,
  bridgesWithoutCohen: 44,
  bridgeSurplus: { us: 0.01, dprk: 0.1 },
};
const base = { openings: 6, referenceErrors: [0, 0, 0, 0, 0, 0] };

describe('bridge-fit objective', () => {
  it('adds the Nash distance, the smooth within-two share and the deals distance', () => {
    expect(bridgeObjective(m, base)).toMatchObject({
      nash: 3,
      near: 2.5,
      deals: 3,
      shortfall: 0,
      openings: 0,
      anchor: 0,
      calibration: 0,
      reading: 0,
      total: 8.5,
    });
  });

  it('charges bridges within two issues only below half of them, one issue per tenth missing', () => {
    expect(bridgeObjective({ ...m, bridgeDistances: [2, 4, 5, 3] }, base).shortfall).toBeCloseTo(2.5);
    expect(bridgeObjective({ ...m, bridgeDistances: [2, 1, 5] }, base).shortfall).toBe(0);
    expect(bridgeObjective({ ...m, bridgeDistances: [] }, base).shortfall).toBeCloseTo(5);
  });

  it('charges no bridges as every issue, worse openings, values moved and a fall in calibration', () => {
    expect(bridgeObjective({ ...m, bridgeDistances: [] }, base).deals).toBe(ELEVEN);
    expect(bridgeObjective({ ...m, openings: 7.5 }, base).openings).toBeCloseTo(1.5);
    expect(bridgeObjective({ ...m, openings: 5 }, base).openings).toBe(0);
    expect(bridgeObjective({ ...m, valueSteps: 20 }, base).anchor).toBeCloseTo(1);
    expect(bridgeObjective({ ...m, valueSteps: 20, pointsMoved: 10 }, base).anchor).toBeCloseTo(1.1);
    expect(bridgeObjective({ ...m, bridgesWithoutCohen: 34 }, base).calibration).toBeCloseTo(1);
    expect(bridgeObjective({ ...m, usWalksWithCohen: 100, bridgesWithoutCohen: 60 }, base).calibration).toBe(0);
  });

  it('charges a Hanoi paper outside the ±0.02 band, not the bridge, which is held to clearing instead', () => {
    expect(bridgeObjective({ ...m, referenceErrors: [0.03, 0, 0, 0, 0, 0] }, base).reference).toBeCloseTo(0.3 + 1);
    expect(bridgeObjective({ ...m, referenceErrors: [0, 0, 0, 0, 0.06, 0] }, base).reference).toBe(0);
    expect(bridgeObjective({ ...m, bridgeSurplus: { us: -0.02, dprk: 0.1 } }, base).reading).toBeCloseTo(2);
    expect(bridgeObjective({ ...m, bridgeSurplus: { us: -0.01, dprk: -0.01 } }, base).reading).toBeCloseTo(2);
    expect(bridgeObjective({ ...m, bridgeSurplus: null }, base).reading).toBe(ELEVEN);
  });
});
