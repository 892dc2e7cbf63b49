/**
 * How a start point is reached: by the on-record move at each beat before it (the historical choice,
 * and at the table the paper each side really tabled), so the state at the start is exactly the one the
 * historical path gives for that seed and those settings. The session plays these moves when it starts
 * and marks them as the start's; saves and share codes hold only the moves after them.
 */
import { startPointById } from '../content/startPoints.ts';
import { actingSide, currentBeat } from '../machine/reduce.ts';
import { BEAT_INDEX, holds } from '../machine/script.ts';
import type { GameContext, GameEvent } from '../machine/types.ts';
import { PRESETS } from '../model/presets.ts';

/** Far more moves than the historical path has before any start point. */
const MAX_START_MOVES = 200;

/** The on-record move at the beat being played, or null where the record has none (or the game is over). */
export function onRecordMove(ctx: GameContext): GameEvent | null {
  const beat = currentBeat(ctx);
  const by = actingSide(ctx);
  if (!beat || !by) return null;
  if (beat.kind === 'table') {
    // On the record each side restated its position until the clock ran out (as the record-following AI does).
    return { type: 'OFFER', by, pkg: [...(by === 'dprk' ? PRESETS.dprkHanoiOffer.pkg : PRESETS.usBigDeal.pkg)] };
  }
  const choice = beat.choices.find((c) => c.historical && holds(c.requires, ctx, beat.side));
  return choice ? { type: 'CHOOSE', by, choiceId: choice.id } : null;
}

/**
 * Plays on-record moves through `apply` until the start point's beat is reached; returns how many.
 * Throws when the start cannot be reached with these settings (a content error the tests catch).
 */
export function playToStart(ctx: () => GameContext, apply: (event: GameEvent) => string | null): number {
  const { beat: target, id } = startPointById(ctx().settings.start);
  const targetIndex = BEAT_INDEX.get(target) ?? -1;
  for (let n = 0; n <= MAX_START_MOVES; n++) {
    const here = ctx().beatId;
    if (here === target) return n;
    if (here === null || (BEAT_INDEX.get(here) ?? Number.POSITIVE_INFINITY) > targetIndex) break;
    const move = onRecordMove(ctx());
    if (!move) break;
    const error = apply(move);
    if (error) throw new Error(`The start point ${id} cannot be reached: ${error}`);
  }
  throw new Error(`The start point ${id} cannot be reached on the record with these settings.`);
}

const sameMove = (a: unknown, b: GameEvent): boolean => JSON.stringify(a) === JSON.stringify(b);

/** `events` without the start's moves in front, if it begins with them (a full log); otherwise as given. */
export function afterStart(events: readonly unknown[], startMoves: readonly GameEvent[]): readonly unknown[] {
  if (startMoves.length === 0 || events.length < startMoves.length) return events;
  return startMoves.every((m, i) => sameMove(events[i], m)) ? events.slice(startMoves.length) : events;
}
