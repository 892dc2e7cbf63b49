/**
 * A classroom without a network, for tests: made from a set-up as the room would make it, with every
 * message to a seat recorded and the computer's moves run at once.
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
  const deps: ClassroomDeps = {
    store: new MemoryStore(),
    computerDelayMs: 0,
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
  return { classroom, sent, bodies };
}
