/**
 * The teacher's seat change (`ASSIGN_SEAT`): an ordinary move in the log, so a table whose seat went to
 * the computer mid-game replays, saves and shares exactly, and after it the computer plays that side
 * just as it plays a computer seat from the start; refused with a clear message when it changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { autoMove } from '../machine/ai.ts';
import type { GameContext, GameEvent } from '../machine/types.ts';
import type { Side } from '../model/ids.ts';
import { Session } from './session.ts';
import { normalizeSettings } from './settings.ts';
import { decodeShareCode, encodeShareCode, replayShareCode, ShareCodeError, sealShareCode } from './shareCode.ts';

const SETTINGS = normalizeSettings({ seats: { us: 'ai', dprk: 'human' }, mode: 'open' });
const toComputer = (side: Side): GameEvent => ({ type: 'ASSIGN_SEAT', by: 'teacher', side, seat: 'ai' });
const toStudent = (side: Side): GameEvent => ({ type: 'ASSIGN_SEAT', by: 'teacher', side, seat: 'human' });

/** A stand-in student: a legal move picked by the seeded random policy for the side to move. */
function studentMove(ctx: GameContext): GameEvent {
  const move = autoMove({ ...ctx, settings: { ...ctx.settings, seats: { us: 'random', dprk: 'random' } } });
  if (!move) throw new Error('no move for the student');
  return move;
}

/** Plays `studentMoves` DPRK moves by a student (the computer answering as US), or until the game ends. */
function playStudent(s: Session, studentMoves: number): void {
  for (let n = 0; n < studentMoves && !s.over; ) {
    if (s.stepAuto()) continue;
    expect(s.act(studentMove(s.context))).toEqual({ ok: true });
    n++;
  }
}

describe('the teacher hands a seat to the computer (ASSIGN_SEAT)', () => {
  it('after the change the computer plays that side exactly as a computer seat from the start would', () => {
    for (const seed of [1, 2, 3, 4]) {
      const live = Session.start(SETTINGS, seed);
      playStudent(live, 3);
      const studentLog = live.log();
      const rngBefore = live.context.rng;
      expect(live.act(toComputer('dprk'))).toEqual({ ok: true });
      expect(live.context.rng).toBe(rngBefore);
      expect(live.seats).toEqual({ us: 'ai', dprk: 'ai' });
      expect(live.settings.seats.dprk).toBe('human');
      expect(live.runAuto()).toBeGreaterThan(0);
      expect(live.over).toBe(true);

      // The same student moves in a game where the computer had the DPRK seat all along.
      const allComputer = Session.replay(seed, { ...SETTINGS, seats: { us: 'ai', dprk: 'ai' } }, studentLog);
      allComputer.runAuto();
      expect(live.context).toEqual(allComputer.context);
      expect(live.log().filter((e) => e.type !== 'ASSIGN_SEAT')).toEqual(allComputer.log());
    }
  }, 30_000);

  it('is in the log, and replays, saves and share codes carry it to the same game', () => {
    for (const seed of [5, 6, 7]) {
      const live = Session.start(SETTINGS, seed);
      playStudent(live, 2);
      live.act(toComputer('dprk'));
      for (let i = 0; i < 4 && !live.over; i++) live.stepAuto();
      if (!live.over) expect(live.act(toStudent('dprk'))).toEqual({ ok: true });
      playStudent(live, 2);
      expect(live.lastMove()).not.toBeNull();
      const changes = live.log().filter((e) => e.type === 'ASSIGN_SEAT');
      expect(changes.length).toBeGreaterThanOrEqual(1);
      expect(changes[0]).toEqual(toComputer('dprk'));

      const replayed = Session.replay(live.seed, live.settings, live.log());
      expect(replayed.context).toEqual(live.context);
      expect(replayed.log()).toEqual(live.log());
      expect(Session.load(live.save()).context).toEqual(live.context);

      const code = encodeShareCode(live.seed, live.settings, live.log());
      expect(decodeShareCode(code).tokens).toContain('=da');
      const shared = replayShareCode(code);
      expect(shared.dropped).toBe(0);
      expect(shared.session.log()).toEqual(live.log());
      expect(shared.session.context).toEqual(live.context);
      expect(shared.session.seats).toEqual(live.seats);
    }
  }, 30_000);

  it('a code written without seat changes has no seat token; a seat token that changes nothing is refused', () => {
    const plain = Session.start(SETTINGS, 8);
    playStudent(plain, 3);
    const code = encodeShareCode(plain.seed, plain.settings, plain.log());
    expect(decodeShareCode(code).tokens.some((t) => t.startsWith('='))).toBe(false);
    const payload = JSON.parse(Buffer.from(code.slice(6), 'base64url').toString('utf8')) as unknown[];
    // The DPRK seat is a student's already: "=dh" changes nothing, so the move cannot be replayed.
    for (const token of ['=dh', '=ua']) {
      const forged = sealShareCode(JSON.stringify([...payload.slice(0, 3), `${payload[3]} ${token}`, payload[4]]));
      expect(() => replayShareCode(forged)).toThrow(ShareCodeError);
      expect(replayShareCode(forged, { strict: false }).dropped).toBe(1);
    }
    // An unknown seat token is no move at all (read as a choice that is not there).
    const junk = sealShareCode(JSON.stringify([...payload.slice(0, 3), `${payload[3]} =dx`, payload[4]]));
    expect(replayShareCode(junk, { strict: false }).dropped).toBe(1);
  });

  it('back to a student: the computer stops, and the student moves again', () => {
    const s = Session.start(SETTINGS, 9);
    s.runAuto();
    expect(s.act(toComputer('dprk')).ok).toBe(true);
    expect(s.peekAuto()?.by).toBe('dprk');
    expect(s.act({ type: 'WALK', by: 'dprk' })).toEqual({ ok: false, error: 'The DPRK seat is played by the computer.' });
    expect(s.computerToMove).toBe(true);
    expect(s.act(toStudent('dprk'))).toEqual({ ok: true });
    expect(s.seats.dprk).toBe('human');
    expect(s.peekAuto()).toBeNull();
    expect(s.computerToMove).toBe(false);
    expect(s.act(studentMove(s.context))).toEqual({ ok: true });
  });

  it('computerToMove says what peekAuto would, at every point of a game with seat changes', () => {
    const s = Session.start(SETTINGS, 12);
    for (let k = 0; k < 400 && !s.over; k++) {
      expect(s.computerToMove).toBe(s.peekAuto() !== null);
      if (k % 7 === 3) s.act(s.seats.dprk === 'human' ? toComputer('dprk') : toStudent('dprk'));
      if (!s.stepAuto()) s.act(studentMove(s.context));
    }
    expect(s.over).toBe(true);
    expect(s.computerToMove).toBe(false);
  });

  it('a computer seat from the start can be handed to a student', () => {
    const s = Session.start(SETTINGS, 3);
    expect(s.act(toStudent('us'))).toEqual({ ok: true });
    expect(s.peekAuto()).toBeNull();
    expect(s.view('us').turn).toEqual({ side: 'us', seat: 'human' });
  });

  it('refuses no change, a bad side or seat, a seat as sender and a finished game, changing nothing', () => {
    const s = Session.start(SETTINGS, 4);
    playStudent(s, 1);
    const before = JSON.stringify(s.context);
    const moves = s.log().length;
    const refusals: [unknown, string][] = [
      [toStudent('dprk'), 'A student already plays the DPRK seat.'],
      [toComputer('us'), 'The computer already plays the US seat.'],
      [
        { type: 'ASSIGN_SEAT', by: 'dprk', side: 'dprk', seat: 'ai' },
        'Only the teacher changes who plays a seat (by "teacher").',
      ],
      [
        { type: 'ASSIGN_SEAT', by: 'teacher', side: 'rok', seat: 'ai' },
        'A seat change must say which side\'s seat ("us" or "dprk").',
      ],
      [
        { type: 'ASSIGN_SEAT', by: 'teacher', side: 'dprk', seat: 'random' },
        'A seat goes to a student ("human") or the computer ("ai").',
      ],
    ];
    for (const [move, error] of refusals) {
      expect(s.act(move)).toEqual({ ok: false, error });
      expect(s.replayMove(move)).toEqual({ ok: false, error });
    }
    expect(JSON.stringify(s.context)).toBe(before);
    expect(s.log()).toHaveLength(moves);

    const done = Session.start(SETTINGS, 4);
    done.act(toComputer('dprk'));
    done.runAuto();
    expect(done.over).toBe(true);
    expect(done.act(toStudent('dprk'))).toEqual({ ok: false, error: 'The game is over; who plays a seat can no longer change.' });
  });
});
