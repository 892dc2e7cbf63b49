/**
 * The history log as data: the player's own decisions on the path the game stands on, each with the
 * node to return to for deciding again, and the kept branch ahead for rolling forward. Reads the
 * timeline and content; holds no rules.
 */

import { isHistoricalMove, isSeatEvent, moveRecordBasis, type SeatEvent, type Side } from '../sim/session/index.ts';
import type { Timeline, TimelineNode } from '../sim/session/timeline.ts';
import { beatById } from './content.ts';
import { moveLabelWithTerms } from './moveWords.ts';
import { m } from './strings/catalogue.ts';

export interface HistoryEntry {
  /** The node the decision made. */
  readonly nodeId: number;
  /** The node just before it: going back there lets the player decide again. */
  readonly beforeId: number;
  /** Move number from the start of the game (1-based). */
  readonly move: number;
  readonly side: Side;
  readonly beatTitle: string;
  readonly label: string;
  /** The move the real delegation made there (its choice, or the paper it really tabled). */
  readonly onRecord: boolean;
  /** A move on the record whose decision the record itself is silent on: shown as inferred, not as history. */
  readonly inferred: boolean;
  /** Other moves already tried from the same point, in any branch. */
  readonly otherBranches: number;
}

/** Whose decisions the log lists: the human seats, or both sides when the computer plays both. */
export function loggedSides(timeline: Timeline): Side[] {
  const seats = timeline.settings.seats;
  const humans = (['us', 'dprk'] as const).filter((s) => seats[s] === 'human');
  return humans.length > 0 ? humans : ['us', 'dprk'];
}

export function historyEntries(timeline: Timeline): HistoryEntry[] {
  const sides = new Set(loggedSides(timeline));
  return timeline
    .lineage(timeline.current.id)
    .map((id) => timeline.nodes[id])
    .filter(
      (n): n is TimelineNode & { event: SeatEvent; parent: number } =>
        n.event !== null && isSeatEvent(n.event) && n.parent !== null && sides.has(n.event.by),
    )
    .map((n) => ({
      nodeId: n.id,
      beforeId: n.parent,
      move: n.depth,
      side: n.event.by,
      beatTitle: (n.beatId && beatById(n.beatId)?.title) || m.history_the_table(),
      // Every entry is on the path to the current node, so the game there words its choices right.
      label: moveLabelWithTerms(n.event, timeline.session),
      onRecord: isHistoricalMove(n.event),
      inferred: moveRecordBasis(n.event) === 'inferred',
      otherBranches: timeline.nodes[n.parent].children.length - 1,
    }));
}

/** The kept branch ahead of the current node: the most recently opened child at each step, to its end. */
export function forwardPath(timeline: Timeline): number[] {
  const path: number[] = [];
  for (let n = timeline.current; n.children.length > 0; ) {
    const next = timeline.nodes[Math.max(...n.children)];
    path.push(next.id);
    n = next;
  }
  return path;
}
