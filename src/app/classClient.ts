/**
 * The class client: a teacher's or a student's connection to the class server, DOM-free so it can
 * be tested with a fake SDK. It wraps a colyseus.js 0.16 room (which does not reconnect by itself):
 * it keeps the room's reconnection token and the seat or teacher token in injected storage
 * (sessionStorage in the browser), comes back after a drop (`client.reconnect`, then the token), and
 * hands the front end typed events for what the server says. It holds no game state of its own.
 */
import type { GameRecord, Side, StartPointId } from '../sim/session/index.ts';
import type { View } from '../sim/session/view.ts';
import { Emitter } from './emitter.ts';

/** What the teacher chooses at set-up (checked again by the server). */
export interface ClassSetupInput {
  readonly students: number;
  readonly pairing: 'pairs' | 'computer';
  readonly seeds: 'same' | 'different';
  readonly game: Readonly<Record<string, unknown>>;
  /** A share link or code: every table starts where that game stood, with its settings and seed. */
  readonly from?: string;
  /** An assessment: each student's debrief link opens their game for review only. */
  readonly locked?: boolean;
  /** A soft round timer: minutes for each phase (0 or absent: none). */
  readonly roundMinutes?: number;
}

export type ClassRole = 'teacher' | 'seat';

import type { Dashboard as ClassDashboard } from '../sim/session/classDashboard.ts';

/** The dashboard as the server sends it (one definition for both ends). */
export type {
  Dashboard as ClassDashboard,
  SeatSummary as ClassSeatSummary,
  TableSummary as ClassTableSummary,
} from '../sim/session/classDashboard.ts';

export interface ClassWelcome {
  readonly role: ClassRole | 'teacher';
  readonly code: string;
  readonly table: number | null;
  readonly side: Side | null;
  readonly label: string | null;
}

export interface SeatViewMessage {
  readonly table: number;
  readonly side: Side;
  readonly paused: boolean;
  readonly view: View;
  /** What came before the class's start, while the table still stands there (src/server/classroom.ts). */
  readonly soFar?:
    | { readonly kind: 'start'; readonly start: StartPointId }
    | { readonly kind: 'path'; readonly record: GameRecord; readonly moves: number }
    | null;
  /** The class's soft round timer for this phase, when it has one (src/server/classroom.ts `RoundView`). */
  readonly round?: RoundView | null;
}

/** A round timer as sent: its minutes, what was left when sent, and whether it is counting. */
export interface RoundView {
  readonly minutes: number;
  readonly msLeft: number;
  readonly running: boolean;
  readonly called: boolean;
}

export interface ClassRefusal {
  readonly reason: string;
  readonly message: string;
}

export type ConnectionState = 'connected' | 'reconnecting' | 'lost';

export interface ClassEvents extends Record<string, unknown> {
  token: { readonly token: string; readonly role: ClassRole };
  welcome: ClassWelcome;
  view: SeatViewMessage;
  dashboard: ClassDashboard;
  debrief: Readonly<Record<string, unknown>>;
  refused: ClassRefusal;
  connection: ConnectionState;
}

/** The parts of a colyseus.js Room this client uses. */
export interface RoomLike {
  readonly roomId: string;
  readonly reconnectionToken: string;
  onMessage(type: '*', fn: (type: string | number, body: unknown) => void): unknown;
  onLeave(fn: (code: number) => void): unknown;
  send(type: string, body?: unknown): void;
  leave(consented?: boolean): Promise<number> | unknown;
}

/** The parts of a colyseus.js Client this client uses. */
export interface ClassSdk {
  create(room: string, options: Record<string, unknown>): Promise<RoomLike>;
  joinById(code: string, options: Record<string, unknown>): Promise<RoomLike>;
  reconnect(token: string): Promise<RoomLike>;
}

export type ClassStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** What is kept to come back: the class, who we are there, and the server's tokens. */
export interface StoredSeat {
  readonly code: string;
  readonly role: ClassRole;
  readonly token: string | null;
  readonly reconnection: string | null;
}

export const STORAGE_KEY = 'hanoi.class.seat';
/** Class codes: 6 characters from the server's alphabet. */
export const CODE_PATTERN = /^[3467ACDEFGHJKMNPQRTWXY]{6}$/;

/** Upper-cases and strips spaces; null when it cannot be a class code. */
export function normalizeCode(input: string): string | null {
  const code = input.replace(/[\s-]/g, '').toUpperCase();
  return CODE_PATTERN.test(code) ? code : null;
}

/**
 * Where the class server is: the page's own origin in production (`npm run serve`), and port 2567
 * on the same host when the page is served by Vite dev on 5173.
 */
export function classServerUrl(loc: Pick<Location, 'protocol' | 'hostname' | 'port'>, devPort = 5173, classPort = 2567): string {
  const scheme = loc.protocol === 'https:' ? 'wss' : 'ws';
  const port = loc.port === String(devPort) ? String(classPort) : loc.port;
  return `${scheme}://${loc.hostname}${port ? `:${port}` : ''}`;
}

/** A join refusal arrives as an error whose message starts with the reason ("class-full: …"). */
export function refusalOf(err: unknown): ClassRefusal {
  const text = err instanceof Error ? err.message : String(err);
  const m = /^([a-z-]+):\s*(.*)$/s.exec(text);
  return m ? { reason: m[1], message: m[2] } : { reason: 'unreachable', message: text };
}

const EVENT_TYPES = new Set(['token', 'welcome', 'view', 'dashboard', 'debrief', 'refused']);
/** Refusals after which the stored seat is useless. */
const FINAL = new Set(['seat-freed', 'seat-computer', 'bad-token']);

export class ClassClient extends Emitter<ClassEvents> {
  private room: RoomLike | null = null;
  private closing = false;
  private readonly lastOf = new Map<keyof ClassEvents, unknown>();

  constructor(
    private readonly sdk: ClassSdk,
    private readonly storage: ClassStorage,
  ) {
    super();
  }

  /** The stored seat or teacher place, if any (to offer "come back"). */
  stored(): StoredSeat | null {
    try {
      const raw = this.storage.getItem(STORAGE_KEY);
      if (!raw) return null;
      const s = JSON.parse(raw) as StoredSeat;
      return typeof s.code === 'string' && (s.role === 'teacher' || s.role === 'seat') ? s : null;
    } catch {
      return null;
    }
  }

  /** The latest message of a type, for a screen drawn after it arrived. */
  latest<K extends keyof ClassEvents>(type: K): ClassEvents[K] | undefined {
    return this.lastOf.get(type) as ClassEvents[K] | undefined;
  }

  get code(): string | null {
    return this.room?.roomId ?? null;
  }

  /** Creates a class as its teacher; the server answers with the teacher token and the dashboard. */
  createClass(setup: ClassSetupInput): Promise<void> {
    return this.open(() => this.sdk.create('class', { role: 'teacher', setup }), 'teacher');
  }

  /** Joins a class by its code as a student (a new seat, or the stored one for this class). */
  joinClass(code: string): Promise<void> {
    const kept = this.stored();
    const token = kept && kept.code === code && kept.role === 'seat' ? kept.token : null;
    return this.open(() => this.sdk.joinById(code, { role: 'student', ...(token ? { token } : {}) }), 'seat');
  }

  /** Comes back to the stored place: the room's reconnection first, then the token. False if none works. */
  async rejoin(): Promise<boolean> {
    const kept = this.stored();
    if (!kept) return false;
    if (kept.reconnection) {
      try {
        await this.attach(await this.sdk.reconnect(kept.reconnection), kept.role);
        return true;
      } catch {
        // Past the server's hold: the token still works.
      }
    }
    if (!kept.token) return false;
    try {
      const role = kept.role === 'teacher' ? 'teacher' : 'student';
      await this.attach(await this.sdk.joinById(kept.code, { role, token: kept.token }), kept.role);
      return true;
    } catch (err) {
      const refusal = refusalOf(err);
      if (FINAL.has(refusal.reason)) this.forget();
      this.emit('refused', refusal);
      return false;
    }
  }

  send(type: string, body?: unknown): void {
    this.room?.send(type, body);
  }

  /** Leaves on purpose (no reconnection) and forgets the stored place. */
  async leave(): Promise<void> {
    this.closing = true;
    this.forget();
    await this.room?.leave(true);
    this.room = null;
  }

  forget(): void {
    this.storage.removeItem(STORAGE_KEY);
  }

  private async open(join: () => Promise<RoomLike>, role: ClassRole): Promise<void> {
    try {
      await this.attach(await join(), role);
    } catch (err) {
      this.emit('refused', refusalOf(err));
      throw err;
    }
  }

  private async attach(room: RoomLike, role: ClassRole): Promise<void> {
    if (this.room && this.room !== room) this.lastOf.clear();
    this.room = room;
    this.closing = false;
    const kept = this.stored();
    const sameClass = kept && kept.code === room.roomId ? kept : null;
    this.keep({ code: room.roomId, role, token: sameClass?.token ?? null, reconnection: room.reconnectionToken });
    room.onMessage('*', (type, body) => this.receive(String(type), body));
    room.onLeave((code) => {
      if (this.room !== room || this.closing) return;
      this.room = null;
      // 1000 is a leave on purpose or the server closing the room; anything else is a drop.
      if (code === 1000) this.emit('connection', 'lost');
      else void this.recover();
    });
    room.send('ready');
    this.emit('connection', 'connected');
  }

  private receive(type: string, body: unknown): void {
    if (!EVENT_TYPES.has(type)) return;
    if (type === 'token') {
      const t = body as ClassEvents['token'];
      const kept = this.stored();
      if (kept) this.keep({ ...kept, token: t.token, role: t.role });
    }
    this.lastOf.set(type as keyof ClassEvents, body);
    if (type === 'refused' && FINAL.has((body as ClassRefusal).reason)) this.forget();
    this.emit(type as keyof ClassEvents, body as never);
  }

  private async recover(): Promise<void> {
    this.emit('connection', 'reconnecting');
    for (const wait of [0, 1000, 3000]) {
      if (wait) await new Promise((r) => setTimeout(r, wait));
      if (this.closing) return;
      if (await this.rejoin()) return;
      if (!this.stored()) break;
    }
    this.emit('connection', 'lost');
  }

  private keep(seat: StoredSeat): void {
    this.storage.setItem(STORAGE_KEY, JSON.stringify(seat));
  }
}
