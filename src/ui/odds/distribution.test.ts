import { describe, expect, it } from 'vitest';
import { oddsFrom } from '../../sim/session/odds.ts';
import { Session } from '../../sim/session/session.ts';
import { Timeline } from '../../sim/session/timeline.ts';
import { notPlainData, ODDS_ROLLOUTS, oddsRows, percent } from './distribution.ts';

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe('oddsRows', () => {
  it('shares add up to exactly 100.0% however the counts fall', () => {
    const cases = [
      { rollouts: 3, endings: { walkout: 1, breakdown: 1, extended: 1 } },
      { rollouts: 7, endings: { walkout: 2, breakdown: 2, extended: 2, smallDeal: 1 } },
      { rollouts: 500, endings: { walkout: 279, yongbyonPlus: 71, breakdown: 142, extended: 8 } },
      { rollouts: 1, endings: { comprehensive: 1 } },
    ];
    for (const odds of cases) {
      const rows = oddsRows(odds);
      expect(sum(rows.map((r) => r.tenths))).toBe(1000);
      expect(sum(rows.map((r) => r.count))).toBe(odds.rollouts);
      for (const r of rows) expect(Math.abs(r.tenths - (r.count * 1000) / odds.rollouts)).toBeLessThan(1);
    }
    expect(oddsRows({ rollouts: 3, endings: { walkout: 1, breakdown: 1, extended: 1 } }).map((r) => percent(r.tenths))).toEqual([
      '33.4%',
      '33.3%',
      '33.3%',
    ]);
  });

  it('names endings from the content, in its order, and counts rollouts that never ended', () => {
    const rows = oddsRows({ rollouts: 10, endings: { extended: 2, walkout: 5 } });
    expect(rows.map((r) => [r.id, r.title, r.count])).toEqual([
      ['walkout', 'The walk', 5],
      ['extended', 'Talks extended', 2],
      ['unfinished', 'No ending within the move limit', 3],
    ]);
    expect(oddsRows({ rollouts: 0, endings: {} })).toEqual([]);
  });
});

describe('the context a worker receives', () => {
  it('is plain data at any node of a real game, and rollouts on a structured clone give the same odds', () => {
    const t = new Timeline(3, { seats: { us: 'human', dprk: 'ai' }, mode: 'historical' });
    for (let i = 0; i < 4; i++) {
      t.runAuto();
      const v = t.session.view();
      const choice = v.choices.find((c) => c.enabled);
      if (choice) t.act({ type: 'CHOOSE', by: 'us', choiceId: choice.id });
    }
    const ids = t.lineage(t.current.id);
    for (const id of [ids[0], ids[Math.floor(ids.length / 2)], ids.at(-1) as number]) {
      const ctx = Session.replay(t.seed, t.settings, t.pathTo(id)).context;
      expect(notPlainData(ctx)).toBeNull();
      const copy = structuredClone(ctx);
      expect(copy).toEqual(ctx);
      expect(JSON.parse(JSON.stringify(ctx))).toEqual(ctx);
      expect(oddsFrom(copy, 8)).toEqual(oddsFrom(ctx, 8));
    }
  }, 20_000);

  it('the check flags what would not survive postMessage', () => {
    expect(notPlainData({ a: [1, { b: 'x' }], c: null })).toBeNull();
    expect(notPlainData({ a: [1, { b: () => 1 }] })).toBe('context.a[1].b is a function');
    expect(notPlainData({ m: new Map() })).toBe('context.m is a Map');
    expect(notPlainData({ n: Number.NaN })).toBe('context.n is NaN');
    expect(notPlainData({ u: undefined })).toBe('context.u is undefined');
  });

  it('runs at least 500 rollouts', () => {
    expect(ODDS_ROLLOUTS).toBeGreaterThanOrEqual(500);
  });
});
