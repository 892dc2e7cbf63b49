import { describe, expect, it } from 'vitest';
import { HISTORICAL_METERS, reservationDPRK, reservationUS } from './hidden.ts';
import { makePackage } from './package.ts';
import { dealValue } from './phases.ts';
import { PRESETS } from './presets.ts';
import { complianceBelief, INTRUSION_TRUST, rawUtility, redLine, redLineCrossings } from './utility.ts';

const m = HISTORICAL_METERS;

describe('red lines', () => {
  it('the DPRK refuses the US paper (weapons transfer) at ordinary trust', () => {
    expect(redLine('dprk', PRESETS.usBigDeal.pkg, m)).not.toBeNull();
    expect(redLine('dprk', PRESETS.dprkHanoiOffer.pkg, m)).toBeNull();
  });

  it('the DPRK exception needs a peace regime, suspended drills and high trust together', () => {
    const pkg = makePackage({ warheads: 3, endOfWar: 2, drills: 1 });
    expect(redLine('dprk', pkg, { ...m, trustDPRK: 0.85 })).toBeNull();
    expect(redLine('dprk', pkg, { ...m, trustDPRK: 0.5 })).not.toBeNull();
  });

  it('while its trust is low the DPRK refuses challenge inspections anywhere and a comprehensive declaration', () => {
    const low = { ...m, trustDPRK: INTRUSION_TRUST - 0.01 };
    const high = { ...m, trustDPRK: INTRUSION_TRUST };
    for (const spec of [{ verification: 3 }, { declaration: 3 }, { verification: 3, declaration: 3 }] as const) {
      expect(redLine('dprk', makePackage(spec), low)).not.toBeNull();
      expect(redLine('dprk', makePackage(spec), high)).toBeNull();
    }
    // One step short of each is open at any trust: monitoring at declared sites, a list of all fissile sites.
    expect(redLine('dprk', makePackage({ verification: 2, declaration: 2 }), low)).toBeNull();
    expect(redLineCrossings('dprk', makePackage({ verification: 3, declaration: 3 }), low)).toEqual([
      { rule: 'intrusiveAsks', issue: 'verification', needs: 2, bound: 'atMost' },
      { rule: 'intrusiveAsks', issue: 'declaration', needs: 2, bound: 'atMost' },
    ]);
    expect(redLineCrossings('dprk', makePackage({ verification: 3, declaration: 3 }), high)).toEqual([]);
    // The historical starting trust is below the bar: the US paper asks for both.
    expect(m.trustDPRK).toBeLessThan(INTRUSION_TRUST);
    expect(redLineCrossings('dprk', PRESETS.usBigDeal.pkg, m).map((c) => c.issue)).toEqual([
      'warheads',
      'missiles',
      'verification',
      'declaration',
    ]);
  });

  it('the US refuses all sanctions lifted without every site and inspections, and big upfront relief', () => {
    expect(redLine('us', makePackage({ sanctions: 3 }), m)).not.toBeNull();
    expect(redLine('us', makePackage({ sanctions: 3, otherSites: 2, verification: 2 }), m)).toBeNull();
    expect(redLine('us', makePackage({ sanctions: 2, sequencing: 2 }), m)).not.toBeNull();
    expect(redLine('us', PRESETS.dprkHanoiOffer.pkg, m)).not.toBeNull();
  });
});

describe('utilities', () => {
  it('linkage makes verified, reversible relief cheaper for the US', () => {
    const pkg = makePackage({ sanctions: 2, sequencing: 1, verification: 2 });
    expect(rawUtility('us', pkg)).toBeGreaterThan(rawUtility('us', pkg, { linkage: false }));
  });

  it('promises are worth less than their face value when trust is low, and more as it grows', () => {
    const bridge = PRESETS.yongbyonPlus.pkg;
    const low = dealValue('us', bridge, { ...m, trustUS: 0.2 });
    const high = dealValue('us', bridge, { ...m, trustUS: 0.9 });
    expect(low).toBeLessThan(high);
    expect(high).toBeLessThanOrEqual(rawUtility('us', bridge) + 1e-9);
  });

  it('verification raises how much the US believes the DPRK will comply', () => {
    expect(complianceBelief('us', makePackage({ verification: 3 }), m)).toBeGreaterThan(
      complianceBelief('us', makePackage({ verification: 0 }), m),
    );
  });

  it('reservation values follow §3.4 at the historical day-2 state', () => {
    const day2 = { ...m, domesticUS: 0.9, hawk: 0.8, audienceUS: 0.5, chemistry: 0.8 };
    expect(reservationUS(day2)).toBeCloseTo(0.57, 2);
    expect(reservationUS({ ...day2, domesticUS: 0.3, hawk: 0.5 })).toBeCloseTo(0.48, 2);
    expect(reservationDPRK({ ...m, prestige: 0.8, econPain: 0.6, trustDPRK: 0.35, audienceDPRK: 0 })).toBeCloseTo(0.44, 2);
  });

  it('the DPRK Hanoi offer falls below the US reservation value (DESIGN §5)', () => {
    expect(rawUtility('us', PRESETS.dprkHanoiOffer.pkg)).toBeLessThan(reservationUS(m));
  });
});
