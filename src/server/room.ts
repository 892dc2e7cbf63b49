/**
 * One Colyseus room per class: the adapter between connections and the `Classroom` referee. It
 * decides who a connection is (the teacher by token, a student by seat token or the next free seat),
 * checks every message (size, shape, per-client rate) before the referee sees it, delivers the
 * referee's outbox to the right connection only, and holds a dropped seat for reconnection. The room
 * id is the class code, so students join with `joinById(code)`. There is no synced Schema state:
 * everything is sent per connection, so nothing one seat may not see is ever broadcast.
 */
import { type Client, Room, ServerError } from '@colyseus/core';
import type { Side } from '../sim/session/index.ts';
import {
  Classroom,
  type ClassroomDeps,
  type Outbox,
  type Role,
  SEAT_LOSS_MESSAGES,
  type SeatLoss,
  type SeatMessage,
} from './classroom.ts';
import type { Dashboard } from './dashboard.ts';
import { parseMessage, type Refusal } from './protocol.ts';
import { type RateLimit, TokenBucket } from './rateLimit.ts';
import { newClassCode } from './secrets.ts';
import { MAX_STUDENTS, parseSetup } from './setup.ts';
import type { ClassStore } from './store.ts';

export const CLASS_ROOM = 'class';

export interface ClassRoomConfig {
  readonly store: ClassStore;
  /** Pause before each computer move (default 600 ms; tests use 0). */
  readonly computerDelayMs?: number;
  /** The teacher's dashboard at most once per this many ms (default 100), however many moves were made. */
  readonly dashboardDelayMs?: number;
  /** How long a dropped seat is held for Colyseus reconnection; after that the seat token still works. */
  readonly reconnectSeconds?: number;
  /** Messages per client (default 10 a second, bursts of 30). */
  readonly messageRate?: RateLimit;
  /** A secret of this process that restore requests must carry (see classServer.ts). */
  readonly restoreKey?: string;
}

/** What a joining client says it is; anything else is refused. */
type JoinOptions = { role?: unknown; token?: unknown; setup?: unknown; restore?: unknown; restoreKey?: unknown };

interface Connection {
  /** Null only between onAuth and onJoin for a student who is about to get a new seat. */
  readonly role: Role | null;
  /** A token just issued to this connection, sent with its welcome. */
  readonly newToken: string | null;
  readonly bucket: TokenBucket;
  lastRateRefusal: number;
}

/** How a seat's connection is held: the client and whether it is online now. */
interface SeatHold {
  client: Client<Connection>;
  online: boolean;
  reconnection: { reject: (reason?: unknown) => unknown } | null;
}

const seatKey = (table: number, side: Side) => `${table}:${side}`;
const FULL = 'Every seat in this class is taken. Ask your teacher to free one.';
const WELCOME_REFUSAL = (refusal: Refusal) => new ServerError(4403, `${refusal.reason}: ${refusal.message}`);

/** A room class bound to its store and settings (no globals, so tests can run several). */
export function defineClassRoom(config: ClassRoomConfig) {
  const rate = config.messageRate ?? { perSecond: 10, burst: 30 };
  const reconnectSeconds = config.reconnectSeconds ?? 120;

  return class ClassRoom extends Room<object, unknown, Connection> {
    classroom!: Classroom;
    /** The teacher token of a class just created, given to its creator's connection only. */
    private creatorToken: string | null = null;
    private readonly seats = new Map<string, SeatHold>();
    private readonly teachers = new Set<Client<Connection>>();

    async onCreate(options: JoinOptions) {
      this.autoDispose = false;
      this.maxClients = MAX_STUDENTS + 10;
      const deps: ClassroomDeps = {
        store: config.store,
        outbox: this.outbox(),
        pace: (fn, ms) => this.clock.setTimeout(() => this.guard(fn), ms),
        computerDelayMs: config.computerDelayMs ?? 600,
        dashboardDelayMs: config.dashboardDelayMs ?? 100,
      };
      if (options.restore !== undefined) {
        // Only this process's own start-up knows the key, so no client can restore (or clone) a class.
        if (options.restoreKey !== config.restoreKey || typeof options.restore !== 'string') {
          throw new ServerError(4403, 'Classes are restored by the server only.');
        }
        const records = await config.store.load(options.restore);
        if (!records) throw new ServerError(4404, `No stored class ${options.restore}.`);
        this.classroom = Classroom.restore(records, deps);
      } else {
        const parsed = parseSetup(options.setup);
        if (!parsed.ok) throw new ServerError(4400, `bad-setup: ${parsed.message}`);
        const code = await freshCode(config.store);
        const { classroom, teacherToken } = Classroom.create(code, parsed.setup, deps);
        this.classroom = classroom;
        this.creatorToken = teacherToken;
      }
      this.roomId = this.classroom.code;
      this.onMessage('*', (client: Client<Connection>, type, message) => this.guard(() => this.receive(client, type, message)));
      this.classroom.start();
    }

    onAuth(_client: Client<Connection>, options: JoinOptions): Connection {
      const base = { bucket: new TokenBucket(rate), lastRateRefusal: 0 };
      if (options?.role === 'teacher') {
        if (options.token !== undefined) {
          if (!this.classroom.isTeacher(options.token))
            throw WELCOME_REFUSAL({ reason: 'bad-token', message: 'That teacher token is not valid.' });
          return { role: { kind: 'teacher' }, newToken: null, ...base };
        }
        // The class's creator joins with its set-up and no token; it alone receives the teacher token.
        if (this.creatorToken && options.setup !== undefined) {
          const token = this.creatorToken;
          this.creatorToken = null;
          return { role: { kind: 'teacher' }, newToken: token, ...base };
        }
        throw WELCOME_REFUSAL({ reason: 'not-teacher', message: 'A teacher joins with the teacher token.' });
      }
      if (options?.role !== 'student')
        throw WELCOME_REFUSAL({ reason: 'bad-message', message: 'Join as "student" or "teacher".' });
      if (options.token !== undefined) {
        const claim = this.classroom.claimSeat(options.token);
        if (!claim.ok) throw WELCOME_REFUSAL(claim);
        return { role: { kind: 'seat', table: claim.table, side: claim.side }, newToken: null, ...base };
      }
      // A new seat is claimed (and recorded) only in onJoin, once the connection is complete.
      if (!this.classroom.hasFreeSeat()) throw WELCOME_REFUSAL({ reason: 'class-full', message: FULL });
      return { role: null, newToken: null, ...base };
    }

    onJoin(client: Client<Connection>, _options: unknown, auth: Connection) {
      let connection = auth;
      if (auth.role === null) {
        const claim = this.classroom.claimSeat();
        if (!claim.ok) throw WELCOME_REFUSAL(claim);
        connection = { ...auth, role: { kind: 'seat', table: claim.table, side: claim.side }, newToken: claim.token };
      }
      client.userData = connection;
      const role = connection.role;
      if (role === null) return;
      if (role.kind === 'teacher') {
        this.teachers.add(client);
        return;
      }
      const key = seatKey(role.table, role.side);
      const previous = this.seats.get(key);
      if (previous) {
        // The newest device with the seat's token holds the seat (a reload, or a phone after a laptop).
        previous.reconnection?.reject();
        if (previous.online) previous.client.leave(4001);
      }
      this.seats.set(key, { client, online: true, reconnection: null });
      this.classroom.setConnected(role.table, role.side, true);
    }

    async onLeave(client: Client<Connection>, consented: boolean) {
      const role = client.userData?.role;
      if (!role) return;
      if (role.kind === 'teacher') {
        this.teachers.delete(client);
        return;
      }
      const key = seatKey(role.table, role.side);
      const hold = this.seats.get(key);
      if (!hold || hold.client !== client) return; // superseded or freed
      hold.online = false;
      this.classroom.setConnected(role.table, role.side, false);
      if (consented) {
        this.seats.delete(key);
        return;
      }
      try {
        const reconnection = this.allowReconnection(client, reconnectSeconds);
        hold.reconnection = reconnection as unknown as SeatHold['reconnection'];
        const back = (await reconnection) as Client<Connection>;
        if (this.seats.get(key) !== hold) return;
        hold.client = back;
        hold.online = true;
        hold.reconnection = null;
        this.classroom.setConnected(role.table, role.side, true);
      } catch {
        if (this.seats.get(key) === hold) this.seats.delete(key);
      }
    }

    private receive(client: Client<Connection>, type: string | number, message: unknown): void {
      const conn = client.userData;
      if (!conn?.role) return;
      const role = conn.role;
      if (!conn.bucket.take()) {
        const now = Date.now();
        if (now - conn.lastRateRefusal > 1000) {
          conn.lastRateRefusal = now;
          client.send('refused', { reason: 'rate-limited', message: 'Too many messages; slow down.' });
        }
        return;
      }
      const parsed = parseMessage(type, message);
      if (!parsed.ok) {
        client.send('refused', { reason: parsed.reason, message: parsed.message });
        return;
      }
      if (parsed.value.kind === 'ready' && conn.newToken) {
        client.send('token', { token: conn.newToken, role: role.kind === 'teacher' ? 'teacher' : 'seat' });
      }
      const refusal = this.classroom.handle(role, parsed.value);
      if (refusal) client.send('refused', refusal);
    }

    /** A bug in one message's handling must not take the class down: log it and refuse the message. */
    private guard(fn: () => void): void {
      try {
        fn();
      } catch (err) {
        console.error(`class ${this.roomId}:`, err);
      }
    }

    private outbox(): Outbox {
      return {
        toSeat: (table: number, side: Side, message: SeatMessage) => {
          const hold = this.seats.get(seatKey(table, side));
          if (hold?.online) hold.client.send(message.type, message.body);
        },
        toTeacher: (dashboard: Dashboard) => {
          for (const teacher of this.teachers) teacher.send('dashboard', dashboard);
        },
        seatFreed: (table: number, side: Side, reason: SeatLoss) => {
          const key = seatKey(table, side);
          const hold = this.seats.get(key);
          if (!hold) return;
          this.seats.delete(key);
          hold.reconnection?.reject();
          if (hold.online) {
            hold.client.send('refused', { reason, message: SEAT_LOSS_MESSAGES[reason] });
            hold.client.leave(4002);
          }
        },
      };
    }
  };
}

/** A class code no stored class has (codes are random, so a clash is rare; try a few). */
async function freshCode(store: ClassStore): Promise<string> {
  for (let i = 0; i < 20; i++) {
    const code = newClassCode();
    if ((await store.load(code)) === null) return code;
  }
  throw new ServerError(4500, 'Could not find a free class code.');
}
