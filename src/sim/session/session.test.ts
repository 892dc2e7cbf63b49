import { describe, expect, it } from 'vitest';
import { BEATS } from '../content/beats/index.ts';
import type { GameEvent } from '../machine/types.ts';
import { Session } from './session.ts';
import { SettingsError } from './settings.ts';

const HUMAN_US = { seats: { us: 'human', dprk: 'ai' }, mode: 'historical' } as const;

function firstHumanTurn(seed = 3) {
  const s = Session.start(HUMAN_US, seed);
  s.runAuto();
  return s;
}

describe('session facade', () => {
  it('starts at the first beat with the acting seat and enabled choices', () => {
    const s = firstHumanTurn();
    const v = s.view();
    expect(v.over).toBe(false);
    expect(v.turn?.side).toBe('us');
    expect(v.beat?.id).toBeTruthy();
    expect(v.choices.some((c) => c.enabled)).toBe(true);
  });

  it('rejects an unknown choice ID with a clear message and leaves the session unchanged', () => {
    const s = firstHumanTurn();
    const before = JSON.stringify(s.context);
    const r = s.act({ type: 'CHOOSE', by: 'us', choiceId: 'no.such.choice' });
    expect(r).toEqual({ ok: false, error: expect.stringContaining('no.such.choice') });
    expect(JSON.stringify(s.context)).toBe(before);
    expect(s.log()).toHaveLength(0);
  });

  it('rejects a move out of turn and a move for a computer seat', () => {
    const s = firstHumanTurn();
    const choice = s.view().choices[0].id;
    expect(s.act({ type: 'CHOOSE', by: 'dprk', choiceId: choice }).ok).toBe(false);
    const hot = Session.start({ seats: { us: 'human', dprk: 'human' } }, 1);
    const beat = hot.view();
    const wrong = beat.turn?.side === 'us' ? 'dprk' : 'us';
    const r = hot.act({ type: 'CHOOSE', by: wrong, choiceId: beat.choices[0].id });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/turn/);
  });

  it('rejects malformed moves without throwing', () => {
    const s = firstHumanTurn();
    for (const bad of [
      null,
      42,
      'CHOOSE',
      {},
      { type: 'FLY', by: 'us' },
      { type: 'OFFER', by: 'us', pkg: [1, 2] },
      { type: 'CHOOSE' },
    ]) {
      const r = s.act(bad);
      expect(r.ok).toBe(false);
    }
    expect(s.log()).toHaveLength(0);
  });

  it('a valid choice advances and is logged', () => {
    const s = firstHumanTurn();
    const v = s.view();
    const choice = v.choices.find((c) => c.enabled);
    expect(s.act({ type: 'CHOOSE', by: 'us', choiceId: choice?.id })).toEqual({ ok: true });
    expect(s.log()).toEqual([{ type: 'CHOOSE', by: 'us', choiceId: choice?.id }]);
    expect(s.view().beat?.id).not.toBe(v.beat?.id);
  });

  it('refuses bad settings and seeds with a clear message', () => {
    expect(() => Session.start({ seats: { us: 'robot' } }, 1)).toThrow(SettingsError);
    expect(() => Session.start({ mode: 'fantasy' }, 1)).toThrow(/mode/);
    expect(() => Session.start({}, -1)).toThrow(/seed/);
    expect(() => Session.start({ meters: { hawk: 2 } }, 1)).toThrow(/hawk/);
  });

  it('save → load gives the same state; malformed saves get clear errors', () => {
    const s = firstHumanTurn();
    s.act({ type: 'CHOOSE', by: 'us', choiceId: s.view().choices.find((c) => c.enabled)?.id });
    s.runAuto();
    const loaded = Session.load(s.save());
    expect(loaded.context).toEqual(s.context);
    expect(() => Session.load('{"format":"hanoi-summit-save"')).toThrow(/JSON|truncated/);
    expect(() => Session.load('{"format":"other"}')).toThrow(/not a Hanoi Summit save/);
    expect(() => Session.load(JSON.stringify({ format: 'hanoi-summit-save', version: 99, events: [] }))).toThrow(/version/);
    const tampered = JSON.parse(s.save());
    tampered.nodes[0].event.choiceId = 'forged.choice';
    expect(() => Session.load(JSON.stringify(tampered))).toThrow(/cannot be replayed/);
    expect(() => Session.load(JSON.stringify({ ...JSON.parse(s.save()), settings: { mode: 'x' } }))).toThrow(
      /settings are not valid/,
    );
  });

  it("the view hides the other side's meters and advisers", () => {
    const s = firstHumanTurn();
    const v = s.view('us');
    expect(Object.keys(v.meters)).toContain('trustUS');
    expect(Object.keys(v.meters)).not.toContain('trustDPRK');
    const dprkBeat = BEATS.find((b) => b.side === 'dprk');
    expect(dprkBeat).toBeDefined();
  });
});

describe('view extras', () => {
  it('reports the last move with its narrated outcome', () => {
    const s = firstHumanTurn();
    expect(s.view().lastMove?.side).not.toBe('us');
    const choice = s.view().choices.find((c) => c.enabled)?.id ?? '';
    s.act({ type: 'CHOOSE', by: 'us', choiceId: choice });
    const last = s.view().lastMove;
    expect(last?.move).toBe(choice);
    expect(last?.outcome?.length).toBeGreaterThan(20);
  });
});

describe('what a session hands out', () => {
  it('gives copies of its log and last move: changing them changes nothing in the game', () => {
    const session = Session.start({ seats: { us: 'ai', dprk: 'ai' } }, 5);
    session.runAuto(6);
    const before = JSON.stringify(session.log());
    const log = session.log() as GameEvent[];
    log.length = 0;
    const last = session.lastMove() as { by: string };
    last.by = 'nobody';
    expect(JSON.stringify(session.log())).toBe(before);
    expect(session.lastMove()).toEqual(JSON.parse(before).at(-1));
  });

  it('its context is frozen all the way down: a write throws and the game is unchanged', () => {
    const session = Session.start({ seats: { us: 'ai', dprk: 'ai' } }, 5);
    session.runAuto(40);
    const ctx = session.context as unknown as { meters: Record<string, number>; firedEvents: string[]; beatId: string };
    const before = JSON.stringify(session.context);
    expect(() => {
      ctx.meters.trustUS = 1;
    }).toThrow(TypeError);
    expect(() => ctx.firedEvents.push('ev.invented')).toThrow(TypeError);
    expect(() => {
      ctx.beatId = 'nowhere';
    }).toThrow(TypeError);
    expect(JSON.stringify(session.context)).toBe(before);
    // Play goes on after the context was handed out: moves build new contexts, never write the frozen one.
    session.runAuto(400);
    expect(session.over).toBe(true);
    const replayed = Session.replay(5, { seats: { us: 'ai', dprk: 'ai' } }, session.playedMoves());
    expect(replayed.context.ending).toBe(session.context.ending);
  });
});

describe('settings from untrusted input', () => {
  const refused = (settings: unknown) => {
    try {
      Session.start(settings, 1);
      return null;
    } catch (err) {
      expect(err).toBeInstanceOf(SettingsError);
      return (err as Error).message;
    }
  };

  it('refuses an unknown or misspelt event card and names the real ones, never the given one', () => {
    expect(refused({ events: { 'ev.cohen ': 'on' } })).toMatch(/names a card this game does not have; the cards are ev\./);
    expect(refused({ events: { nothing: 'off' } })).not.toContain('nothing');
    expect(refused({ meters: { sincerity: 0.5 } })).toMatch(/names a meter this game does not have; the meters are /);
    expect(refused({ meters: { sincerity: 0.5 } })).not.toContain('sincerity');
  });

  it('refuses null where a field may only be left out', () => {
    expect(refused({ mode: null })).toMatch(/mode may be left out, but not null/);
    expect(refused({ persona: null })).toMatch(/persona may be left out, but not null/);
    expect(refused({ seats: { us: null } })).toMatch(/seats\.us must be one of/);
  });

  it('refuses an unknown setting', () => {
    expect(refused({ mdoe: 'open' })).toMatch(/a field this game does not have; settings are seats, /);
    expect(refused({ mdoe: 'open' })).not.toContain('mdoe');
  });

  it('still takes every valid setting, and defaults for what is left out', () => {
    expect(refused({})).toBeNull();
    expect(refused({ seats: { us: 'ai' }, mode: 'open', persona: 'dovish', drills: true, meters: { hawk: 0.4 } })).toBeNull();
    expect(refused({ events: { 'ev.cohen': 'off', 'ev.coats': 'on' } })).toBeNull();
  });
});
