/** The assessment lock in a class set-up: the debrief each seat gets says the game opens for review only. */
import { describe, expect, it } from 'vitest';
import { Classroom, type ClassroomDeps, type Debrief, type SeatMessage } from './classroom.ts';
import { parseMessage } from './protocol.ts';
import { parseSetup } from './setup.ts';
import { MemoryStore } from './store.ts';

function debriefsOf(input: Record<string, unknown>): Debrief[] {
  const debriefs: Debrief[] = [];
  const deps: ClassroomDeps = {
    store: new MemoryStore(),
    computerDelayMs: 0,
    pace: (fn) => fn(),
    outbox: {
      toSeat: (_table, _side, m: SeatMessage) => {
        if (m.type === 'debrief') debriefs.push(m.body);
      },
      toTeacher: () => {},
      seatFreed: () => {},
    },
  };
  const parsed = parseSetup(input);
  if (!parsed.ok) throw new Error(parsed.message);
  const { classroom } = Classroom.create('ABCDEF', parsed.setup, deps, () => 7);
  classroom.start();
  const release = parseMessage('releaseDebrief', {});
  if (!release.ok) throw new Error(release.message);
  expect(classroom.handle({ kind: 'teacher' }, release.value)).toBeNull();
  return debriefs;
}

describe('assessment lock', () => {
  it('a locked class releases debriefs marked locked; an ordinary one does not', () => {
    const locked = debriefsOf({ students: 2, locked: true });
    expect(locked.length).toBeGreaterThan(0);
    expect(locked.every((d) => d.locked)).toBe(true);
    const open = debriefsOf({ students: 2 });
    expect(open.length).toBeGreaterThan(0);
    expect(open.every((d) => !d.locked)).toBe(true);
  });

  it('"locked" must be true or false', () => {
    expect(parseSetup({ students: 2, locked: 'yes' })).toEqual({ ok: false, message: '"locked" must be true or false.' });
    const parsed = parseSetup({ students: 2, locked: false });
    expect(parsed.ok && parsed.setup.locked).toBe(undefined);
  });
});
