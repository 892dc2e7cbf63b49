/**
 * What the teacher sees of each table: labels, phase, beat, whose turn, the last move, connection
 * state, the ending and scores. Built only from what both seats may see, so nothing confidential
 * (meters, reservation values, advisers, seeds) ever reaches the teacher's screen, which may be on
 * the projector.
 */
import { type Dashboard, gameSummary, type SeatSummary, type TableSummary } from '../sim/session/classDashboard.ts';
import type { Side } from '../sim/session/index.ts';
import type { Session } from '../sim/session/session.ts';
import { seatLabel } from './setup.ts';

export type { Dashboard, SeatSummary, TableSummary };

/** Who holds a seat; whether a student or the computer plays it is the game's own (`Session.seats`). */
export interface SeatState {
  readonly token: string | null;
  readonly connected: boolean;
}

export function summarizeTable(
  table: number,
  session: Session,
  seats: Readonly<Record<Side, SeatState>>,
  paused: boolean,
): TableSummary {
  const seat = (side: Side): SeatSummary => ({
    label: seatLabel(table, side),
    kind: session.seats[side] === 'human' ? 'human' : 'ai',
    taken: seats[side].token !== null,
    connected: seats[side].connected,
  });
  return { table, seats: { us: seat('us'), dprk: seat('dprk') }, paused, ...gameSummary(session) };
}
