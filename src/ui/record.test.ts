import { describe, expect, it } from 'vitest';
import { timelineOf } from '../sim/session/index.ts';
import { Session } from '../sim/session/session.ts';
import { termsIn } from './glossaryUi.ts';
import { firstDivergence, summitRange } from './screens/record.ts';

describe('the record in the debrief', () => {
  it('finds no divergence on the historical path and one in open mode', () => {
    const hist = Session.start({ seats: { us: 'ai', dprk: 'ai' }, mode: 'historical' }, 3);
    hist.runAuto();
    expect(firstDivergence(hist.record())).toBeNull();
    let found = false;
    for (let seed = 1; seed <= 20 && !found; seed++) {
      const open = Session.start({ seats: { us: 'ai', dprk: 'ai' }, mode: 'open' }, seed);
      open.runAuto();
      const d = firstDivergence(open.record());
      if (d) {
        found = true;
        expect(d.chose).not.toBe(d.record);
        expect(d.beatTitle.length).toBeGreaterThan(0);
      }
    }
    expect(found).toBe(true);
  });

  it('lists each glossary term once, in order of first appearance', () => {
    const ids = termsIn(['Yongbyon and FFVD', 'FFVD again, then Yongbyon']);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(2);
  });

  it('names the range the detailed timeline really covers in its intro', () => {
    const dates = timelineOf('summit').map((e) => e.date);
    expect(dates).toContain('2019-02-19');
    expect(dates).toContain('2019-03-02');
    expect(dates.every((d) => d >= '2019-02-19' && d <= '2019-03-02')).toBe(true);
    expect(summitRange()).toEqual({ from: '19 February 2019', to: '2 March 2019' });
  });
});
