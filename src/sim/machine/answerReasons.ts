/**
 * The computer counterpart's reasons for its answer to an offer, from the state it answered in.
 * Derived on demand from the context before the offer (never logged, so saves and share codes do
 * not change): the offer is applied as the game applied it, the counterpart's view is built as its
 * move was, and each "would accept if" must pass both the counterpart's own decision in that view
 * and the game itself, replayed from before the offer with the changed package.
 */

import { otherSide, type Side } from '../model/ids.ts';
import type { Package } from '../model/package.ts';
import { acceptsInView, explainAnswer, type Reasons } from '../model/reasons.ts';
import { autoMove, counterpartView, moveDraw } from './ai.ts';
import { actingSide, tableOpen } from './reduce.ts';
import { step } from './step.ts';
import type { GameContext } from './types.ts';
import { moveError } from './validate.ts';

/**
 * Why the computer seat answering `by`'s offer of `pkg` (made in `before`) answered as it did, or null
 * when that seat is not the model's counterpart then (a human, a random seat, or no table after the offer).
 */
export function answerReasons(before: GameContext, by: Side, pkg: Package): Reasons | null {
  const answerer = otherSide(by);
  if (before.settings.seats[answerer] !== 'ai') return null;
  const offered = (p: Package) => {
    const event = { type: 'OFFER' as const, by, pkg: [...p] };
    return moveError(before, event) ? null : step(before, event);
  };
  const after = offered(pkg);
  if (!after?.table || !tableOpen(after) || actingSide(after) !== answerer) return null;
  const view = counterpartView(after, after.table, answerer, moveDraw(after));
  const model = acceptsInView(view);
  // The counterpart reads the offer with Yongbyon capped at the DPRK's definition (`effectivePackage`),
  // but a "would accept if" is a change to the offer the person made: the game is asked about that offer
  // with the changes made, which is what the person would send (and what the counterpart learns from).
  const read = view.standing?.pkg ?? pkg;
  const sent = (p: Package) => pkg.map((level, i) => (p[i] !== read[i] ? p[i] : level));
  const game = (p: Package) => {
    const next = offered(sent(p));
    return next !== null && autoMove(next)?.type === 'ACCEPT';
  };
  return explainAnswer(view, { accepts: (p) => model(p) && game(p) });
}
