import { describe, expect, it } from 'vitest';
import { computeFrontier, decodePackage, encodePackage, frontier, nearestFrontierDistance } from './pareto.ts';
import { PARETO_FRONTIER } from './paretoFrontier.data.ts';
import { PRESETS } from './presets.ts';
import { rawUtility } from './utility.ts';

describe('Pareto frontier', () => {
  it('the shipped data equals a fresh brute-force pass over every package', () => {
    const stale = 'paretoFrontier.data.ts is stale (the issue table changed): run npx tsx scripts/gen-pareto.ts';
    expect(computeFrontier(), stale).toEqual(PARETO_FRONTIER.map((p) => [...p]));
  }, 60_000);

  it('is strictly decreasing in U_US and increasing in U_DPRK', () => {
    const f = frontier();
    for (let i = 1; i < f.length; i++) {
      expect(f[i].us).toBeLessThanOrEqual(f[i - 1].us);
      expect(f[i].dprk).toBeGreaterThan(f[i - 1].dprk);
    }
  });

  it('codes round-trip and match the stored utilities', () => {
    for (const p of frontier().slice(0, 10)) {
      expect(decodePackage(encodePackage(p.pkg))).toEqual(p.pkg);
      expect(rawUtility('us', p.pkg)).toBeCloseTo(p.us, 5);
    }
  });

  it('frontier points sit on the frontier and the historical offers sit inside it', () => {
    const f = frontier();
    expect(nearestFrontierDistance(f[5].us, f[5].dprk)).toBe(0);
    const hanoi = PRESETS.dprkHanoiOffer.pkg;
    expect(nearestFrontierDistance(rawUtility('us', hanoi), rawUtility('dprk', hanoi))).toBeGreaterThan(0.05);
  });
});
