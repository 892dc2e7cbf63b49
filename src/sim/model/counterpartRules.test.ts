/** The exploit-proof counterpart's rules, one by one: private RV, RV learning, stall detection, labels, floor. */
import { describe, expect, it } from 'vitest';
import { classifyOffer, deliberate } from './counterpart.ts';
import { HISTORICAL_METERS, PRIVATE_RV_SPREAD, privateReservation, reservation, reservationShift } from './hidden.ts';
import { estimatedUtility, initialBelief, updateRvGuess } from './opponentModel.ts';
import { dealValue } from './phases.ts';
import { PRESETS } from './presets.ts';
import { idealPackage } from './search.ts';
import { repeatRun, stallStart } from './stall.ts';

describe('private reservation value', () => {
  it('differs by seed within the spread and is the same for the same seed', () => {
    const shifts = Array.from({ length: 200 }, (_, s) => reservationShift(s, 'dprk'));
    expect(Math.max(...shifts.map(Math.abs))).toBeLessThanOrEqual(PRIVATE_RV_SPREAD);
    expect(new Set(shifts.map((x) => x.toFixed(4))).size).toBeGreaterThan(150);
    expect(reservationShift(7, 'us')).toBe(reservationShift(7, 'us'));
    expect(privateReservation('us', HISTORICAL_METERS, 7)).toBeCloseTo(
      reservation('us', HISTORICAL_METERS) + reservationShift(7, 'us'),
      12,
    );
  });
});

describe('learning the other side’s reservation value', () => {
  it('never rises and falls below an offer the other side values little', () => {
    const belief = initialBelief('us');
    const offer = idealPackage('dprk', false);
    const next = updateRvGuess(belief, [offer]);
    expect(next.rvGuess).toBeLessThanOrEqual(belief.rvGuess);
    expect(next.rvGuess).toBeLessThanOrEqual(Math.max(0.2, estimatedUtility(belief, offer) - 0.02) + 1e-12);
    expect(next.rvGuess).toBeLessThan(belief.rvGuess);
    expect(updateRvGuess(belief, [idealPackage('us', false)]).rvGuess).toBe(belief.rvGuess);
  });
});

describe('stall detection', () => {
  it('counts a run of near-identical offers and finds where it began', () => {
    const a = PRESETS.yongbyonPlus.pkg;
    const near = a.map((l, i) => (i === 0 && l > 0 ? l - 1 : l));
    expect(repeatRun([PRESETS.usBigDeal.pkg, a, near, a])).toBe(3);
    expect(stallStart([PRESETS.usBigDeal.pkg, a, near, a])).toBe(1);
    expect(stallStart([PRESETS.usBigDeal.pkg, a])).toBeNull();
  });

  it('a stalled counterpart holds its target where the stall began instead of conceding to the deadline', () => {
    const pkg = PRESETS.smallDeal.pkg;
    const view = {
      side: 'dprk' as const,
      meters: HISTORICAL_METERS,
      persona: 'historical' as const,
      belief: initialBelief('us'),
      standing: { by: 'us' as const, pkg },
      theirOffers: [pkg, pkg, pkg, pkg],
      theirTimes: [0.1, 0.2, 0.3, 0.4],
      refused: 0,
      withDrills: false,
      draw: 0.5,
    };
    const stalled = deliberate({ ...view, t: 0.99 });
    const moving = deliberate({ ...view, t: 0.99, theirOffers: [PRESETS.usBigDeal.pkg, pkg], theirTimes: [0.1, 0.4] });
    expect(stalled.stalled).toBe(true);
    expect(moving.stalled).toBe(false);
    expect(stalled.target).toBeGreaterThan(moving.target + 0.05);
  });
});

describe('acceptance floor and labels', () => {
  it('never accepts below its private reservation value, even at the deadline', () => {
    const m = HISTORICAL_METERS;
    const pkg = PRESETS.smallDeal.pkg;
    const value = dealValue('dprk', pkg, m);
    const shift = value - reservation('dprk', m) + 0.01; // private RV just above the offer's value
    const d = deliberate({
      side: 'dprk',
      meters: m,
      persona: 'historical',
      t: 0.999,
      belief: initialBelief('us'),
      standing: { by: 'us', pkg },
      theirOffers: [PRESETS.usBigDeal.pkg, PRESETS.yongbyonPlus.pkg, pkg],
      refused: 0,
      withDrills: false,
      draw: 0.5,
      rvShift: shift,
    });
    expect(d.rv).toBeGreaterThan(value);
    expect(d.move.type).not.toBe('ACCEPT');
  });

  it('the semi-fair/unfair border moves with the noise, so no single threshold is exposed', () => {
    const m = HISTORICAL_METERS;
    const pkg = PRESETS.yongbyonPlus.pkg;
    const value = dealValue('us', pkg, m);
    const labels = new Set([0, 0.25, 0.5, 0.75, 0.999].map((j) => classifyOffer('us', pkg, m, 2, value, j)));
    expect(labels).toEqual(new Set(['semiFair', 'unfair']));
  });
});
