/**
 * "So far on this path": what a game opened from a share link or a save has behind it, for a path a
 * teacher picked (played to a point, then shared with the class). A class needs to know where the path
 * left the record, not every move on it, so the summary counts the decisions, lists only those that
 * differ from what the real delegation did, and names the event cards that fired. Pure: no DOM.
 */
import type { GameRecord } from '../sim/session/index.ts';
import { EVENTS } from './content.ts';
import { type PathRow, pathRows } from './storyData.ts';

export interface PathSoFar {
  /** Decisions on the path with an on-record counterpart, and how many of them followed the record. */
  readonly decisions: number;
  readonly asOnRecord: number;
  /** Where the path left the record, in order. */
  readonly departures: readonly PathRow[];
  /** Decisions the record has no counterpart for (table moves, invented beats), by count. */
  readonly otherMoves: number;
  /** Titles of the event cards that have fired. */
  readonly cards: readonly string[];
}

/** The summary of a game's path so far, or null when it has no moves yet. */
export function pathSoFar(record: GameRecord): PathSoFar | null {
  const rows = pathRows(record);
  if (rows.length === 0) return null;
  const compared = rows.filter((r) => r.record !== null);
  return {
    decisions: compared.length,
    asOnRecord: compared.filter((r) => r.same).length,
    departures: compared.filter((r) => !r.same),
    otherMoves: rows.length - compared.length,
    cards: record.firedEvents.flatMap((id) => EVENTS.find((e) => e.id === id)?.title ?? []),
  };
}
