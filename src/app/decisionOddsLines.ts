/**
 * The debrief's "what your decisions did to the odds of a deal", as words: one line per decision the
 * core found (`decisionPoints`), filled in as the rollouts of each come back, and the decision that
 * moved the odds most among those whose change is larger than the rollouts' margin. Pure: tested in Node.
 */
import type { DecisionPoint, Odds } from '../sim/session/index.ts';
import { oddsShift, shiftIsClear } from '../sim/session/index.ts';
import { beatById } from './content.ts';
import { SIDE_SHORT } from './labels.ts';
import { stepLabel } from './moveWords.ts';
import { m } from './strings/catalogue.ts';

/** Rollouts from each side of a decision: ±5 to ±9 points on a difference, in a few seconds a game. */
export const DECISION_ROLLOUTS = 200;

export interface DecisionOddsLine {
  readonly index: number;
  /** The line, or null while its rollouts are still running. */
  readonly text: string | null;
  /** The change in percentage points (after − before), once known. */
  readonly change: number | null;
  /** The change is larger than the margin. */
  readonly clear: boolean;
}

const pct = (x: number): number => Math.round(x * 100);

/**
 * `results[i]` holds the odds before and after `points[i]` as far as known (`before` arrives first).
 */
export function decisionOddsLines(
  points: readonly DecisionPoint[],
  results: readonly { readonly before?: Odds; readonly after?: Odds }[],
): DecisionOddsLine[] {
  return points.map((p, i) => {
    const r = results[i];
    if (!r?.before || !r.after) return { index: p.index, text: null, change: null, clear: false };
    const shift = oddsShift(r.before, r.after);
    const clear = shiftIsClear(shift);
    const words = {
      beat: beatById(p.beatId)?.title ?? p.beatId,
      side: SIDE_SHORT[p.by],
      choice: stepLabel(p.choiceId),
      before: String(pct(shift.before)),
      after: String(pct(shift.after)),
      margin: String(Math.max(1, pct(shift.margin))),
    };
    const text = clear
      ? m.decision_odds_line(words)
      : words.before === words.after
        ? m.decision_odds_line_same(words)
        : m.decision_odds_line_noise(words);
    return { index: p.index, text, change: pct(shift.after) - pct(shift.before), clear };
  });
}

/** The line of the decision that moved the odds most, among the clear ones; null when none is clear. */
export function biggestMove(lines: readonly DecisionOddsLine[]): DecisionOddsLine | null {
  let best: DecisionOddsLine | null = null;
  for (const l of lines) if (l.clear && l.change !== null && (!best || Math.abs(l.change) > Math.abs(best.change ?? 0))) best = l;
  return best;
}
