/**
 * The teacher's soft round timer (`CALL_TIME`): an ordinary move in the log, so a class game whose
 * timers ran out replays, saves and shares exactly. It marks the phase and, at the bargaining table,
 * brings the close to two more offers; it never moves for a seat.
 */
import { describe, expect, it } from 'vitest';
import { MINUTES_PER_OFFER } from '../machine/clock.ts';
import type { GameEvent } from '../machine/types.ts';
import { Session } from './session.ts';
import { normalizeSettings } from './settings.ts';
import { encodeShareCode, replayShareCode } from './shareCode.ts';

const SETTINGS = normalizeSettings({ seats: { us: 'ai', dprk: 'ai' }, mode: 'open' });
const CALL: GameEvent = { type: 'CALL_TIME', by: 'teacher' };

/** Steps the computer until `until` holds (or the game ends). */
function stepUntil(s: Session, until: (s: Session) => boolean): void {
  for (let k = 0; k < 2_000 && !s.over && !until(s); k++) s.stepAuto();
}

const atTable = (s: Session) => s.context.table !== null && s.context.table.beatId === s.context.beatId;

describe('the round timer running out (CALL_TIME)', () => {
  it('marks the phase being played, draws nothing and leaves the beat and the turn where they were', () => {
    const s = Session.start(SETTINGS, 3);
    for (let i = 0; i < 4; i++) s.stepAuto();
    const before = s.context;
    expect(s.view('us').timeCalled).toBe(false);
    expect(s.act(CALL)).toEqual({ ok: true });
    const after = s.context;
    const phase = s.view('us').phase;
    expect(after.timeCalled).toEqual([phase]);
    expect(after.beatId).toBe(before.beatId);
    expect(after.rng).toBe(before.rng);
    expect(after.clock).toBe(before.clock);
    expect(after.meters).toEqual(before.meters);
    expect(s.view('us').timeCalled).toBe(true);
    expect(s.view('dprk').timeCalled).toBe(true);
    expect(s.lastMove()).toEqual(CALL);
    // Once a later phase begins, its own timer has not run out.
    stepUntil(s, (x) => x.view('us').phase !== phase);
    expect(s.view('us').timeCalled).toBe(false);
  });

  it('at the table, the table closes after two more offers', () => {
    const s = Session.start(SETTINGS, 5);
    stepUntil(s, atTable);
    expect(atTable(s)).toBe(true);
    const table = s.context.table as NonNullable<Session['context']['table']>;
    expect(table.closesAt).toBeGreaterThan(s.context.clock + 2 * MINUTES_PER_OFFER);
    expect(s.act(CALL)).toEqual({ ok: true });
    expect(s.context.table?.closesAt).toBe(s.context.clock + 2 * MINUTES_PER_OFFER);
    const beat = s.context.beatId;
    let offers = 0;
    while (!s.over && s.context.beatId === beat) {
      const moved = s.stepAuto();
      expect(moved).not.toBeNull();
      if (moved?.type === 'OFFER') offers++;
    }
    expect(offers).toBeLessThanOrEqual(2);
  });

  it('changes nothing else: a replay of the log equals live play, in saves and share codes too', () => {
    const s = Session.start(SETTINGS, 9);
    for (let i = 0; i < 3; i++) s.stepAuto();
    expect(s.act(CALL).ok).toBe(true);
    stepUntil(s, atTable);
    expect(s.act(CALL).ok).toBe(true);
    s.runAuto();
    expect(s.log().filter((e) => e.type === 'CALL_TIME')).toHaveLength(2);
    expect(Session.replay(s.seed, s.settings, s.log()).context).toEqual(s.context);
    expect(Session.load(s.save()).context).toEqual(s.context);
    const { session, dropped } = replayShareCode(encodeShareCode(s.seed, s.settings, s.log()));
    expect(dropped).toBe(0);
    expect(session.log()).toEqual(s.log());
    expect(session.context).toEqual(s.context);
  });

  it('refuses a second call in the same phase, a seat as sender and a finished game, changing nothing', () => {
    const s = Session.start(SETTINGS, 4);
    s.stepAuto();
    expect(s.act(CALL).ok).toBe(true);
    const before = JSON.stringify(s.context);
    expect(s.replayMove(CALL)).toEqual({ ok: false, error: 'Time has already been called in this phase.' });
    expect(s.replayMove({ type: 'CALL_TIME', by: 'us' })).toEqual({
      ok: false,
      error: 'Only the teacher\'s round timer calls time (by "teacher").',
    });
    expect(JSON.stringify(s.context)).toBe(before);
    s.runAuto();
    expect(s.act(CALL)).toEqual({ ok: false, error: 'The game is over; time can no longer be called.' });
  });
});
