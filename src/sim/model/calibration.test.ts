import { describe, expect, it } from 'vitest';
import { level } from './package.ts';
import { PRESETS } from './presets.ts';
import { rawUtility } from './utility.ts';

/** The reference table of negotiation-anchors.md §3.3 (linkage excluded, drills at L0). */
const TABLE = {
  dprkHanoiOffer: { us: 0.23, dprk: 0.83 },
  usBigDeal: { us: 0.86, dprk: 0.27 },
  yongbyonPlus: { us: 0.54, dprk: 0.62 },
} as const;

/** ±0.02, inclusive: a sum of weights × values can land on the edge with a rounding error of 1e-17. */
const BAND = 0.02 + 1e-12;

describe('reference packages', () => {
  for (const [id, expected] of Object.entries(TABLE) as [keyof typeof TABLE, { us: number; dprk: number }][]) {
    it(`${id} scores within ±0.02 of the table for both sides`, () => {
      const pkg = PRESETS[id].pkg;
      expect(level(pkg, 'drills')).toBe(0);
      expect(Math.abs(rawUtility('us', pkg, { linkage: false }) - expected.us)).toBeLessThanOrEqual(BAND);
      expect(Math.abs(rawUtility('dprk', pkg, { linkage: false }) - expected.dprk)).toBeLessThanOrEqual(BAND);
    });
  }
});
