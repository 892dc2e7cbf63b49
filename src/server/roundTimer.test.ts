/**
 * The class's soft round timer: minutes per phase, stopped by a pause, ended by a `CALL_TIME` move in
 * the table's own log (so the game replays exactly), and back with the time it had left after a restart.
 */
import { describe, expect, it } from 'vitest';
import { Classroom, type SeatView } from './classroom.ts';
import { classroomOf } from './classroomTestKit.ts';
import { parseMessage } from './protocol.ts';
import { RoundTimer } from './roundTimer.ts';
import { parseSetup } from './setup.ts';

const MINUTE = 60_000;

describe('RoundTimer', () => {
  it('counts only while running, and starts a full round in each new phase', () => {
    const t = new RoundTimer(5 * MINUTE);
    t.update({ phase: 'preSummit', running: true }, 0);
    expect(t.left(2 * MINUTE)).toBe(3 * MINUTE);
    t.update({ phase: 'preSummit', running: false }, 2 * MINUTE);
    expect(t.left(60 * MINUTE)).toBe(3 * MINUTE);
    t.update({ phase: 'preSummit', running: true }, 60 * MINUTE);
    expect(t.left(62 * MINUTE)).toBe(MINUTE);
    expect(t.left(99 * MINUTE)).toBe(0);
    t.update({ phase: 'talks', running: true }, 63 * MINUTE);
    expect(t.left(63 * MINUTE)).toBe(5 * MINUTE);
    t.update({ phase: 'talks', running: true }, 64 * MINUTE);
    expect(t.left(64 * MINUTE)).toBe(4 * MINUTE);
  });
});

/** One student (the US) against the computer, with a 5-minute round timer. */
function timedClass() {
  const kit = classroomOf({ students: 1, pairing: 'computer', roundMinutes: 5, game: { mode: 'open' } });
  const lastView = (): SeatView =>
    kit
      .bodies('view')
      .filter((v) => v.side === 'us')
      .at(-1) as SeatView;
  const ready = () => kit.classroom.handle({ kind: 'seat', table: 1, side: 'us' }, { kind: 'ready' });
  const calls = () => kit.classroom.tableGame(1).events.filter((e) => e.type === 'CALL_TIME').length;
  return { ...kit, lastView, ready, calls };
}

describe('a class with a round timer', () => {
  it('tells the seat the time left; when it runs out, time is called as a move and the seat is told', () => {
    const c = timedClass();
    c.ready();
    const first = c.lastView();
    expect(first.round).toEqual({ minutes: 5, msLeft: 5 * MINUTE, running: true, called: false });
    expect(first.view.timeCalled).toBe(false);
    c.advance(4 * MINUTE);
    expect(c.calls()).toBe(0);
    c.ready();
    expect(c.lastView().round?.msLeft).toBe(MINUTE);
    c.advance(MINUTE);
    expect(c.calls()).toBe(1);
    const after = c.lastView();
    expect(after.view.timeCalled).toBe(true);
    expect(after.view.beat?.id).toBe(first.view.beat?.id);
    expect(after.round?.running).toBe(false);
    // Nothing more happens until a move: time is called once a phase.
    c.advance(30 * MINUTE);
    expect(c.calls()).toBe(1);
    expect(c.classroom.dashboard().tables[0].round).toMatchObject({ minutes: 5, running: false, called: true });
  });

  it('a pause stops the clock; resuming counts on from where it stood', () => {
    const c = timedClass();
    c.advance(2 * MINUTE);
    expect(c.classroom.handle({ kind: 'teacher' }, { kind: 'teacher', action: { type: 'pause', tables: 'all' } })).toBeNull();
    c.advance(20 * MINUTE);
    expect(c.calls()).toBe(0);
    expect(c.classroom.dashboard().tables[0].round).toEqual({ minutes: 5, msLeft: 3 * MINUTE, running: false, called: false });
    expect(c.classroom.handle({ kind: 'teacher' }, { kind: 'teacher', action: { type: 'resume', tables: 'all' } })).toBeNull();
    c.advance(3 * MINUTE - 1);
    expect(c.calls()).toBe(0);
    c.advance(1);
    expect(c.calls()).toBe(1);
  });

  it('a move into a new phase starts a full round there', () => {
    const c = timedClass();
    c.ready();
    const phase = c.lastView().view.phase;
    // The student plays the first enabled choice until the phase changes, a minute apart.
    for (let k = 0; k < 40 && c.lastView().view.phase === phase; k++) {
      c.advance(MINUTE / 10);
      const v = c.lastView().view;
      const choice = v.choices.find((x) => x.enabled);
      if (!choice || v.turn?.side !== 'us') break;
      expect(
        c.classroom.handle(
          { kind: 'seat', table: 1, side: 'us' },
          { kind: 'move', move: { type: 'CHOOSE', choiceId: choice.id } },
        ),
      ).toBeNull();
    }
    expect(c.lastView().view.phase).not.toBe(phase);
    expect(c.lastView().round?.msLeft).toBe(5 * MINUTE);
  });

  it('after a restart the timer has the time it had left, and the game the moves it had', async () => {
    const c = timedClass();
    c.advance(5 * MINUTE);
    expect(c.calls()).toBe(1);
    c.advance(MINUTE);
    const records = (await c.store.load('ABCDEF')) ?? [];
    expect(records.filter((r) => r.kind === 'move').every((r) => typeof r.at === 'number')).toBe(true);
    const restored = Classroom.restore(records, c.deps);
    expect(restored.tableGame(1)).toEqual(c.classroom.tableGame(1));
    expect(restored.dashboard().tables[0].round).toEqual(c.classroom.dashboard().tables[0].round);
  });

  it('a student cannot call time: the move is refused before it reaches the game', () => {
    const parsed = parseMessage('move', { type: 'CALL_TIME' });
    expect(parsed.ok).toBe(false);
  });

  it('the set-up takes 1 to 60 whole minutes, or none', () => {
    for (const bad of [-1, 0.5, 61, '5'])
      expect(parseSetup({ students: 2, roundMinutes: bad })).toEqual({
        ok: false,
        message: '"roundMinutes" must be a whole number of minutes from 1 to 60, or 0 for no timer.',
      });
    const off = parseSetup({ students: 2, roundMinutes: 0 });
    expect(off.ok && off.setup.roundMinutes).toBe(undefined);
    const on = parseSetup({ students: 2, roundMinutes: 8, locked: true });
    expect(on.ok && on.setup).toMatchObject({ roundMinutes: 8, locked: true });
    const untimed = classroomOf({ students: 1, pairing: 'computer' });
    untimed.classroom.handle({ kind: 'seat', table: 1, side: 'us' }, { kind: 'ready' });
    expect(untimed.bodies('view').at(-1)?.round).toBeNull();
  });
});
