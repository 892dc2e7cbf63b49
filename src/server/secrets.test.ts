import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET, hashToken, newClassCode, newSeed, newToken, normalizeClassCode, tokenMatches } from './secrets.ts';

describe('class codes and tokens', { timeout: 10_000 }, () => {
  it('codes use only the unambiguous alphabet and do not repeat or count up', () => {
    const codes = Array.from({ length: 2000 }, newClassCode);
    for (const code of codes) expect([...code].every((c) => CODE_ALPHABET.includes(c))).toBe(true);
    expect(new Set(codes).size).toBeGreaterThan(1990);
    // Every letter turns up in every position (uniform draws, not a counter).
    for (let i = 0; i < 6; i++) expect(new Set(codes.map((c) => c[i])).size).toBe(CODE_ALPHABET.length);
    expect(CODE_ALPHABET).not.toMatch(/[015OILSZB2]/);
  });

  it('reads a code as typed and refuses anything else', () => {
    expect(normalizeClassCode(' acd-efg ')).toBe('ACDEFG');
    for (const bad of ['ACDEF', 'ACDEFGH', 'ACDEF0', 42, null, '../../x']) expect(normalizeClassCode(bad)).toBeNull();
  });

  it('tokens are random secrets matched only by their own hash', () => {
    const a = newToken();
    const b = newToken();
    expect(a).not.toBe(b);
    expect(a.length).toBeGreaterThanOrEqual(22);
    expect(tokenMatches(a, hashToken(a))).toBe(true);
    expect(tokenMatches(b, hashToken(a))).toBe(false);
    expect(tokenMatches(undefined, hashToken(a))).toBe(false);
    expect(tokenMatches('', hashToken(''))).toBe(false);
  });

  it('seeds are whole numbers the core accepts', () => {
    for (let i = 0; i < 100; i++) {
      const seed = newSeed();
      expect(Number.isSafeInteger(seed) && seed >= 0 && seed < 2 ** 32).toBe(true);
    }
  });
});
