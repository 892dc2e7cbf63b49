import { describe, expect, it } from 'vitest';
import { Session } from '../sim/session/session.ts';
import { concessionSeries, movedToward } from './concession.ts';

describe('concession chart data', () => {
  // A real table: a whole game with both seats on the computer; the table's offers stay in the view.
  const session = Session.start({ seats: { us: 'ai', dprk: 'ai' } }, 7);
  session.runAuto(400);
  const offers = session.view('us').table?.offers ?? [];

  it('lists every offer in order with the valuing side’s own value, and only that side’s', () => {
    const worth = (side: 'us' | 'dprk', pkg: readonly number[]) => session.valueOf(side, pkg).perceived;
    const series = concessionSeries(offers, ['us'], worth, { us: 0.5, dprk: 0.4 });
    expect(offers.length).toBeGreaterThan(1);
    expect(series.points).toHaveLength(offers.length);
    series.points.forEach((p, i) => {
      expect(p.n).toBe(i + 1);
      expect(p.by).toBe(offers[i].by);
      expect(p.value.us).toBeCloseTo(worth('us', offers[i].pkg), 12);
      expect(p.value.dprk).toBeUndefined();
    });
    expect(series.walkAway).toEqual({ us: 0.5 });
  });

  it('measures movement toward the other side for own offers and for theirs', () => {
    const fake = [
      { by: 'us' as const, pkg: [0], at: 600 },
      { by: 'dprk' as const, pkg: [1], at: 605 },
      { by: 'us' as const, pkg: [2], at: 610 },
      { by: 'dprk' as const, pkg: [3], at: 615 },
    ];
    // Value to the US falls as its own offers concede and rises as the DPRK's come closer.
    const usValue = [0.9, 0.2, 0.7, 0.35];
    const series = concessionSeries(fake, ['us'], (_s, pkg) => usValue[pkg[0]], {});
    expect(movedToward(series, 'us', 'us')).toBeCloseTo(0.2, 12);
    expect(movedToward(series, 'dprk', 'us')).toBeCloseTo(0.15, 12);
    expect(
      movedToward(
        concessionSeries(fake.slice(0, 2), ['us'], (_s, pkg) => usValue[pkg[0]], {}),
        'us',
        'us',
      ),
    ).toBeNull();
  });
});
