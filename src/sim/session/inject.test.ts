/**
 * The teacher's event card (`INJECT`): an ordinary move in the log, so a game with cards pushed in
 * replays, saves and shares exactly; refused with a clear message when it cannot apply.
 */
import { describe, expect, it } from 'vitest';
import type { GameEvent } from '../machine/types.ts';
import { Session } from './session.ts';
import { normalizeSettings } from './settings.ts';
import { encodeShareCode, replayShareCode } from './shareCode.ts';

/** Cards the teacher will push are off by setting, so only the push can fire them. */
const SETTINGS = normalizeSettings({
  seats: { us: 'ai', dprk: 'ai' },
  mode: 'open',
  events: { 'ev.coats': 'off', 'ev.cohen': 'off' },
});

/** Plays the computer for both seats, pushing `cards[k]` just before move `k`. */
function play(seed: number, cards: Readonly<Record<number, string>>): Session {
  const s = Session.start(SETTINGS, seed);
  for (let k = 0; k < 2_000 && !s.over; k++) {
    const card = cards[k];
    if (card) expect(s.act({ type: 'INJECT', by: 'teacher', eventId: card })).toEqual({ ok: true });
    s.stepAuto();
  }
  return s;
}

const injected = (s: Session) => s.log().filter((e) => e.type === 'INJECT');

describe('teacher event cards (INJECT)', () => {
  it('fires the card at the beat being played, with its effects, and keeps it in the log', () => {
    const s = Session.start(SETTINGS, 7);
    for (let i = 0; i < 12; i++) s.stepAuto();
    const before = s.context;
    expect(before.firedEvents).not.toContain('ev.coats');
    expect(s.act({ type: 'INJECT', by: 'teacher', eventId: 'ev.coats' })).toEqual({ ok: true });
    const after = s.context;
    expect(after.beatId).toBe(before.beatId);
    expect(after.firedEvents).toEqual([...before.firedEvents, 'ev.coats']);
    expect(after.meters.trustUS).toBeCloseTo(before.meters.trustUS - 0.06, 10);
    expect(after.meters.hawk).toBeCloseTo(before.meters.hawk + 0.04, 10);
    expect(after.rng).toBe(before.rng);
    expect(s.lastMove()).toEqual({ type: 'INJECT', by: 'teacher', eventId: 'ev.coats' });
    expect(s.view('us').firedEvents.map((e) => e.id)).toContain('ev.coats');
  });

  it('changes the game, and a replay of the log with the cards equals live play', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const plain = play(seed, {});
      const pushed = play(seed, { 3: 'ev.coats', 20: 'ev.cohen' });
      expect(injected(pushed)).toHaveLength(2);
      expect(pushed.context.firedEvents).toEqual(expect.arrayContaining(['ev.coats', 'ev.cohen']));
      expect(plain.context.firedEvents).not.toContain('ev.cohen');
      expect(pushed.context.flags).toContain('cohenHearing');
      const replayed = Session.replay(pushed.seed, pushed.settings, pushed.log());
      expect(replayed.context).toEqual(pushed.context);
      expect(replayed.log()).toEqual(pushed.log());
    }
  }, 30_000);

  it('travels in share codes and saves', () => {
    const s = play(11, { 0: 'ev.cohen', 9: 'ev.coats' });
    const code = encodeShareCode(s.seed, s.settings, s.log());
    const { session, dropped } = replayShareCode(code);
    expect(dropped).toBe(0);
    expect(session.log()).toEqual(s.log());
    expect(session.context).toEqual(s.context);
    const loaded = Session.load(s.save());
    expect(loaded.context).toEqual(s.context);
    expect(injected(loaded)).toEqual(injected(s));
  });

  it('refuses an unknown card, a card already fired, a seat as sender and a finished game, changing nothing', () => {
    const s = Session.start(SETTINGS, 5);
    for (let i = 0; i < 6; i++) s.stepAuto();
    expect(s.act({ type: 'INJECT', by: 'teacher', eventId: 'ev.coats' }).ok).toBe(true);
    const before = JSON.stringify(s.context);
    const moves = s.log().length;
    const refusals: [GameEvent | Record<string, unknown>, string][] = [
      [{ type: 'INJECT', by: 'teacher', eventId: 'ev.nope' }, 'There is no event card "ev.nope".'],
      [
        { type: 'INJECT', by: 'teacher', eventId: 'ev.coats' },
        'The event card "Intelligence chief: unlikely to give up its weapons" has already fired in this game.',
      ],
      [{ type: 'INJECT', by: 'us', eventId: 'ev.cohen' }, 'Only the teacher pushes an event card (by "teacher").'],
      [{ type: 'INJECT', by: 'teacher' }, 'There is no event card "undefined".'],
    ];
    for (const [move, error] of refusals) expect(s.replayMove(move)).toEqual({ ok: false, error });
    expect(JSON.stringify(s.context)).toBe(before);
    expect(s.log()).toHaveLength(moves);

    const record = Session.start({ seats: { us: 'ai', dprk: 'ai' }, mode: 'historical' }, 5);
    record.runAuto();
    expect(record.context.firedEvents).toContain('ev.coats');
    expect(record.act({ type: 'INJECT', by: 'teacher', eventId: 'ev.cohen' })).toEqual({
      ok: false,
      error: 'The game is over; no event card can be pushed.',
    });
  });

  it('a card the teacher pushed early does not fire again at its own beat', () => {
    const settings = normalizeSettings({ seats: { us: 'ai', dprk: 'ai' }, mode: 'historical' });
    const s = Session.start(settings, 2);
    expect(s.context.firedEvents).not.toContain('ev.cohen');
    expect(s.act({ type: 'INJECT', by: 'teacher', eventId: 'ev.cohen' }).ok).toBe(true);
    s.runAuto();
    expect(s.context.firedEvents.filter((id) => id === 'ev.cohen')).toHaveLength(1);
  });
});
