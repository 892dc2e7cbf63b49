/** The assessment lock in a class set-up: the debrief each seat gets says the game opens for review only. */
import { describe, expect, it } from 'vitest';
import { classroomOf } from './classroomTestKit.ts';
import { parseMessage } from './protocol.ts';
import { parseSetup } from './setup.ts';

function debriefsOf(input: Record<string, unknown>) {
  const { classroom, bodies } = classroomOf(input, () => 7);
  const release = parseMessage('releaseDebrief', {});
  if (!release.ok) throw new Error(release.message);
  expect(classroom.handle({ kind: 'teacher' }, release.value)).toBeNull();
  return bodies('debrief');
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
