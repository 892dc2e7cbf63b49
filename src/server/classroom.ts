/**
 * The referee of one class, independent of any network: its tables (each holding the game's own
 * Session), who sits where, pause state, the teacher's actions and the class's log. Every move is
 * checked by the pure core; each seat is sent only `session.view(itsSide)`; the teacher gets a
 * summary with nothing confidential; seeds stay here until the teacher releases the debrief.
 * Everything that changes the class is appended to the store first, so `Classroom.restore` rebuilds
 * the class exactly. The Colyseus room (`room.ts`) is a thin adapter that delivers the outbox.
 */
import type { AssignableSeat, GameEvent, GameRecord, Side, StartPointId } from '../sim/session/index.ts';
import { SIDES } from '../sim/session/index.ts';
import type { Session } from '../sim/session/session.ts';
import { type Dashboard, type SeatState, summarizeTable, type TableSummary } from './dashboard.ts';
import type { ClientMessage, MoveBody, Refusal, TableSelection, TeacherAction } from './protocol.ts';
import { RoundTimer } from './roundTimer.ts';
import { hashToken, newToken, tokenMatches } from './secrets.ts';
import { type ClassSetup, planTables, seatLabel, type TablePlan, tableSession } from './setup.ts';
import type { ClassRecord, ClassStore } from './store.ts';

/** Who sent a message: the class's teacher, or the student at one seat. */
export type Role = { readonly kind: 'teacher' } | { readonly kind: 'seat'; readonly table: number; readonly side: Side };

/** What a seat is sent. `view` is the core's projection for that seat's side only. */
export type SeatMessage =
  | { readonly type: 'welcome'; readonly body: SeatWelcome }
  | { readonly type: 'view'; readonly body: SeatView }
  | { readonly type: 'debrief'; readonly body: Debrief };

export interface SeatWelcome {
  readonly role: 'seat';
  readonly code: string;
  readonly table: number;
  readonly side: Side;
  readonly label: string;
}

export interface SeatView {
  readonly table: number;
  readonly side: Side;
  readonly paused: boolean;
  readonly view: ReturnType<Session['view']>;
  /** While the table stands where the class started it: what came before (see `SeatSoFar`); else null. */
  readonly soFar: SeatSoFar | null;
  /** The class's soft round timer for this phase, when it has one (time called shows in `view.timeCalled`). */
  readonly round: RoundView | null;
}

/** A round timer as a seat or the dashboard sees it: what is left when sent, and whether it is counting. */
export interface RoundView {
  readonly minutes: number;
  readonly msLeft: number;
  /** False while the table is paused, once time was called, and after the game. */
  readonly running: boolean;
  /** Time was called in this phase. */
  readonly called: boolean;
}

/**
 * What a seat is told came before the class's start: a later start point (its sourced summary is
 * content the client has), or a shared game's path (its public record: beats and moves, cards fired).
 */
export type SeatSoFar =
  | { readonly kind: 'start'; readonly start: StartPointId }
  | { readonly kind: 'path'; readonly record: GameRecord; readonly moves: number };

/** Released by the teacher at the end: enough to replay the table's game (and make a share code). */
export interface Debrief {
  readonly table: number;
  readonly seed: number;
  readonly settings: Session['settings'];
  readonly events: readonly GameEvent[];
  /** The class is an assessment: the debrief opens the game for review only. */
  readonly locked: boolean;
}

/** How the classroom reaches people; the room maps seats and the teacher to connections. */
export interface Outbox {
  toSeat(table: number, side: Side, message: SeatMessage): void;
  toTeacher(dashboard: Dashboard): void;
  /** The teacher freed this seat or gave it to the computer (`reason`): disconnect whoever holds it. */
  seatFreed(table: number, side: Side, reason: SeatLoss): void;
}

/** Why a student lost their seat: freed for another student, or given to the computer. */
export type SeatLoss = Extract<Refusal['reason'], 'seat-freed' | 'seat-computer'>;

export const SEAT_LOSS_MESSAGES: Readonly<Record<SeatLoss, string>> = {
  'seat-freed': 'Your teacher freed this seat.',
  'seat-computer': 'Your teacher gave your seat to the computer, which now plays it. Ask your teacher to hand it back.',
};

/** Runs `fn` after `ms` (the room's clock; tests may run it at once). */
export type Pacer = (fn: () => void, ms: number) => void;

export interface ClassroomDeps {
  readonly store: ClassStore;
  readonly outbox: Outbox;
  readonly pace: Pacer;
  /** The pause before each computer move, so students can follow it. */
  readonly computerDelayMs: number;
  /**
   * The teacher's dashboard is sent at most once per this many ms (default 0: once per turn of the
   * event loop), however many moves were made meanwhile: one message for a burst of moves, not one each.
   */
  readonly dashboardDelayMs?: number;
  /** The wall clock, for round timers and the times in the log (default `Date.now`). */
  readonly now?: () => number;
  /** Runs a round timer's end after `ms` (default `pace`); tests hold it to run it when they choose. */
  readonly roundPace?: Pacer;
}

export type SeatClaim =
  | { readonly ok: true; readonly table: number; readonly side: Side; readonly token: string | null }
  | ({ readonly ok: false } & Refusal);

interface Table {
  readonly plan: TablePlan;
  readonly session: Session;
  /** Moves in the log when the class began (a start point's, a shared game's): the seats' "so far" until the next. */
  readonly startLength: number;
  readonly seats: Record<Side, SeatState>;
  paused: boolean;
  computerPending: boolean;
  /** Teacher actions on this table, with how many moves had been made when each happened. */
  readonly teacherLog: { action: 'pause' | 'resume' | 'releaseDebrief'; afterMoves: number }[];
  /** The table's dashboard row and what it was built from, so an untouched table is not summarised again. */
  summary: { readonly key: string; readonly row: TableSummary } | null;
  /** The soft round timer, when the class has one. */
  readonly round: RoundTimer | null;
  /** Counts armings of the round timer, so an end armed before a later change does nothing. */
  roundArming: number;
}

const refusal = (reason: Refusal['reason'], message: string): Refusal => ({ reason, message });

export class Classroom {
  private debriefReleased = false;
  private dashboardPending = false;
  private readonly tables: Table[];
  /** Hashes of seat tokens that stopped working, and why: a student coming back with one is told. */
  private readonly revoked = new Map<string, SeatLoss>();

  private constructor(
    readonly code: string,
    readonly setup: ClassSetup,
    plans: readonly TablePlan[],
    private readonly teacherHash: string,
    private readonly deps: ClassroomDeps,
  ) {
    this.tables = plans.map((plan) => {
      const session = tableSession(setup, plan);
      return {
        plan,
        session,
        startLength: session.log().length,
        seats: {
          us: { token: null, connected: false },
          dprk: { token: null, connected: false },
        },
        paused: false,
        computerPending: false,
        teacherLog: [],
        summary: null,
        round: setup.roundMinutes ? new RoundTimer(setup.roundMinutes * 60_000) : null,
        roundArming: 0,
      };
    });
  }

  private now(): number {
    return (this.deps.now ?? Date.now)();
  }

  /** A new class; the teacher token is returned once and only its hash is kept. */
  static create(code: string, setup: ClassSetup, deps: ClassroomDeps, seed?: () => number) {
    const teacherToken = newToken();
    const tables = planTables(setup, seed);
    const at = (deps.now ?? Date.now)();
    const record: ClassRecord = { kind: 'class', version: 1, code, setup, tables, teacher: hashToken(teacherToken), at };
    deps.store.append(code, record);
    const classroom = new Classroom(code, setup, tables, record.teacher, deps);
    for (const t of classroom.tables) classroom.touchRound(t, at);
    return { classroom, teacherToken };
  }

  /** Rebuilds a class from its log: seats, moves, pauses and the debrief, exactly as they were. */
  static restore(records: readonly ClassRecord[], deps: ClassroomDeps): Classroom {
    const head = records[0];
    if (head?.kind !== 'class' || head.version !== 1) throw new Error('A class log must start with its set-up (version 1).');
    const classroom = new Classroom(head.code, head.setup, head.tables, head.teacher, deps);
    const at = head.at ?? classroom.now();
    for (const t of classroom.tables) classroom.touchRound(t, at);
    for (const record of records.slice(1)) classroom.replayRecord(record);
    return classroom;
  }

  get tableCount(): number {
    return this.tables.length;
  }

  /** Starts any computer seat that is to move, and the round timers (after create or restore). */
  start(): void {
    for (const table of this.tables) {
      this.scheduleComputer(table);
      this.armRound(table);
    }
  }

  isTeacher(token: unknown): boolean {
    return tokenMatches(token, this.teacherHash);
  }

  /**
   * A seat for a student: theirs again if they bring its token, else the next free student seat with
   * a new token (returned once). The newest connection with a seat's token holds the seat.
   */
  claimSeat(token?: unknown): SeatClaim {
    if (token !== undefined) {
      for (const table of this.tables) {
        for (const side of SIDES) {
          const seat = table.seats[side];
          if (seat.token && tokenMatches(token, seat.token)) return { ok: true, table: table.plan.number, side, token: null };
        }
      }
      for (const [hash, loss] of this.revoked) {
        if (tokenMatches(token, hash)) return { ok: false, ...refusal(loss, SEAT_LOSS_MESSAGES[loss]) };
      }
      return {
        ok: false,
        ...refusal('bad-token', 'That seat token is not valid in this class (the teacher may have freed the seat).'),
      };
    }
    for (const table of this.tables) {
      for (const side of SIDES) {
        const seat = table.seats[side];
        if (table.session.seats[side] === 'human' && seat.token === null) {
          const fresh = newToken();
          this.record({ kind: 'seat', table: table.plan.number, side, token: hashToken(fresh) });
          return { ok: true, table: table.plan.number, side, token: fresh };
        }
      }
    }
    return { ok: false, ...refusal('class-full', 'Every seat in this class is taken. Ask your teacher to free one.') };
  }

  /** Whether a student without a seat token could get a seat now. */
  hasFreeSeat(): boolean {
    return this.tables.some((t) => SIDES.some((side) => t.session.seats[side] === 'human' && t.seats[side].token === null));
  }

  /** A seat's connection came or went (the dashboard shows it). */
  setConnected(table: number, side: Side, connected: boolean): void {
    const t = this.tables[table - 1];
    if (!t) return;
    t.seats[side] = { ...t.seats[side], connected };
    this.sendDashboard();
  }

  /** What a (re)joining seat is sent first: who it is, its view and, once released, its debrief. */
  greetSeat(table: number, side: Side): void {
    const t = this.tableOf(table);
    const out = this.deps.outbox;
    out.toSeat(table, side, {
      type: 'welcome',
      body: { role: 'seat', code: this.code, table, side, label: seatLabel(table, side) },
    });
    out.toSeat(table, side, { type: 'view', body: this.viewOf(t, side) });
    if (this.debriefReleased) out.toSeat(table, side, { type: 'debrief', body: this.debriefOf(t) });
  }

  dashboard(): Dashboard {
    return { code: this.code, debriefReleased: this.debriefReleased, tables: this.tables.map((t) => this.summaryOf(t)) };
  }

  /**
   * A table's row, rebuilt only when something it shows may have changed: every change to a game is a
   * move in its log (so the log's length), and the rest is the pause and each seat's token and connection.
   */
  private summaryOf(t: Table): TableSummary {
    const seat = (side: Side) => `${t.seats[side].token ?? ''}/${t.seats[side].connected}`;
    const key = `${t.session.moveCount}|${t.paused}|${seat('us')}|${seat('dprk')}`;
    if (t.summary?.key !== key) t.summary = { key, row: summarizeTable(t.plan.number, t.session, t.seats, t.paused) };
    // The time left changes without a move, so it is added to the kept row each time, never kept in it.
    return t.round ? { ...t.summary.row, round: this.roundOf(t) } : t.summary.row;
  }

  /** Handles one checked message; a refusal means nothing changed. */
  handle(from: Role, message: ClientMessage): Refusal | null {
    switch (message.kind) {
      case 'ready':
        if (from.kind === 'seat') this.greetSeat(from.table, from.side);
        else this.deps.outbox.toTeacher(this.dashboard());
        return null;
      case 'move':
        if (from.kind !== 'seat') return refusal('not-seated', 'Only a student at a seat can make a move.');
        if (message.claimedTable !== undefined && message.claimedTable !== from.table) {
          return refusal('wrong-table', `You sit at table ${from.table}; you cannot move at table ${message.claimedTable}.`);
        }
        if (message.claimedSide !== undefined && message.claimedSide !== from.side) {
          return refusal('wrong-seat', `You play the ${seatLabel(from.table, from.side)} seat, not the other side's.`);
        }
        return this.move(this.tableOf(from.table), from.side, message.move);
      case 'teacher':
        if (from.kind !== 'teacher') return refusal('not-teacher', 'Only the teacher can do that.');
        return this.teacherAction(message.action);
    }
  }

  /** A table's seed, settings and the moves played since its start point: for tests and the debrief. */
  tableGame(table: number): { readonly seed: number; readonly settings: unknown; readonly events: readonly GameEvent[] } {
    const t = this.tableOf(table);
    return { seed: t.session.seed, settings: t.session.settings, events: [...t.session.playedMoves()] };
  }

  teacherLogOf(table: number) {
    return this.tableOf(table).teacherLog.map((entry) => ({ ...entry }));
  }

  private tableOf(table: number): Table {
    const t = this.tables[table - 1];
    if (!t) throw new Error(`No table ${table} in class ${this.code}.`);
    return t;
  }

  private move(table: Table, side: Side, body: MoveBody): Refusal | null {
    if (table.paused) return refusal('paused', 'Your teacher has paused the game. Wait for them to resume it.');
    if (table.session.over) return refusal('game-over', 'This game is over.');
    const result = table.session.act({ ...body, by: side });
    if (!result.ok) return refusal('illegal-move', result.error);
    this.afterMove(table);
    return null;
  }

  private afterMove(table: Table): void {
    this.logMove(table);
    this.announceMove(table);
  }

  /** Appends the table's latest move to the class log, with when it was made (the round timer counts from it). */
  private logMove(table: Table): void {
    const last = table.session.lastMove();
    if (!last) return;
    const at = this.now();
    this.deps.store.append(this.code, { kind: 'move', table: table.plan.number, event: last, at });
    this.touchRound(table, at);
  }

  /** Tells the seats and the teacher about the latest move, and lets the computer answer. */
  private announceMove(table: Table): void {
    this.sendViews(table);
    this.sendDashboard();
    this.scheduleComputer(table);
    this.armRound(table);
  }

  /** Tells a table's round timer what changed at `at`: the phase, and whether the table can be played. */
  private touchRound(table: Table, at: number): void {
    if (!table.round) return;
    const s = table.session;
    table.round.update({ phase: s.phase, running: !table.paused && !s.over && !s.timeCalled }, at);
  }

  /**
   * Sets the end of the table's round for when its time runs out. An end armed earlier is left to
   * fire and do nothing (each arming has its number). When it fires, time is called as a move in the
   * table's log, like the teacher's event card.
   */
  private armRound(table: Table): void {
    const round = table.round;
    if (!round?.running) return;
    const arming = ++table.roundArming;
    (this.deps.roundPace ?? this.deps.pace)(() => {
      if (arming !== table.roundArming || !round.running) return;
      // A timer that fired a little early (another clock than ours) is set again for the rest.
      if (round.left(this.now()) > 0) return this.armRound(table);
      const result = table.session.act({ type: 'CALL_TIME', by: 'teacher' });
      if (result.ok) this.afterMove(table);
    }, round.left(this.now()));
  }

  private roundOf(table: Table): RoundView | null {
    const round = table.round;
    if (!round) return null;
    return {
      minutes: round.roundMs / 60_000,
      msLeft: round.left(this.now()),
      running: round.running,
      called: table.session.timeCalled,
    };
  }

  private scheduleComputer(table: Table): void {
    if (table.computerPending || table.paused || table.session.over || !table.session.computerToMove) return;
    table.computerPending = true;
    this.deps.pace(() => {
      table.computerPending = false;
      if (table.paused || table.session.over) return;
      if (table.session.stepAuto()) this.afterMove(table);
    }, this.deps.computerDelayMs);
  }

  private selected(tables: TableSelection): Table[] | Refusal {
    if (tables === 'all') return this.tables;
    const missing = tables.filter((n) => !this.tables[n - 1]);
    if (missing.length > 0)
      return refusal('unknown-table', `There is no table ${missing.join(', ')} (tables are 1–${this.tables.length}).`);
    return tables.map((n) => this.tables[n - 1]);
  }

  private teacherAction(action: TeacherAction): Refusal | null {
    switch (action.type) {
      case 'pause':
      case 'resume': {
        const tables = this.selected(action.tables);
        if (!Array.isArray(tables)) return tables;
        const numbers = tables.map((t) => t.plan.number);
        this.record({ kind: 'teacher', action: action.type, tables: numbers, at: this.now() });
        for (const t of tables) this.sendViews(t);
        this.sendDashboard();
        if (action.type === 'resume') {
          for (const t of tables) {
            this.scheduleComputer(t);
            this.armRound(t);
          }
        }
        return null;
      }
      case 'eventCard': {
        const tables = this.selected(action.tables);
        if (!Array.isArray(tables)) return tables;
        return this.pushCard(tables, action.eventId);
      }
      case 'freeSeat': {
        const t = this.tables[action.table - 1];
        if (!t) return refusal('unknown-table', `There is no table ${action.table}.`);
        if (t.session.seats[action.side] !== 'human') return refusal('bad-message', 'The computer plays that seat.');
        this.record({ kind: 'free', table: action.table, side: action.side });
        this.deps.outbox.seatFreed(action.table, action.side, 'seat-freed');
        this.sendDashboard();
        return null;
      }
      case 'assignSeat': {
        const t = this.tables[action.table - 1];
        if (!t) return refusal('unknown-table', `There is no table ${action.table}.`);
        return this.assignSeat(t, action.side, action.seat);
      }
      case 'releaseDebrief':
        this.record({ kind: 'teacher', action: 'releaseDebrief', tables: this.tables.map((t) => t.plan.number), at: this.now() });
        for (const t of this.tables) {
          for (const side of SIDES) this.deps.outbox.toSeat(t.plan.number, side, { type: 'debrief', body: this.debriefOf(t) });
        }
        this.sendDashboard();
        return null;
    }
  }

  /**
   * The teacher's event card, as a move (`INJECT`) in each chosen table's own log, so it replays with
   * the game. Tables where it cannot fire (over, or the card already fired) are left as they are; when
   * none can take it, the core's reason comes back and nothing changed.
   */
  private pushCard(tables: readonly Table[], eventId: string): Refusal | null {
    let first: string | null = null;
    let pushed = 0;
    for (const t of tables) {
      const result = t.session.act({ type: 'INJECT', by: 'teacher', eventId });
      if (result.ok) {
        pushed++;
        this.afterMove(t);
      } else first ??= `Table ${t.plan.number}: ${result.error}`;
    }
    return pushed > 0 || first === null ? null : refusal('illegal-move', first);
  }

  /**
   * The teacher hands a seat to the computer or back to a student, as a move (`ASSIGN_SEAT`) in the
   * table's own log, so replays, restores and debriefs carry it. A student holding the seat loses it
   * (their token is revoked after the move, so a restore knows why); a seat handed back is taken by the
   * next student who joins, with a new token. The computer moves at once if it is its turn.
   */
  private assignSeat(t: Table, side: Side, seat: AssignableSeat): Refusal | null {
    if (t.session.over) return refusal('game-over', 'This game is over.');
    const result = t.session.act({ type: 'ASSIGN_SEAT', by: 'teacher', side, seat });
    if (!result.ok) return refusal('illegal-move', `Table ${t.plan.number}: ${result.error}`);
    this.logMove(t);
    if (seat === 'ai' && t.seats[side].token !== null) {
      this.record({ kind: 'free', table: t.plan.number, side });
      this.deps.outbox.seatFreed(t.plan.number, side, 'seat-computer');
    }
    this.announceMove(t);
    return null;
  }

  /** Appends a record and applies it: the one path live changes and restores share. */
  private record(record: ClassRecord): void {
    this.deps.store.append(this.code, record);
    this.replayRecord(record);
  }

  private replayRecord(record: ClassRecord): void {
    switch (record.kind) {
      case 'class':
        throw new Error('A class log has one set-up record, at the start.');
      case 'seat': {
        const t = this.tableOf(record.table);
        t.seats[record.side] = { ...t.seats[record.side], token: record.token };
        return;
      }
      case 'free': {
        const t = this.tableOf(record.table);
        const held = t.seats[record.side].token;
        if (held) this.revoked.set(held, t.session.seats[record.side] === 'human' ? 'seat-freed' : 'seat-computer');
        t.seats[record.side] = { ...t.seats[record.side], token: null, connected: false };
        return;
      }
      case 'move': {
        const t = this.tableOf(record.table);
        const result = t.session.replayMove(record.event);
        if (!result.ok)
          throw new Error(`Class ${this.code}, table ${record.table}: a logged move no longer fits: ${result.error}`);
        this.touchRound(t, record.at ?? this.now());
        return;
      }
      case 'teacher':
        if (record.action === 'releaseDebrief') this.debriefReleased = true;
        for (const n of record.tables) {
          const t = this.tableOf(n);
          if (record.action !== 'releaseDebrief') t.paused = record.action === 'pause';
          t.teacherLog.push({ action: record.action, afterMoves: t.session.playedMoves().length });
          this.touchRound(t, record.at ?? this.now());
        }
        return;
    }
  }

  private viewOf(table: Table, side: Side): SeatView {
    return {
      table: table.plan.number,
      side,
      paused: table.paused,
      view: table.session.view(side),
      soFar: this.soFarOf(table),
      round: this.roundOf(table),
    };
  }

  private soFarOf(table: Table): SeatSoFar | null {
    const s = table.session;
    if (s.log().length !== table.startLength) return null;
    if (this.setup.from) return { kind: 'path', record: s.record(), moves: s.log().length - s.startMoves };
    return s.settings.start === 'beginning' ? null : { kind: 'start', start: s.settings.start };
  }

  private debriefOf(table: Table): Debrief {
    const s = table.session;
    return {
      table: table.plan.number,
      seed: s.seed,
      settings: s.settings,
      events: [...s.playedMoves()],
      locked: this.setup.locked === true,
    };
  }

  private sendViews(table: Table): void {
    for (const side of SIDES) {
      if (table.session.seats[side] === 'human')
        this.deps.outbox.toSeat(table.plan.number, side, { type: 'view', body: this.viewOf(table, side) });
    }
  }

  /** Sends the teacher the dashboard soon (see `dashboardDelayMs`), once for every change made until then. */
  private sendDashboard(): void {
    if (this.dashboardPending) return;
    this.dashboardPending = true;
    this.deps.pace(() => {
      this.dashboardPending = false;
      this.deps.outbox.toTeacher(this.dashboard());
    }, this.deps.dashboardDelayMs ?? 0);
  }
}
