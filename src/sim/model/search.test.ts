import { describe, expect, it } from 'vitest';
import { deliberate } from './counterpart.ts';
import { HISTORICAL_METERS } from './hidden.ts';
import { ISSUE_COUNT, issuesInPlay, LEVEL_COUNTS } from './issues.ts';
import { estimatedContribution, estimatedContributions, estimatedUtility, initialBelief, updateBelief } from './opponentModel.ts';
import { withoutOptional } from './package.ts';
import { dealValue } from './phases.ts';
import { PRESETS } from './presets.ts';
import { bestBid, concessionPath, idealPackage } from './search.ts';
import { redLine } from './utility.ts';

const meters = { ...HISTORICAL_METERS, trustUS: 0.45 };
const belief = updateBelief(initialBelief('dprk'), PRESETS.dprkHanoiOffer.pkg);
const allowed = (pkg: readonly number[]) => redLine('us', pkg, meters) === null;
const TARGETS = [0.75, 0.6, 0.5];

/** Best estimated opponent utility among all packages (optional issues at L0) clearing each target, by brute force. */
function bruteForce(): number[] {
  const best = TARGETS.map(() => Number.NEGATIVE_INFINITY);
  const pkg = new Array<number>(ISSUE_COUNT).fill(0);
  const positions = issuesInPlay(false);
  const rec = (k: number) => {
    if (k === positions.length) {
      if (!allowed(pkg)) return;
      const self = dealValue('us', pkg, meters);
      const opp = estimatedUtility(belief, pkg);
      TARGETS.forEach((t, k) => {
        if (self >= t && opp > best[k]) best[k] = opp;
      });
      return;
    }
    const i = positions[k];
    for (let l = 0; l < LEVEL_COUNTS[i]; l++) {
      pkg[i] = l;
      rec(k + 1);
    }
    pkg[i] = 0;
  };
  rec(0);
  return best;
}

describe('bid search', () => {
  it("reads the opponent's estimated contributions from one table per belief, the same numbers one by one", () => {
    for (const b of [belief, initialBelief('us'), updateBelief(initialBelief('us'), PRESETS.usBigDeal.pkg)]) {
      const table = estimatedContributions(b);
      expect(table.map((levels) => levels.length)).toEqual([...LEVEL_COUNTS]);
      for (const [i, levels] of table.entries())
        for (const [l, x] of levels.entries()) expect(x).toBe(estimatedContribution(b, i, l));
    }
  });

  const path = concessionPath('us', idealPackage('us', false), meters, belief, allowed, false);

  it('walks from the ideal package down, never crossing its own red line', () => {
    expect(path.length).toBeGreaterThan(10);
    expect(path[0].self).toBeGreaterThan(path[path.length - 1].self);
    for (const p of path) expect(allowed(p.pkg)).toBe(true);
  });

  it('finds bids within 0.03 of the brute-force best for the opponent at each target', () => {
    const exact = bruteForce();
    TARGETS.forEach((target, k) => {
      const bid = bestBid('us', path, target, meters, belief, allowed, false);
      expect(bid.self).toBeGreaterThanOrEqual(target);
      expect(exact[k] - bid.opp).toBeLessThanOrEqual(0.03);
    });
  }, 10_000);
});

describe('counterpart', () => {
  const view = {
    side: 'dprk' as const,
    meters: HISTORICAL_METERS,
    persona: 'historical' as const,
    belief: initialBelief('us'),
    standing: null,
    theirOffers: [],
    refused: 0,
    withDrills: false,
    draw: 0.5,
  };

  it('a Boulware side opens high (the DPRK: at its realistic proposal) and concedes toward its reservation value over time', () => {
    const early = deliberate({ ...view, t: 0 });
    const late = deliberate({ ...view, t: 0.99 });
    expect(early.move.type).toBe('OFFER');
    expect(early.target).toBeGreaterThan(late.target);
    expect(late.target).toBeGreaterThanOrEqual(late.rv - 0.02);
  });

  it('accepts an offer worth more than its next bid, and never one across its red line', () => {
    const generous = idealPackage('dprk', false);
    expect(deliberate({ ...view, t: 0.5, standing: { by: 'us', pkg: generous } }).move.type).toBe('ACCEPT');
    expect(deliberate({ ...view, t: 0.99, standing: { by: 'us', pkg: PRESETS.usBigDeal.pkg } }).move.type).not.toBe('ACCEPT');
  });

  it('a US side with a hopeless table walks once it is late enough', () => {
    const us = {
      ...view,
      side: 'us' as const,
      belief: initialBelief('dprk'),
      meters: { ...HISTORICAL_METERS, domesticUS: 0.9, hawk: 0.9, trustUS: 0.1 },
    };
    expect(deliberate({ ...us, t: 0.6, standing: { by: 'dprk', pkg: PRESETS.dprkHanoiOffer.pkg } }).move.type).toBe('WALK');
    expect(deliberate({ ...us, t: 0.0, standing: { by: 'dprk', pkg: PRESETS.dprkHanoiOffer.pkg } }).move.type).toBe('OFFER');
  });
});

describe('search respects the table', () => {
  it('never puts the drills linkage on the table when it is off, even when repairing a red line', () => {
    const m = { ...HISTORICAL_METERS, trustDPRK: 0.9 };
    const belief = { ...initialBelief('dprk'), knowsRedLine: true };
    const allowedUS = (pkg: readonly number[]) => redLine('us', pkg, m) === null && redLine('dprk', pkg, m) === null;
    for (const withDrills of [false, true]) {
      const path = concessionPath('us', idealPackage('us', withDrills), m, belief, allowedUS, withDrills);
      if (!withDrills) for (const p of path) expect(p.pkg).toEqual(withoutOptional(p.pkg));
      for (const p of path) expect(allowedUS(p.pkg)).toBe(true);
    }
  });
});
