import { describe, expect, it } from 'vitest';
import { HISTORICAL_METERS } from './hidden.ts';
import { makePackage, withLevels } from './package.ts';
import { dealValue, PHASE_DISCOUNT, phaseBelief, reliefShares, schedule, valueFromSchedule } from './phases.ts';
import { PRESETS } from './presets.ts';
import { rngStream, seedRng } from './rng.ts';
import { complianceBelief, rawUtility } from './utility.ts';

const m = HISTORICAL_METERS;
const bridge = PRESETS.yongbyonPlus.pkg;

describe('the schedule of phases', () => {
  it('puts every step at signing, in implementation or after verified denuclearization by timing and sequencing', () => {
    const phases = schedule(bridge, m);
    expect(phases.map((p) => p.phase)).toEqual(['signing', 'implementation']);
    const [signing, implementation] = phases;
    expect(signing.steps.dprk.map((s) => s.issue)).toEqual(['yongbyon', 'verification', 'testing']);
    expect(implementation.steps.dprk.map((s) => s.issue)).toEqual(['otherSites', 'declaration', 'missiles', 'warheads']);
    // Phased relief: half with the first steps, half with the later ones.
    expect(signing.steps.us).toContainEqual({ issue: 'sanctions', share: 0.5 });
    expect(implementation.steps.us).toEqual([{ issue: 'sanctions', share: 0.5 }]);
    const ffvd = schedule(withLevels(bridge, { sequencing: 0 }), m);
    expect(ffvd.map((p) => p.phase)).toEqual(['signing', 'implementation', 'final']);
    expect(ffvd[2].steps.us).toEqual([{ issue: 'sanctions', share: 1 }]);
    expect(ffvd[2].discount.dprk).toBeCloseTo(PHASE_DISCOUNT.dprk ** 2, 12);
    expect(reliefShares(2)).toEqual([1, 0, 0]);
  });

  it('each phase carries the belief that the other side keeps it: surer at signing than later', () => {
    const [signing, implementation] = schedule(bridge, m);
    const p = complianceBelief('us', bridge, m);
    expect(signing.belief.us).toBeCloseTo((1 + p) / 2, 12);
    expect(implementation.belief.us).toBeCloseTo(p, 12);
    expect(phaseBelief(0.4, 0)).toBeGreaterThan(phaseBelief(0.4, 1));
  });
});

describe('dealValue', () => {
  it('is the sum over the schedule, for random packages and states', () => {
    const draw = rngStream(seedRng(7));
    for (let n = 0; n < 300; n++) {
      const pkg = bridge.map((_, i) => Math.floor(draw() * [4, 3, 4, 4, 3, 4, 4, 5, 3, 3, 2, 2][i]));
      const meters = { ...m, trustUS: draw(), trustDPRK: draw() };
      for (const side of ['us', 'dprk'] as const) {
        expect(dealValue(side, pkg, meters)).toBeCloseTo(valueFromSchedule(side, pkg, meters), 12);
      }
    }
  });

  it('equals face value when the other side is sure to comply and nothing is discounted', () => {
    const sure = { ...m, trustUS: 1 };
    const checked = withLevels(bridge, { verification: 3, declaration: 3 });
    expect(complianceBelief('us', checked, sure)).toBe(1);
    expect(dealValue('us', checked, sure)).toBeCloseTo(rawUtility('us', checked), 12);
    expect(dealValue('us', checked, m)).toBeLessThan(rawUtility('us', checked));
  });

  it('counts the other side’s promises by trust, its own costs at face value', () => {
    const low = dealValue('us', bridge, { ...m, trustUS: 0.2 });
    const high = dealValue('us', bridge, { ...m, trustUS: 0.9 });
    expect(low).toBeLessThan(high);
    // Trust in the other side never changes what one's own concessions cost.
    const own = makePackage({ sanctions: 2, sequencing: 2 });
    expect(dealValue('us', own, { ...m, trustUS: 0.2 })).toBeCloseTo(dealValue('us', own, { ...m, trustUS: 0.9 }), 12);
  });

  it('action for action is worth more to the DPRK than relief after full denuclearization, and less than upfront', () => {
    // What the relief itself adds at each sequencing level (the sequencing level's own value cancels out).
    const relief = (sequencing: number) =>
      dealValue('dprk', withLevels(bridge, { sequencing }), m) -
      dealValue('dprk', withLevels(bridge, { sequencing, sanctions: 0 }), m);
    expect(relief(1)).toBeGreaterThan(relief(0));
    expect(relief(2)).toBeGreaterThan(relief(1));
  });
});
