/** The debrief's odds lines: filled in only when both sides of a decision are known, worded by the margin. */
import { describe, expect, it } from 'vitest';
import type { DecisionPoint } from '../sim/session/index.ts';
import { biggestMove, decisionOddsLines } from './decisionOddsLines.ts';

const start = { kind: 'odds-start' as const, state: {} };
const point = (index: number, choiceId: string, beatId: string): DecisionPoint => ({
  index,
  by: 'us',
  beatId,
  choiceId,
  before: start,
  after: start,
});
const odds = (deals: number, rollouts = 200) => ({ rollouts, endings: { smallDeal: deals, walkout: rollouts - deals } });

describe('decision odds lines', () => {
  const points = [point(4, 'walkAway', 'end.decision'), point(2, 'pressDeal', 'talks.paper'), point(7, 'x', 'talks.bolton')];
  it('wait for both runs, then give the change, its margin, and whether it is clear', () => {
    const lines = decisionOddsLines(points, [
      { before: odds(60), after: odds(2) },
      { before: odds(50), after: odds(56) },
      { before: odds(40) },
    ]);
    expect(lines[0].text).toMatch(/moved the odds of a deal from 30% to 1% \(±\d+ points\)/);
    expect(lines[0].change).toBe(-29);
    expect(lines[0].clear).toBe(true);
    expect(lines[1].text).toMatch(/from 25% to 28% .*within the margin/);
    expect(lines[1].clear).toBe(false);
    expect(lines[2]).toEqual({ index: 7, text: null, change: null, clear: false });
    expect(biggestMove(lines)?.index).toBe(4);
    const same = decisionOddsLines(points.slice(0, 1), [{ before: odds(0), after: odds(0) }]);
    expect(same[0].text).toMatch(/stayed at 0% \(±\d+ points\)/);
  });
  it('name no biggest move when none is larger than its margin', () => {
    const lines = decisionOddsLines(points.slice(1, 2), [{ before: odds(50), after: odds(56) }]);
    expect(biggestMove(lines)).toBeNull();
  });
});
