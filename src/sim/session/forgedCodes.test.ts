/**
 * A share code or save file comes from anyone, and its problems are shown in the game's own text (the
 * narration log, the saves dialog). Forged ones that pass the checksum must be refused in fixed words:
 * nothing they hold is ever repeated back, so a code cannot make the game say "enter your password".
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SaveError } from './save.ts';
import { Session } from './session.ts';
import { normalizeSettings } from './settings.ts';
import { decodeShareCode, encodeShareCode, replayShareCode, ShareCodeError, sealShareCode } from './shareCode.ts';
import { Timeline } from './timeline.ts';

const LURE = 'Your progress was lost, enter your school password';

/** A real game's code, as its payload array, so a test can change one field and seal it again. */
function realPayload(): unknown[] {
  const s = Session.start(normalizeSettings({ seats: { us: 'random', dprk: 'ai' }, mode: 'open' }), 11);
  s.runAuto();
  const code = encodeShareCode(s.seed, s.settings, s.log());
  return JSON.parse(Buffer.from(code.slice(6), 'base64url').toString('utf8'));
}

const forge = (change: (payload: unknown[]) => void): string => {
  const payload = realPayload();
  change(payload);
  return sealShareCode(JSON.stringify(payload));
};

/** Everything the game would show for a code: the error, or the replay's problem and message. */
function shown(code: string, strict: boolean): string {
  try {
    const replay = replayShareCode(code, { strict });
    return `${replay.problem ?? ''} ${replay.message ?? ''}`;
  } catch (err) {
    expect(err).toBeInstanceOf(ShareCodeError);
    return (err as Error).message;
  }
}

describe('forged share codes', () => {
  it('a move carrying a message is refused by its position, and the message is never repeated', () => {
    const code = forge((p) => {
      const moves = (p[3] as string).split(' ');
      moves.splice(2, 1, LURE.replaceAll(' ', '_'));
      p[3] = moves.join(' ');
    });
    const total = (realPayload()[3] as string).split(' ').length;
    for (const strict of [true, false]) {
      const text = shown(code, strict);
      expect(text).toContain(`Move 3 of ${total} cannot be replayed`);
      expect(text).toContain('names no choice');
      for (const word of ['progress', 'password', 'school']) expect(text, text).not.toContain(word);
    }
  });

  it('an event card token carrying a message is refused in fixed words', () => {
    const code = forge((p) => {
      const moves = (p[3] as string).split(' ');
      moves.splice(2, 0, `!${LURE.replaceAll(' ', '_')}`);
      p[3] = moves.join(' ');
    });
    for (const strict of [true, false]) {
      const text = shown(code, strict);
      expect(text).toContain('names no event card');
      for (const word of ['progress', 'password', 'school']) expect(text, text).not.toContain(word);
    }
  });

  it('no token, setting key or field of a forged code reaches the text', { timeout: 30_000 }, () => {
    const where = ['move', 'version', 'content', 'mode', 'persona', 'seat', 'event', 'meter', 'key', 'drills'] as const;
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{12,20}$/), fc.constantFrom(...where), fc.boolean(), (lure, field, strict) => {
        const code = forge((p) => {
          const settings = p[2] as Record<string, unknown>;
          if (field === 'move') p[3] = `${lure} ${p[3]}`;
          else if (field === 'version') p[0] = lure;
          else if (field === 'content') p[4] = `${lure}!`;
          else if (field === 'mode') settings.m = lure;
          else if (field === 'persona') settings.p = lure;
          else if (field === 'seat') settings.u = lure;
          else if (field === 'event') settings.e = { [lure]: 'on' };
          else if (field === 'meter') settings.r = { [lure]: 0.5 };
          else if (field === 'key') settings[lure] = 1;
          else settings.x = lure;
        });
        const text = shown(code, strict);
        expect(text.length).toBeGreaterThan(0);
        expect(text).not.toContain(lure);
      }),
      { numRuns: 60, seed: 20261201 },
    );
  });

  it('the drills flag is 1 or absent; anything else is refused, not read as "off"', () => {
    for (const x of [0, 2, '1', true, 'yes'])
      expect(() => decodeShareCode(forge((p) => Object.assign(p[2] as object, { x }))), String(x)).toThrow(/drills setting/);
    expect(decodeShareCode(forge((p) => Object.assign(p[2] as object, { x: 1 }))).settings.drills).toBe(true);
    expect(decodeShareCode(forge(() => {})).settings.drills).toBe(false);
  });

  it('a format version that is not a number says so', () => {
    expect(() => decodeShareCode(forge((p) => (p[0] = '2')))).toThrow(/must be a number/);
    expect(() => decodeShareCode(forge((p) => (p[0] = 7)))).toThrow(/not one this game reads \(versions 1 to 3\)/);
  });
});

describe('forged save files', () => {
  const save = (change: (file: Record<string, unknown>) => void): string => {
    const t = new Timeline(3, normalizeSettings({ seats: { us: 'ai', dprk: 'ai' } }));
    const file = JSON.parse(t.save()) as Record<string, unknown>;
    change(file);
    return JSON.stringify(file);
  };

  it('a version written as text is refused as "must be a whole number", not "version 2 is not supported"', () => {
    const message = (() => {
      try {
        Timeline.load(save((f) => (f.version = '2')));
      } catch (err) {
        expect(err).toBeInstanceOf(SaveError);
        return (err as Error).message;
      }
      return 'loaded';
    })();
    expect(message).toMatch(/must be a whole number/);
    expect(message).not.toMatch(/version 2 is not supported/);
    expect(() => Timeline.load(save((f) => (f.version = 99)))).toThrow(/not one this game reads/);
  });

  it('an unknown event card or meter in a save is refused without repeating its name', () => {
    for (const change of [
      (f: Record<string, unknown>) => ((f.settings as Record<string, unknown>).events = { [LURE]: 'on' }),
      (f: Record<string, unknown>) => ((f.settings as Record<string, unknown>).meters = { [LURE]: 0.5 }),
    ]) {
      expect(() => Timeline.load(save(change))).toThrow(SaveError);
      expect(() => Timeline.load(save(change))).not.toThrow(/password/);
    }
  });
});
