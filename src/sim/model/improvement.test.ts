import { describe, expect, it } from 'vitest';
import { HISTORICAL_METERS } from './hidden.ts';
import { issuesFromImprovement } from './improvement.ts';
import { LEVEL_COUNTS, OPTIONAL } from './issues.ts';
import { surpluses, surplusPair } from './nash.ts';
import { type Package, withLevels } from './package.ts';
import { PRESETS } from './presets.ts';
import { rngStream, seedRng } from './rng.ts';
import { rawUtility } from './utility.ts';

const meters = { ...HISTORICAL_METERS, hawk: 0.45 };
const bridge = PRESETS.yongbyonPlus.pkg;
const improves = (pkg: Package) => {
  const s = surpluses(pkg, meters);
  const bar = surplusPair(bridge, meters);
  return s !== null && s.us >= bar.us - 1e-9 && s.dprk >= bar.dprk - 1e-9;
};
const apart = (a: Package, b: Package) => a.filter((l, i) => l !== b[i]).length;

describe("the analysts' bridge leaves gains on the table", () => {
  // Why deals that find joint gains stray from it (docs/model.md, "Deals that look like Hanoi").
  it('in face value, Yongbyon L1 with verified closure of the test sites is better for both sides', () => {
    const traded = withLevels(bridge, { yongbyon: 1, testing: 2 });
    for (const side of ['us', 'dprk'] as const) {
      for (const linkage of [false, true]) {
        expect(rawUtility(side, traded, { linkage })).toBeGreaterThan(rawUtility(side, bridge, { linkage }));
      }
    }
  });
});

describe('issuesFromImprovement', () => {
  it('is 0 for the reference itself when it crosses no red line', () => {
    expect(surpluses(bridge, meters)).not.toBeNull();
    expect(issuesFromImprovement(bridge, bridge, meters)).toBe(0);
  });

  it('is 0 for a package better for both, and positive for one worse for one side', () => {
    // Liaison offices are worth more to both sides at L1 than at L0 (issues.ts), so dropping them is
    // worse for both and cannot be an improvement; the bridge, one issue away, is.
    const noLiaison = withLevels(bridge, { liaison: 0 });
    expect(improves(noLiaison)).toBe(false);
    expect(issuesFromImprovement(noLiaison, bridge, meters)).toBe(1);
    // Yongbyon at the plutonium line with verified closure of the test sites is better for both here.
    const traded = withLevels(bridge, { yongbyon: 1, testing: 2 });
    expect(issuesFromImprovement(traded, bridge, meters)).toBe(0);
    expect(issuesFromImprovement(withLevels(traded, { liaison: 0 }), bridge, meters)).toBe(1);
  });

  it('is 0 exactly for the improvements among all packages one or two issues from the bridge', () => {
    const free = LEVEL_COUNTS.map((_, i) => i).filter((i) => !OPTIONAL[i]);
    const moves = (pkg: Package, i: number) =>
      Array.from({ length: LEVEL_COUNTS[i] }, (_, l) => l)
        .filter((l) => l !== pkg[i])
        .map((l) => pkg.map((x, k) => (k === i ? l : x)));
    const near = free.flatMap((i) =>
      moves(bridge, i).flatMap((one) => [one, ...free.filter((j) => j > i).flatMap((j) => moves(one, j))]),
    );
    expect(near.length).toBeGreaterThan(300);
    let improving = 0;
    for (const pkg of near) {
      const got = issuesFromImprovement(pkg, bridge, meters);
      expect(got === 0, `${pkg.join('')}`).toBe(improves(pkg));
      if (got === 0) improving++;
      expect(got).not.toBeNull();
      expect(got ?? 99).toBeLessThanOrEqual(apart(pkg, bridge));
    }
    // At the no-Cohen start few packages are better for both than the bridge: the measure is not trivially 0.
    expect(improving).toBeGreaterThan(0);
    expect(improving).toBeLessThan(near.length / 10);
  }, 60_000);

  it('agrees with a direct search of the packages one issue away, on random packages', () => {
    const rng = rngStream(seedRng(7));
    for (let n = 0; n < 12; n++) {
      const pkg = LEVEL_COUNTS.map((count, i) => (OPTIONAL[i] ? 0 : Math.floor(rng() * count)));
      const got = issuesFromImprovement(pkg, bridge, meters);
      expect(got).not.toBeNull();
      if (got === null) continue;
      // Nothing nearer than `got` improves on the bridge: check the package itself and its one-issue moves.
      if (improves(pkg)) expect(got).toBe(0);
      else {
        expect(got).toBeGreaterThan(0);
        const oneAway = LEVEL_COUNTS.flatMap((count, i) =>
          OPTIONAL[i]
            ? []
            : Array.from({ length: count }, (_, l) => l)
                .filter((l) => l !== pkg[i])
                .map((l) => {
                  const next = [...pkg];
                  next[i] = l;
                  return next;
                }),
        );
        expect(got === 1).toBe(oneAway.some(improves));
      }
      expect(got).toBeLessThanOrEqual(apart(pkg, bridge));
    }
  }, 30_000);
});
