import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SAVE_VERSION, SaveError } from './save.ts';
import { Session } from './session.ts';
import { normalizeSettings } from './settings.ts';
import { decodeShareCode, encodeShareCode, replayShareCode, ShareCodeError } from './shareCode.ts';
import { Timeline } from './timeline.ts';

function finishedGame(seed: number, seats = { us: 'random', dprk: 'ai' } as const) {
  const s = Session.start(normalizeSettings({ seats, mode: 'open', drills: seed % 2 === 0 }), seed);
  s.runAuto();
  return s;
}

describe('share codes', () => {
  it('round-trip: code → game equals the original state, and a full game fits in 2 KB', () => {
    for (let seed = 0; seed < 30; seed++) {
      const s = finishedGame(seed);
      const code = encodeShareCode(s.seed, s.settings, s.log());
      expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(code.length).toBeLessThanOrEqual(2048);
      const { session, dropped } = replayShareCode(code);
      expect(dropped).toBe(0);
      expect(session.context).toEqual(s.context);
    }
  }, 30_000);

  it('gives clear errors for bad codes', () => {
    const s = finishedGame(1);
    const code = encodeShareCode(s.seed, s.settings, s.log());
    expect(() => decodeShareCode(code.slice(0, code.length - 5))).toThrow(ShareCodeError);
    expect(() => decodeShareCode('')).toThrow(/letters and digits/);
    expect(() => decodeShareCode('abc')).toThrow(/too short/);
    expect(() => decodeShareCode('x'.repeat(5000))).toThrow(/too long/);
    expect(() => decodeShareCode(`${code}!`)).toThrow(/characters/);
    const flipped = code.slice(0, 20) + (code[20] === 'A' ? 'B' : 'A') + code.slice(21);
    expect(() => decodeShareCode(flipped)).toThrow(ShareCodeError);
  });
});

/** Mutations of a valid text: truncation, bit flips, insertions, deletions, swaps, huge values. */
function mutate(text: string, ops: readonly [number, number, number][]): string {
  let t = text;
  for (const [kind, pos, value] of ops) {
    const i = t.length === 0 ? 0 : pos % t.length;
    switch (kind % 6) {
      case 0:
        t = t.slice(0, i);
        break;
      case 1:
        t = t.slice(0, i) + String.fromCharCode(t.charCodeAt(i) ^ (1 << (value % 7))) + t.slice(i + 1);
        break;
      case 2:
        t = t.slice(0, i) + String.fromCharCode(32 + (value % 95)) + t.slice(i);
        break;
      case 3:
        t = t.slice(0, i) + t.slice(i + 1);
        break;
      case 4:
        t = t.slice(0, i) + String(value * 1e12) + t.slice(i);
        break;
      default:
        t = t.slice(i) + t.slice(0, i);
    }
  }
  return t;
}

const BASE_GAMES = Array.from({ length: 8 }, (_, i) => finishedGame(100 + i));
const CODES = BASE_GAMES.map((s) => encodeShareCode(s.seed, s.settings, s.log()));
const SAVES = BASE_GAMES.map((s) => s.save());
const ops = fc.array(fc.tuple(fc.nat(5), fc.nat(4000), fc.nat(1000)), { minLength: 1, maxLength: 4 });

/** Either a clear, typed error with a message, or a valid game (invariants hold). */
function expectCleanOutcome(load: () => Session): void {
  let session: Session | null = null;
  try {
    session = load();
  } catch (err) {
    expect(err instanceof ShareCodeError || err instanceof SaveError).toBe(true);
    expect((err as Error).message.length).toBeGreaterThan(10);
    return;
  }
  const ctx = session.context;
  expect(Object.values(ctx.meters).every((m) => m >= 0 && m <= 1)).toBe(true);
  expect(session.log().length).toBeLessThanOrEqual(1000);
}

describe('100,000 mutated codes and saves', () => {
  it('share codes: never a crash, always a clear error or a valid game', () => {
    fc.assert(
      fc.property(fc.nat(CODES.length - 1), ops, (k, o) =>
        expectCleanOutcome(() => replayShareCode(mutate(CODES[k], o)).session),
      ),
      { numRuns: 50_000, seed: 42 },
    );
  }, 60_000);

  it('save files: never a crash, always a clear error or a valid game', () => {
    fc.assert(
      fc.property(fc.nat(SAVES.length - 1), ops, (k, o) => expectCleanOutcome(() => Session.load(mutate(SAVES[k], o)))),
      { numRuns: 50_000, seed: 43 },
    );
  }, 180_000);

  it('lenient timeline loads of mutated saves: never a crash, a clear error or a valid game', () => {
    fc.assert(
      fc.property(fc.nat(SAVES.length - 1), ops, (k, o) =>
        expectCleanOutcome(() => Timeline.load(mutate(SAVES[k], o)).timeline.session),
      ),
      { numRuns: 5_000, seed: 44 },
    );
  }, 20_000);

  it('structured tampering (wrong types, wrong version, huge values) is refused clearly', () => {
    const good = JSON.parse(SAVES[0]);
    const variants = [
      { ...good, version: SAVE_VERSION + 1 },
      { ...good, version: 1.5 },
      { ...good, current: 10_000 },
      { ...good, nodes: [{ parent: 5, event: {} }] },
      { ...good, seed: 1e30 },
      { ...good, seed: 'abc' },
      { ...good, settings: { seats: { us: 'god' } } },
      { ...good, nodes: 'none' },
      { ...good, nodes: [{ parent: -1, event: { type: 'OFFER', by: 'us', pkg: [9, 9, 9] } }], current: 0 },
      { ...good, nodes: new Array(6000).fill({ parent: -1, event: { type: 'WALK', by: 'us' } }) },
    ];
    for (const v of variants) expect(() => Session.load(JSON.stringify(v))).toThrow(/./);
  });
});
