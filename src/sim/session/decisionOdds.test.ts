/**
 * The debrief's odds of each decision: the points are the human seats' narrative decisions before the
 * ending, the Yongbyon scope included (not the computer's, not table moves, not the aftermath), their starts are the game's own states
 * just before and after, and a decision that signs leaves nothing but deals after it.
 */
import { describe, expect, it } from 'vitest';
import { beatById } from '../machine/script.ts';
import type { GameContext } from '../machine/types.ts';
import { dealShare, decisionPoints, oddsShift, shiftIsClear } from './decisionOdds.ts';
import { oddsFrom } from './odds.ts';
import { Session } from './session.ts';

/** A US player who takes the first open choice and, at the table, takes what the DPRK has put down. */
function playUs(seed: number, signWhenAble: boolean): Session {
  const s = Session.start({ seats: { us: 'human', dprk: 'ai' }, mode: 'open' }, seed);
  for (let guard = 0; guard < 400 && !s.over; guard++) {
    if (s.stepAuto()) continue;
    const view = s.view('us');
    if (!view.turn) break;
    if (view.beat?.kind === 'table') {
      const theirs = view.table?.standing?.by === 'dprk';
      if (!s.act(theirs ? { type: 'ACCEPT', by: 'us' } : { type: 'ADJOURN', by: 'us' }).ok) break;
      continue;
    }
    const pick =
      (signWhenAble ? view.choices.find((c) => c.enabled && c.signs) : undefined) ?? view.choices.find((c) => c.enabled);
    if (!pick || !s.act({ type: 'CHOOSE', by: 'us', choiceId: pick.id }).ok) break;
  }
  return s;
}

describe('the odds of each decision', () => {
  it('are taken at the human seat’s narrative decisions before the ending, from the game’s own states', () => {
    const s = playUs(3, false);
    const log = s.log();
    const points = decisionPoints(s, 100);
    expect(points.length).toBeGreaterThan(3);
    for (const p of points) {
      const event = log[p.index];
      expect(event).toEqual({ type: 'CHOOSE', by: 'us', choiceId: p.choiceId });
      expect(['choice', 'scope']).toContain(beatById(p.beatId)?.kind);
      expect(beatById(p.beatId)?.phase).not.toBe('aftermath');
      // Just after: the game replayed to this move and no further.
      const after = Session.replay(s.seed, s.settings, log.slice(0, p.index + 1));
      expect(p.after.state).toEqual(after.oddsStart().state);
      const before = Session.replay(s.seed, s.settings, log.slice(0, p.index));
      expect(p.before.state).toEqual(before.oddsStart().state);
    }
    // The computer's decisions and the aftermath's are left out; the limit keeps the latest.
    const usChoices = log.filter((e, i) => i >= s.startMoves && e.type === 'CHOOSE' && e.by === 'us').length;
    expect(points.length).toBeLessThan(usChoices);
    expect(decisionPoints(s, 2).map((p) => p.index)).toEqual(points.slice(-2).map((p) => p.index));
  });

  it('show a signing as the odds of a deal going to certainty', () => {
    let signings = 0;
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const s = playUs(seed, true);
      if (!s.view('us').signed) continue;
      // The decision that signed: no valuation frozen before it, one after it.
      const signing = decisionPoints(s, 100).find(
        (p) => (p.before.state as GameContext).valuation === null && (p.after.state as GameContext).valuation !== null,
      );
      if (!signing) continue;
      const shift = oddsShift(oddsFrom(signing.before, 60), oddsFrom(signing.after, 60));
      expect(shift.after).toBe(1);
      signings++;
    }
    expect(signings).toBeGreaterThan(0);
  });

  it('are deterministic and have a margin that shrinks with more rollouts', () => {
    const s = playUs(5, false);
    const [p] = decisionPoints(s, 1);
    expect(oddsFrom(p.before, 40)).toEqual(oddsFrom(p.before, 40));
    const wide = oddsShift(
      { rollouts: 100, endings: { smallDeal: 30, walkout: 70 } },
      { rollouts: 100, endings: { smallDeal: 50, walkout: 50 } },
    );
    expect(wide.before).toBeCloseTo(0.3);
    expect(wide.after).toBeCloseTo(0.5);
    expect(wide.margin).toBeCloseTo(1.96 * Math.sqrt(0.21 / 100 + 0.25 / 100), 12);
    expect(shiftIsClear(wide)).toBe(true);
    const moreRollouts = oddsShift(
      { rollouts: 400, endings: { smallDeal: 120, walkout: 280 } },
      { rollouts: 400, endings: { smallDeal: 200, walkout: 200 } },
    );
    expect(moreRollouts.margin).toBeCloseTo(wide.margin / 2, 12);
    const close = oddsShift(
      { rollouts: 100, endings: { smallDeal: 30, walkout: 70 } },
      { rollouts: 100, endings: { yongbyonPlus: 34, walkout: 66 } },
    );
    expect(shiftIsClear(close)).toBe(false);
    // No deals in either: still a margin, not certainty.
    const none = oddsShift({ rollouts: 200, endings: { walkout: 200 } }, { rollouts: 200, endings: { breakdown: 200 } });
    expect(none.margin).toBeGreaterThan(0);
    expect(dealShare({ rollouts: 0, endings: {} })).toBe(0);
    expect(dealShare({ rollouts: 4, endings: { comprehensive: 1, yongbyonForSanctions: 1, extended: 2 } })).toBe(0.5);
  });
});
