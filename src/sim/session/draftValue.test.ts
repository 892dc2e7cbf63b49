import { describe, expect, it } from 'vitest';
import { ISSUES } from '../model/issues.ts';
import { nextFloat, seedRng } from '../model/rng.ts';
import { draftValue } from './draftValue.ts';
import { Session } from './session.ts';
import { normalizeSettings } from './settings.ts';

describe('a seat values its draft from its own View', () => {
  it('gives the numbers the whole context gives, at every table of random games, for both seats', () => {
    let checked = 0;
    let scoped = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const s = Session.start(normalizeSettings({ seats: { us: 'random', dprk: 'random' }, mode: 'open' }), seed);
      let rng = seedRng(seed * 7919);
      const draw = (n: number): number => {
        const [x, next] = nextFloat(rng);
        rng = next;
        return Math.floor(x * n);
      };
      while (s.stepAuto()) {
        if (!s.context.table) continue;
        if (s.context.scope.dprk) scoped++;
        for (const side of ['us', 'dprk'] as const) {
          const pkg = ISSUES.map((issue) => draw(issue.levels.length));
          const fromView = draftValue(s.view(side), pkg);
          const fromContext = s.valueOf(side, pkg);
          expect(fromView.perceived).toBeCloseTo(fromContext.perceived, 12);
          expect(fromView.raw).toBeCloseTo(fromContext.raw, 12);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
    // Some of those states had the DPRK's definition of "Yongbyon" capping the scope.
    expect(scoped).toBeGreaterThan(0);
  });

  it('shows NaN, not a guess, when the View lacks the meter the value reads', () => {
    const s = Session.start(normalizeSettings({ seats: { us: 'ai', dprk: 'ai' }, mode: 'open' }), 3);
    const pkg = ISSUES.map(() => 1);
    for (const side of ['us', 'dprk'] as const) {
      const view = s.view(side);
      const own = side === 'us' ? 'trustUS' : 'trustDPRK';
      expect(view.meters[own]).toBeTypeOf('number');
      expect(Number.isFinite(draftValue(view, pkg).perceived)).toBe(true);
      const { [own]: _dropped, ...rest } = view.meters;
      const blind = { ...view, meters: rest } as typeof view;
      expect(draftValue(blind, pkg).perceived).toBeNaN();
      // The face value reads no meter at all.
      expect(draftValue(blind, pkg).raw).toBeCloseTo(draftValue(view, pkg).raw, 12);
    }
  });
});
