/**
 * "What really happened": the debrief timeline (hanoi-dossier.md §1). The summit fortnight in detail
 * (every row of §1b), the months before and after in brief (§1a, §1c). Our own sentences; each entry
 * dated, placed, tagged and linked.
 */
import type { Confidence, Source } from '../types.ts';
import { TIMELINE_AFTER } from './timelineAfter.ts';
import { TIMELINE_BEFORE } from './timelineBefore.ts';
import { TIMELINE_DAY1 } from './timelineDay1.ts';
import { TIMELINE_DAY2 } from './timelineDay2.ts';

export interface TimelineEntry {
  /** Stable ID, `tl.<slug>`. */
  readonly id: string;
  /** ISO date `YYYY-MM-DD`, or `YYYY-MM` when only the month is known. Sorts chronologically. */
  readonly date: string;
  /** As shown: e.g. "28 Feb 2019, about 14:00". */
  readonly dateLabel: string;
  readonly place: string;
  /** Our own words, at most READABLE_LIMITS.timelineEntry words. */
  readonly text: string;
  /** The dossier's tag for the main claim of the entry. */
  readonly confidence: Confidence;
  /** When parts of the entry carry a different tag, say which (e.g. "Reported: the team sizes"). */
  readonly caveat?: string;
  readonly sources: readonly Source[];
  /** 'summit': 19 Feb – 2 Mar 2019 in detail; 'context': the months around it, in brief. */
  readonly detail: 'summit' | 'context';
}

/** The whole record, in chronological order. */
export const TIMELINE: readonly TimelineEntry[] = [...TIMELINE_BEFORE, ...TIMELINE_DAY1, ...TIMELINE_DAY2, ...TIMELINE_AFTER];

/** Entries of one level of detail, in order. */
export const timelineOf = (detail: TimelineEntry['detail']): readonly TimelineEntry[] =>
  TIMELINE.filter((e) => e.detail === detail);
