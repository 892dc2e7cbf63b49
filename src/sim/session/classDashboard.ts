/**
 * The class dashboard as it goes over the wire: what the teacher sees of each table. One definition
 * for the server that builds it (`src/server/dashboard.ts`) and the client that shows it
 * (`src/app/classClient.ts`), so the two cannot drift apart. Only what both seats may see: no meters,
 * reservation values, advisers or seeds.
 */
import type { EndingId, Phase, Side } from '../model/ids.ts';
import type { Scores } from '../model/outcome.ts';
import type { Package } from '../model/package.ts';
import type { Session } from './session.ts';

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
  /** A live class's soft round timer for the phase being played: minutes, what is left when sent, counting or not. */
  readonly round?: {
    readonly minutes: number;
    readonly msLeft: number;
    readonly running: boolean;
    readonly called: boolean;
  } | null;
}

export interface Dashboard {
  readonly code: string;
  readonly debriefReleased: boolean;
  readonly tables: readonly TableSummary[];
}

/** The part of a table's row the game itself decides, from the view both seats may see. */
export type GameSummary = Omit<TableSummary, 'table' | 'seats' | 'paused' | 'round'>;

/**
 * A table's game as its dashboard row shows it: the server's rows (`src/server/dashboard.ts`) and the rows
 * the results board rebuilds from result codes (`src/app/classBoard.ts`) both come from here.
 */
export function gameSummary(session: Session): GameSummary {
  const view = session.view('us');
  return {
    phase: view.phase,
    beat: view.beat?.id ?? null,
    turn: view.turn?.side ?? null,
    lastMove: view.lastMove && { side: view.lastMove.side, move: view.lastMove.move },
    moves: session.moveCount - session.startMoves,
    ending: view.ending?.id ?? null,
    scores: view.over ? view.scores : null,
    agreement: view.over && view.signed ? view.agreement : null,
  };
}
