/**
 * What each of a player's decisions did to the odds of a deal, for the debrief: "this choice moved
 * the odds of a deal from 12% to 31% (±6 points)". For every decision a human seat made at a narrative
 * beat (what "Yongbyon" means included) before the ending was fixed, the game is replayed to just before and just after it, and seeded
 * rollouts (`odds.ts`: the AI counterpart on both seats, open mode) run from each. "Before" is the odds at
 * that decision with the model choosing; "after" is the odds with the player's choice made. The margin
 * is the 95% half-width of the difference of the two shares (normal approximation), so a student sees
 * which changes are larger than the rollouts' own noise.
 *
 * Pure and seeded: the same game gives the same lines. The rollouts themselves run where the caller
 * likes (a Web Worker in the browser); this module only finds the starts and reads the results.
 */
import { beatById } from '../machine/script.ts';
import type { EndingId, Side } from '../model/ids.ts';
import type { Odds, OddsStart } from './odds.ts';
import { Session } from './session.ts';

/** The endings that are a signed agreement (the ones `classifyDeal` in the model names). */
export const DEAL_ENDINGS: ReadonlySet<EndingId> = new Set([
  'smallDeal',
  'yongbyonForSanctions',
  'yongbyonPlus',
  'comprehensive',
]);

export interface DecisionPoint {
  /** The decision's place in the game's log (the start's moves included). */
  readonly index: number;
  readonly by: Side;
  readonly beatId: string;
  readonly choiceId: string;
  /** The state just before the decision and just after it, for the rollouts. */
  readonly before: OddsStart;
  readonly after: OddsStart;
}

/**
 * The human seats' narrative decisions of a finished or running game, replayed from its seed: at most
 * `limit`, the latest kept (the decisions nearest the ending decide most, and each costs two runs of
 * rollouts). Decisions of the start point's record moves and those after the ending was fixed (the
 * aftermath) are left out: neither can move the odds of a deal.
 */
export function decisionPoints(session: Session, limit = 10): DecisionPoint[] {
  const replay = Session.start(session.settings, session.seed);
  const points: DecisionPoint[] = [];
  for (const event of session.playedMoves()) {
    // Contexts are immutable: `ctx` stays the state before the move.
    const ctx = replay.context;
    const beatId = ctx.beatId;
    const kind = beatId === null ? undefined : beatById(beatId)?.kind;
    const counted =
      event.type === 'CHOOSE' &&
      beatId !== null &&
      ctx.ending === null &&
      ctx.settings.seats[event.by] === 'human' &&
      (kind === 'choice' || kind === 'scope');
    const before = counted ? replay.oddsStart() : null;
    const result = replay.replayMove(event);
    if (!result.ok) throw new Error(`The game cannot be replayed for the odds of its decisions: ${result.error}`);
    if (before && event.type === 'CHOOSE' && beatId !== null) {
      points.push({
        index: replay.moveCount - 1,
        by: event.by,
        beatId,
        choiceId: event.choiceId,
        before,
        after: replay.oddsStart(),
      });
    }
  }
  return points.slice(-limit);
}

/** The share of rollouts that ended in a signed deal (0 when there were none). */
export function dealShare(odds: Odds): number {
  if (odds.rollouts === 0) return 0;
  let deals = 0;
  for (const [ending, n] of Object.entries(odds.endings)) if (DEAL_ENDINGS.has(ending as EndingId)) deals += n ?? 0;
  return deals / odds.rollouts;
}

export interface OddsShift {
  readonly before: number;
  readonly after: number;
  /** 95% half-width of `after − before`. */
  readonly margin: number;
}

export function oddsShift(before: Odds, after: Odds): OddsShift {
  const p = dealShare(before);
  const q = dealShare(after);
  const variance = (x: number, n: number) => (n > 0 ? (x * (1 - x)) / n : 0);
  // A share of 0 or 1 has no sample variance, but the rollouts can still have missed a rare ending:
  // the "rule of three" floor keeps such a margin from reading as certainty.
  const floor = (n: number) => (n > 0 ? (3 / n) ** 2 / 4 : 0);
  const v =
    Math.max(variance(p, before.rollouts), floor(before.rollouts)) + Math.max(variance(q, after.rollouts), floor(after.rollouts));
  return { before: p, after: q, margin: 1.96 * Math.sqrt(v) };
}

/** Whether the change is larger than the margin: the lines the debrief leads with. */
export const shiftIsClear = (s: OddsShift): boolean => Math.abs(s.after - s.before) > s.margin;
