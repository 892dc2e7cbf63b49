import { describe, expect, it } from 'vitest';
import { rngStream, seedRng } from '../../src/sim/model/rng.ts';
import { applyValueStep, tableValues, type Values, valueChanges, valueDistance, valueStepFromDraws } from './values.ts';

const monotone = (xs: readonly number[]) => {
  const up = xs[xs.length - 1] > xs[0];
  return xs.every((x, i) => i === 0 || (up ? x > xs[i - 1] : x < xs[i - 1]));
};

describe('bridge-fit parameters', () => {
  // The table's values with two scales fixed here, so the cases below do not move with the table.
  const table = tableValues();
  const start: Values = {
    us: { ...table.us, endOfWar: [1, 0.8, 0.6] },
    dprk: { ...table.dprk, testing: [1, 0.8, 0.6] },
  };

  it('a step moves one interior value by 0.05 and nothing else', () => {
    const next = applyValueStep(start, { side: 'dprk', issue: 'testing', level: 1, direction: -1 });
    expect(next?.dprk.testing).toEqual([1, 0.75, 0.6]);
    expect(next?.us).toEqual(start.us);
    expect(next && valueDistance(start, next)).toBe(1);
    expect(next && valueChanges(start, next)).toEqual({
      us: {},
      dprk: {
        testing: [
          [1, 0.8, 0.6],
          [1, 0.75, 0.6],
        ],
      },
    });
  });

  it("never moves a scale's end or breaks its order", () => {
    expect(applyValueStep(start, { side: 'us', issue: 'yongbyon', level: 0, direction: 1 })).toBeNull();
    expect(applyValueStep(start, { side: 'dprk', issue: 'sanctions', level: 4, direction: -1 })).toBeNull();
    // us endOfWar is [1, 0.8, 0.6]: 0.8 may not go down to 0.6.
    let v = start;
    for (let k = 0; k < 3; k++) v = applyValueStep(v, { side: 'us', issue: 'endOfWar', level: 1, direction: -1 }) ?? v;
    expect(v.us.endOfWar).toEqual([1, 0.65, 0.6]);
  });

  it('random steps keep every scale strictly monotone, inside [0, 1]', () => {
    const draw = rngStream(seedRng(9));
    let v = start;
    for (let k = 0; k < 2000; k++) v = applyValueStep(v, valueStepFromDraws(v, [draw(), draw(), draw(), draw()])) ?? v;
    expect(valueDistance(start, v)).toBeGreaterThan(10);
    for (const side of ['us', 'dprk'] as const)
      for (const scale of Object.values(v[side])) {
        if (scale.length > 1) expect(monotone(scale)).toBe(true);
        for (const x of scale) expect(x >= 0 && x <= 1).toBe(true);
      }
  });
});
