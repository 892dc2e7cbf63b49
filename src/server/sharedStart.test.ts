/** A class that starts every table from a shared game: the path a teacher played to a point. */
import { describe, expect, it } from 'vitest';
import { Session } from '../sim/session/session.ts';
import { encodeShareCode } from '../sim/session/shareCode.ts';
import { classroomOf } from './classroomTestKit.ts';
import { leaksIn } from './leakCheck.ts';
import { parseMessage } from './protocol.ts';
import { parseSetup, planTables, tableSession } from './setup.ts';

/** A game the teacher played a few decisions into, as a human US against the computer, in open mode. */
function sharedGame(): { session: Session; code: string } {
  const session = Session.start({ seats: { us: 'human', dprk: 'ai' }, mode: 'open', persona: 'hawkish' }, 4242);
  for (let n = 0; n < 5; n++) {
    session.runAuto();
    const v = session.view();
    if (!v.turn || !v.beat || v.beat.kind !== 'choice') break;
    // Not the first choice, so the path is the teacher's own.
    const enabled = v.choices.filter((c) => c.enabled);
    const pick = enabled.at(-1) ?? enabled[0];
    const result = session.act({ type: 'CHOOSE', by: v.turn.side, choiceId: pick.id });
    if (!result.ok) throw new Error(result.error);
  }
  return { session, code: encodeShareCode(session.seed, session.settings, session.log()) };
}

describe('a class from a shared game', { timeout: 20_000 }, () => {
  it('every table starts at the shared game’s last move, with its settings and seed, and the plan’s seats', () => {
    const { session, code } = sharedGame();
    expect(session.log().length).toBeGreaterThan(3);
    const parsed = parseSetup({
      students: 4,
      pairing: 'pairs',
      seeds: 'different',
      from: `https://school.example/?code=${code}`,
    });
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.setup.game).toMatchObject({ mode: 'open', persona: 'hawkish' });
    expect('seats' in parsed.setup.game).toBe(false);
    const plans = planTables(parsed.setup, () => 1);
    expect(plans.map((p) => p.seed)).toEqual([4242, 4242]);
    for (const plan of plans) {
      const table = tableSession(parsed.setup, plan);
      expect(table.log()).toEqual(session.log());
      expect(table.settings.seats).toEqual({ us: 'human', dprk: 'human' });
      expect(table.view('us').beat?.id).toBe(session.view('us').beat?.id);
    }
  });

  it('refuses a damaged code or a value that is not text, with a message', () => {
    const { code } = sharedGame();
    const damaged = parseSetup({ students: 2, from: `${code.slice(0, 6)}x${code.slice(7)}` });
    expect(damaged.ok).toBe(false);
    if (!damaged.ok) expect(damaged.message).toMatch(/^The shared game cannot be used: /);
    const notText = parseSetup({ students: 2, from: 42 });
    expect(notText).toEqual({ ok: false, message: '"from" must be a share link or code.' });
  });

  it('keeps the assessment lock and the round timer of a class from a shared game', () => {
    const { code } = sharedGame();
    const parsed = parseSetup({ students: 2, from: code, locked: true, roundMinutes: 5 });
    expect(parsed.ok && parsed.setup).toMatchObject({ locked: true, roundMinutes: 5, from: { code } });
  });

  it('an empty "from" is a class from the start, as before', () => {
    const parsed = parseSetup({ students: 2, from: '', start: 'eve' });
    expect(parsed.ok && parsed.setup.from).toBe(undefined);
    expect(parsed.ok && parsed.setup.game).toEqual({ start: 'eve' });
  });

  it('seats are told what came before: the shared path until the first move, a start point’s summary, nothing from the beginning', () => {
    const { session, code } = sharedGame();
    const shared = classroomOf({ students: 2, from: code });
    // The seat whose turn it is where the shared game stood.
    const mover = session.view().turn?.side ?? 'us';
    shared.classroom.greetSeat(1, mover);
    const first = shared.bodies('view').at(-1);
    expect(first?.soFar?.kind).toBe('path');
    if (first?.soFar?.kind === 'path') {
      expect(first.soFar.moves).toBe(session.log().length);
      expect(first.soFar.record.steps.length).toBeGreaterThan(0);
    }
    for (const { to, message } of shared.sent) expect(leaksIn({ to, type: message.type, body: message.body }, 4242)).toEqual([]);
    // After the next move the summary is gone.
    const v = first?.view;
    const move = v?.choices.find((c) => c.enabled);
    expect(v?.turn?.side).toBe(mover);
    const parsed = parseMessage('move', { type: 'CHOOSE', choiceId: move?.id });
    if (!parsed.ok) throw new Error(parsed.message);
    expect(shared.classroom.handle({ kind: 'seat', table: 1, side: mover }, parsed.value)).toBeNull();
    expect(shared.bodies('view').at(-1)?.soFar).toBeNull();

    const later = classroomOf({ students: 2, start: 'day2' });
    later.classroom.greetSeat(1, 'dprk');
    expect(later.bodies('view').at(-1)?.soFar).toEqual({ kind: 'start', start: 'day2' });
    const fromStart = classroomOf({ students: 2 });
    fromStart.classroom.greetSeat(1, 'us');
    expect(fromStart.bodies('view').at(-1)?.soFar).toBeNull();
  });
});
