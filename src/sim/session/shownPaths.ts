/**
 * Paths through a game as the word count (`content/wordCount.ts`) reads them: the moves after the start
 * point, the offers tabled and the event cards that fired after it. `everyPath` walks the whole tree of
 * narrative choices from a start (at a table: the on-record paper, or walking out), which is how the
 * class-length limit is checked on the longest path rather than on a sample.
 */
import type { ShownPath } from '../content/wordCount.ts';
import { enabledChoices } from '../machine/ai.ts';
import { actingSide, currentBeat } from '../machine/reduce.ts';
import { step } from '../machine/step.ts';
import type { GameContext, GameEvent } from '../machine/types.ts';
import type { Session } from './session.ts';
import { onRecordMove } from './startPoint.ts';

/** The part of a context after the start that the word count reads. */
function pathOf(ctx: GameContext, from: { moves: number; offers: number; events: number }): ShownPath {
  return {
    start: ctx.settings.start,
    length: ctx.settings.length,
    steps: ctx.steps.slice(from.moves),
    offers: (ctx.table?.offers ?? []).slice(from.offers),
    events: ctx.firedEvents.slice(from.events),
  };
}

const startOf = (s: Session) => ({
  moves: s.startMoves,
  offers: s
    .log()
    .slice(0, s.startMoves)
    .filter((e) => e.type === 'OFFER').length,
  events: s.startEvents,
});

/** The path a session has taken since its start. */
export const shownPath = (s: Session): ShownPath => pathOf(s.context, startOf(s));

/**
 * Every path from the session's point to an ending: each enabled choice at every choice and scope beat
 * (a scope beat's listed definitions), and at a table the on-record paper or a walk-out. Throws past
 * `budget` paths, so a tree too large to walk is said to be, not silently cut.
 */
export function everyPath(s: Session, budget = 100_000): ShownPath[] {
  const from = startOf(s);
  const out: ShownPath[] = [];
  const walk = (ctx: GameContext): void => {
    const beat = currentBeat(ctx);
    const by = actingSide(ctx);
    if (!beat || !by) {
      if (out.length >= budget) throw new Error(`More than ${budget} paths from here: too many to walk.`);
      out.push(pathOf(ctx, from));
      return;
    }
    const paper = beat.kind === 'table' ? onRecordMove(ctx) : null;
    const moves: GameEvent[] =
      beat.kind === 'table'
        ? [...(paper ? [paper] : []), { type: 'WALK', by }]
        : enabledChoices(ctx, beat).map((c) => ({ type: 'CHOOSE', by, choiceId: c.id }));
    for (const move of moves) walk(step(ctx, move));
  };
  walk(s.context);
  return out;
}
