/**
 * A seeded PRNG (mulberry32) whose whole state is one uint32, so it can live in machine context
 * and be saved as JSON. Pure: every draw returns the value and the next state.
 */
export type RngState = number;

export const seedRng = (seed: number): RngState => (Math.imul(seed | 0, 0x9e3779b1) ^ 0x5bd1e995) >>> 0;

export function nextFloat(state: RngState): [number, RngState] {
  const next = (state + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return [((t ^ (t >>> 14)) >>> 0) / 4294967296, next];
}

/** A throwaway generator for code that needs several draws from one state without threading it. */
export function rngStream(state: RngState): () => number {
  let s = state;
  return () => {
    const [x, n] = nextFloat(s);
    s = n;
    return x;
  };
}

export const pick = <T>(items: readonly T[], u: number): T => items[Math.min(items.length - 1, Math.floor(u * items.length))];
