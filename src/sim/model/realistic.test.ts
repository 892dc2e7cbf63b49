import { describe, expect, it } from 'vitest';
import { HISTORICAL_METERS, type Meters } from './hidden.ts';
import { issueIndex, LEVEL_COUNTS } from './issues.ts';
import { estimatedUtility, initialBelief, type OpponentBelief } from './opponentModel.ts';
import { forEachPackage, makePackage } from './package.ts';
import { dealValue } from './phases.ts';
import { realisticProposal } from './realistic.ts';
import { complianceBelief, redLine } from './utility.ts';

interface Case {
  readonly trust: number;
  readonly rvGuess: number;
  readonly probs: readonly number[];
  readonly knowsRedLine: boolean;
  readonly withDrills: boolean;
}

const allowedIn = (meters: Meters, knows: boolean) => (pkg: readonly number[]) =>
  redLine('dprk', pkg, meters) === null && (!knows || redLine('us', pkg, meters) === null);

const stateOf = (c: Case) => ({
  meters: { ...HISTORICAL_METERS, trustDPRK: c.trust },
  belief: { ...initialBelief('us'), probs: c.probs, rvGuess: c.rvGuess, knowsRedLine: c.knowsRedLine },
});

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

/** `realisticProposal` in the case's state agrees with the brute force (value, estimate, red lines). */
function expectOptimal(c: Case): void {
  const { meters, belief } = stateOf(c);
  const found = realisticProposal(meters, belief, c.withDrills);
  const best = bruteForce(meters, belief, c.withDrills);
  if (best === null) {
    expect(found).toBeNull();
    return;
  }
  expect(found).not.toBeNull();
  if (!found) return;
  expect(found.self).toBeCloseTo(best, 10);
  expect(dealValue('dprk', found.pkg, meters)).toBeCloseTo(found.self, 10);
  expect(estimatedUtility(belief, found.pkg)).toBeCloseTo(found.opp, 10);
  expect(found.opp).toBeGreaterThanOrEqual(c.rvGuess - 1e-12);
  expect(allowedIn(meters, c.knowsRedLine)(found.pkg)).toBe(true);
}

// Trust on both sides of and at the intrusive-asks red line (0.6) and the Libya-model exception (0.8, drills
// on); guesses from easy to nearly out of reach, where the red lines and the rarest levels decide.
const CASES: readonly Case[] = [
  { trust: 0.35, rvGuess: 0.45, probs: [0.5, 0.5], knowsRedLine: false, withDrills: false },
  { trust: 0.35, rvGuess: 0.3, probs: [0.9, 0.1], knowsRedLine: true, withDrills: false },
  { trust: 0.6, rvGuess: 0.75, probs: [0.3, 0.7], knowsRedLine: true, withDrills: false },
  { trust: 0.65, rvGuess: 0.55, probs: [0.2, 0.8], knowsRedLine: false, withDrills: false },
  { trust: 0.65, rvGuess: 0.45, probs: [0.7, 0.3], knowsRedLine: true, withDrills: true },
  { trust: 0.8, rvGuess: 0.9, probs: [0.5, 0.5], knowsRedLine: false, withDrills: true },
  { trust: 0.85, rvGuess: 0.6, probs: [0.1, 0.9], knowsRedLine: false, withDrills: true },
  { trust: 0.85, rvGuess: 0.25, probs: [0.5, 0.5], knowsRedLine: true, withDrills: true },
  { trust: 1, rvGuess: 0.95, probs: [0.6, 0.4], knowsRedLine: true, withDrills: true },
  { trust: 1, rvGuess: 0.8, probs: [0.9, 0.1], knowsRedLine: false, withDrills: false },
];

describe('the DPRK realistic proposal', () => {
  it.each(CASES)(
    'is the brute force optimum (trust $trust, guess $rvGuess, knows $knowsRedLine, drills $withDrills)',
    (c) => {
      expectOptimal(c);
    },
    20_000,
  );

  it('is null when no package reaches the guess', () => {
    const belief = { ...initialBelief('us'), rvGuess: 1.01 };
    expect(realisticProposal(HISTORICAL_METERS, belief, false)).toBeNull();
  });

  // The search keeps its last answers and, per red-line reading of the trust, its values: states that
  // differ in one thing only, asked in turn, must each get their own answer.
  it('gives each of several states asked in turn its own answer (the caches key on all they read)', () => {
    // At this guess, knowing the US red lines changes the answer (upfront relief), and so do the drills.
    const base: Case = { trust: 0.65, rvGuess: 0.45, probs: [0.5, 0.5], knowsRedLine: false, withDrills: false };
    // High asks with drills: past trust 0.8 the Libya-model exception lets the DPRK offer every warhead.
    const libya: Case = { trust: 0.75, rvGuess: 0.8, probs: [0.5, 0.5], knowsRedLine: false, withDrills: true };
    const variants: Case[] = [
      base,
      { ...base, withDrills: true },
      { ...base, knowsRedLine: true },
      { ...base, trust: 0.75 },
      { ...base, rvGuess: 0.6 },
      { ...base, probs: [0.9, 0.1] },
      base,
      libya,
      { ...libya, trust: 0.85 },
      libya,
    ];
    const values = new Set<number>();
    for (const c of variants) {
      expectOptimal(c);
      const { meters, belief } = stateOf(c);
      values.add(Math.round((realisticProposal(meters, belief, c.withDrills)?.self ?? 0) * 1e9));
    }
    // The states were chosen to have different answers, so a cache that mixed them up would show.
    expect(values.size).toBeGreaterThanOrEqual(7);
  }, 30_000);

  // The values are kept as lines in the DPRK's compliance belief, which holds only while it stays below 1.
  it('reads a compliance belief that never reaches its cap', () => {
    const top = makePackage({ endOfWar: LEVEL_COUNTS[issueIndex('endOfWar')] - 1 });
    expect(complianceBelief('dprk', top, { ...HISTORICAL_METERS, trustDPRK: 1 })).toBeLessThan(1);
  });
});
