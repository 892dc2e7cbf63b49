import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HISTORICAL_METERS } from './hidden.ts';
import { LEVEL_COUNTS, OPTIONAL } from './issues.ts';
import { nashPoint, nashWithinTwo, surpluses } from './nash.ts';
import { forEachPackage, issuesOff } from './package.ts';
import { PRESETS } from './presets.ts';

const meters = { ...HISTORICAL_METERS, hawk: 0.45 };
const product = (pkg: readonly number[]) => {
  const s = surpluses(pkg, meters);
  return s && s.us > 0 && s.dprk > 0 ? s.us * s.dprk : 0;
};
const arbPackage = fc.tuple(...LEVEL_COUNTS.map((n, i) => fc.integer({ min: 0, max: OPTIONAL[i] ? 0 : n - 1 })));
const bridge = PRESETS.yongbyonPlus.pkg;

describe('the Nash bargaining point', () => {
  const point = nashPoint(meters);

  it('exists in the no-Cohen state, leaves both sides better off and beats every package drawn', () => {
    expect(point).not.toBeNull();
    if (!point) return;
    expect(point.surplus.us).toBeGreaterThan(0);
    expect(point.surplus.dprk).toBeGreaterThan(0);
    expect(point.product).toBeCloseTo(product(point.pkg), 12);
    fc.assert(
      fc.property(arbPackage, (pkg) => {
        expect(product(pkg)).toBeLessThanOrEqual(point.product + 1e-12);
      }),
      { numRuns: 3000, seed: 11 },
    );
  }, 20_000);

  it('within two issues of a package: stays within two issues and beats every such package drawn', () => {
    const near = nashWithinTwo(bridge, meters);
    expect(near).not.toBeNull();
    if (!near || !point) return;
    expect(issuesOff(near.pkg, bridge).length).toBeLessThanOrEqual(2);
    expect(near.product).toBeLessThanOrEqual(point.product + 1e-12);
    const arbNear = fc
      .tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 }), fc.nat(), fc.nat())
      .map(([a, b, la, lb]) => {
        const pkg = [...bridge];
        pkg[a] = la % LEVEL_COUNTS[a];
        pkg[b] = lb % LEVEL_COUNTS[b];
        return pkg;
      });
    fc.assert(
      fc.property(arbNear, (pkg) => {
        expect(product(pkg)).toBeLessThanOrEqual(near.product + 1e-12);
      }),
      { numRuns: 2000, seed: 5 },
    );
  });

  it('visits as many packages as the space holds, the optional issues at level 0 unless asked', () => {
    let n = 0;
    let withDrills = 0;
    let drillsSeen = false;
    forEachPackage(() => n++);
    forEachPackage((pkg) => {
      withDrills++;
      drillsSeen ||= pkg.some((l, i) => OPTIONAL[i] && l > 0);
    }, true);
    const all = LEVEL_COUNTS.reduce((a, b) => a * b, 1);
    expect(withDrills).toBe(all);
    expect(n).toBe(LEVEL_COUNTS.reduce((a, b, i) => a * (OPTIONAL[i] ? 1 : b), 1));
    expect(drillsSeen).toBe(true);
    expect(issuesOff(bridge, bridge)).toEqual([]);
    expect(issuesOff([0, 0, 1], [0, 2, 2])).toEqual(['otherSites', 'declaration']);
    expect(issuesOff(PRESETS.smallDeal.pkg, bridge).length).toBe(bridge.filter((l, i) => PRESETS.smallDeal.pkg[i] !== l).length);
  }, 20_000);
});
