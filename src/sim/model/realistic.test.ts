import { describe, expect, it } from 'vitest';
import { HISTORICAL_METERS, type Meters } from './hidden.ts';
import { estimatedUtility, initialBelief, type OpponentBelief } from './opponentModel.ts';
import { forEachPackage } from './package.ts';
import { dealValue } from './phases.ts';
import { realisticProposal } from './realistic.ts';
import { redLine } from './utility.ts';

interface Case {
  readonly trust: number;
  readonly rvGuess: number;
  readonly probs: readonly number[];
  readonly knowsRedLine: boolean;
  readonly withDrills: boolean;
}

const allowedIn = (meters: Meters, knows: boolean) => (pkg: readonly number[]) =>
  redLine('dprk', pkg, meters) === null && (!knows || redLine('us', pkg, meters) === null);

/** The best value to the DPRK over every package its estimate says the US would accept, by brute force. */
function bruteForce(meters: Meters, belief: OpponentBelief, withDrills: boolean): number | null {
  const allowed = allowedIn(meters, belief.knowsRedLine);
  let best: number | null = null;
  forEachPackage((pkg) => {
    if (estimatedUtility(belief, pkg) < belief.rvGuess - 1e-12 || !allowed(pkg)) return;
    const v = dealValue('dprk', pkg, meters);
    if (best === null || v > best) best = v;
  }, withDrills);
  return best;
}

// Trust on both sides of the intrusive-asks red line (0.6) and of the Libya-model exception (0.8, drills on).
const CASES: readonly Case[] = [
  { trust: 0.35, rvGuess: 0.45, probs: [0.5, 0.5], knowsRedLine: false, withDrills: false },
  { trust: 0.35, rvGuess: 0.3, probs: [0.9, 0.1], knowsRedLine: true, withDrills: false },
  { trust: 0.65, rvGuess: 0.55, probs: [0.2, 0.8], knowsRedLine: false, withDrills: false },
  { trust: 0.65, rvGuess: 0.45, probs: [0.7, 0.3], knowsRedLine: true, withDrills: true },
  { trust: 0.85, rvGuess: 0.6, probs: [0.1, 0.9], knowsRedLine: false, withDrills: true },
  { trust: 0.85, rvGuess: 0.25, probs: [0.5, 0.5], knowsRedLine: true, withDrills: true },
];

describe('the DPRK realistic proposal', () => {
  it.each(CASES)(
    'is the brute force optimum (trust $trust, guess $rvGuess, knows $knowsRedLine, drills $withDrills)',
    (c) => {
      const meters = { ...HISTORICAL_METERS, trustDPRK: c.trust };
      const belief = { ...initialBelief('us'), probs: c.probs, rvGuess: c.rvGuess, knowsRedLine: c.knowsRedLine };
      const found = realisticProposal(meters, belief, c.withDrills);
      const best = bruteForce(meters, belief, c.withDrills);
      expect(best).not.toBeNull();
      expect(found).not.toBeNull();
      if (!found || best === null) return;
      expect(found.self).toBeCloseTo(best, 10);
      expect(dealValue('dprk', found.pkg, meters)).toBeCloseTo(found.self, 10);
      expect(estimatedUtility(belief, found.pkg)).toBeCloseTo(found.opp, 10);
      expect(found.opp).toBeGreaterThanOrEqual(c.rvGuess - 1e-12);
      expect(allowedIn(meters, c.knowsRedLine)(found.pkg)).toBe(true);
    },
    20_000,
  );

  it('is null when no package reaches the guess', () => {
    const belief = { ...initialBelief('us'), rvGuess: 1.01 };
    expect(realisticProposal(HISTORICAL_METERS, belief, false)).toBeNull();
  });
});
