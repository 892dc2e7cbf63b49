import { describe, expect, it } from 'vitest';
import { nextFloat, rngStream, seedRng } from './rng.ts';

describe('seeded generator', () => {
  it('is deterministic per seed and differs between seeds', () => {
    const a = rngStream(seedRng(42));
    const b = rngStream(seedRng(42));
    const c = rngStream(seedRng(43));
    const xs = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(xs);
    expect(Array.from({ length: 5 }, c)).not.toEqual(xs);
  });

  it('draws in [0, 1) with a plausible mean', () => {
    let s = seedRng(7);
    let sum = 0;
    for (let i = 0; i < 10_000; i++) {
      const [x, n] = nextFloat(s);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      sum += x;
      s = n;
    }
    expect(Math.abs(sum / 10_000 - 0.5)).toBeLessThan(0.02);
  }, 10_000);
});
