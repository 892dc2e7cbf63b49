/**
 * A table's soft round timer: so many minutes for each phase of its game, counted only while the
 * table can be played (not while paused, not once time was called or the game is over). It holds
 * no clock of its own: every change says when it happened, so a restored class, fed the times its
 * log recorded, stands exactly where the live one stood. The classroom turns "no time left" into a
 * `CALL_TIME` move; this only counts.
 */
import type { Phase } from '../sim/session/index.ts';

/** What the timer needs to know about its table after a change. */
export interface RoundState {
  readonly phase: Phase;
  /** The table can be played now: not paused, not over, time not yet called in this phase. */
  readonly running: boolean;
}

export class RoundTimer {
  private phase: Phase | null = null;
  private msLeft: number;
  /** When the clock last started running, or null while it is stopped. */
  private since: number | null = null;

  constructor(readonly roundMs: number) {
    this.msLeft = roundMs;
  }

  /** The table changed at `now`: a new phase starts a full round; a pause or resume stops or restarts it. */
  update(state: RoundState, now: number): void {
    if (state.phase !== this.phase) {
      this.phase = state.phase;
      this.msLeft = this.roundMs;
      this.since = null;
    } else if (this.since !== null) {
      this.msLeft -= Math.max(0, now - this.since);
      this.since = null;
    }
    if (state.running) this.since = now;
  }

  /** Milliseconds left in this phase's round at `now` (never below 0). */
  left(now: number): number {
    const running = this.since === null ? 0 : Math.max(0, now - this.since);
    return Math.max(0, this.msLeft - running);
  }

  get running(): boolean {
    return this.since !== null;
  }
}
