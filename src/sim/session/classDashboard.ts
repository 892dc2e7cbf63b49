/**
 * The class dashboard as it goes over the wire: what the teacher sees of each table. One definition
 * for the server that builds it (`src/server/dashboard.ts`) and the client that shows it
 * (`src/app/classClient.ts`), so the two cannot drift apart. Only what both seats may see: no meters,
 * reservation values, advisers or seeds.
 */
import type { EndingId, Phase, Side } from '../model/ids.ts';
import type { Scores } from '../model/outcome.ts';
import type { Package } from '../model/package.ts';

export interface SeatSummary {
  readonly label: string;
  readonly kind: 'human' | 'ai';
  /** A student holds this seat (it may be offline). */
  readonly taken: boolean;
  readonly connected: boolean;
}

export interface TableSummary {
  readonly table: number;
  readonly seats: Readonly<Record<Side, SeatSummary>>;
  readonly phase: Phase;
  readonly beat: string | null;
  readonly turn: Side | null;
  readonly lastMove: { readonly side: Side; readonly move: string } | null;
  readonly moves: number;
  readonly paused: boolean;
  readonly ending: EndingId | null;
  readonly scores: Scores | null;
  /** The signed terms once the game is over (both seats see them then); null without a deal or before the end. */
  readonly agreement: Package | null;
}

export interface Dashboard {
  readonly code: string;
  readonly debriefReleased: boolean;
  readonly tables: readonly TableSummary[];
}
