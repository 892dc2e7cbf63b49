/**
 * A classroom without a network, for tests: made from a set-up as the room would make it, with every
 * message to a seat recorded and the computer's moves run at once. Round timers run on a clock the
 * test moves (`advance`): their ends wait until the test says the minutes have passed.
 */
import { Classroom, type ClassroomDeps, type SeatMessage } from './classroom.ts';
import { parseSetup } from './setup.ts';
import { MemoryStore } from './store.ts';

export interface SentToSeat {
  readonly to: string;
  readonly message: SeatMessage;
}

export function classroomOf(input: Record<string, unknown>, seed = () => 99) {
  const sent: SentToSeat[] = [];
  let now = 1_000_000;
  const waiting: { at: number; fn: () => void }[] = [];
  /** Moves the test's clock on by `ms` and runs every round timer end that falls due, in time order. */
  const advance = (ms: number) => {
    const until = now + ms;
    for (;;) {
      waiting.sort((a, b) => a.at - b.at);
      const next = waiting[0];
      if (!next || next.at > until) break;
      waiting.shift();
      now = Math.max(now, next.at);
      next.fn();
    }
    now = until;
  };
  const store = new MemoryStore();
  const deps: ClassroomDeps = {
    store,
    computerDelayMs: 0,
    now: () => now,
    roundPace: (fn, ms) => waiting.push({ at: now + ms, fn }),
    pace: (fn) => fn(),
    outbox: {
      toSeat: (table, side, message) => sent.push({ to: `${table}:${side}`, message }),
      toTeacher: () => {},
      seatFreed: () => {},
    },
  };
  const parsed = parseSetup(input);
  if (!parsed.ok) throw new Error(parsed.message);
  const { classroom } = Classroom.create('ABCDEF', parsed.setup, deps, seed);
  classroom.start();
  /** The bodies of the messages of one type, in the order sent. */
  const bodies = <T extends SeatMessage['type']>(type: T) =>
    sent.flatMap(({ message }) => (message.type === type ? [message.body as Extract<SeatMessage, { type: T }>['body']] : []));
  return { classroom, sent, bodies, advance, store, deps };
}
