/**
 * The two whole-game calibration figures docs/model.md claims and src/sim/session/calibration.test.ts
 * holds, as one pure function: with both seats on the computer in open mode, how often the US walks out
 * under the historical state with the Cohen hearing, and how often a bridging deal is signed without the
 * hearing and with hawk influence at 0.45. The weight fit (`scripts/fitWeights.ts`) reads them so that a
 * candidate that moves the openings cannot quietly break the claims.
 */
import type { GameContext } from '../machine/types.ts';
import type { Meters } from '../model/hidden.ts';
import { issuesOff, type Package } from '../model/package.ts';
import { PRESETS } from '../model/presets.ts';
import { runSeed } from './batch.ts';
import { Session } from './session.ts';
import { normalizeSettings } from './settings.ts';

/** The endings that count as a bridge (the test's set). */
export const BRIDGE_ENDINGS: ReadonlySet<string> = new Set(['yongbyonPlus', 'comprehensive']);

export interface CalibrationFigures {
  readonly seeds: number;
  /** Seeds (of `seeds`) in which the US walks without a deal, historical state with the Cohen hearing. */
  readonly usWalksWithCohen: number;
  /** Seeds in which a bridging deal is signed, no Cohen hearing, hawk influence 0.45. */
  readonly bridgesWithoutCohen: number;
  /**
   * For each of those bridges, on how many issues the signed package differs from the analysts'
   * "Yongbyon-plus" bridge (`PRESETS.yongbyonPlus`): what the deals say, not only their label.
   */
  readonly bridgeDistances: readonly number[];
  /** Those bridges as signed: the package and the meters it was signed in (its frozen valuation's). */
  readonly bridgeDeals: readonly { readonly pkg: Package; readonly meters: Meters }[];
}

function endings(seeds: number, meters: Record<string, number>, events: Record<string, 'on' | 'off'>): GameContext[] {
  const settings = normalizeSettings({ seats: { us: 'ai', dprk: 'ai' }, mode: 'open', meters, events });
  return Array.from({ length: seeds }, (_, r) => {
    const s = Session.start(settings, runSeed(1, r));
    s.runAuto();
    return s.context;
  });
}

/** The games' ends with the Cohen hearing, historical state, runs 0..`seeds`−1 of `runSeed(1, r)`. */
export const cohenGames = (seeds: number): GameContext[] => endings(seeds, {}, { 'ev.cohen': 'on' });
/** The same runs without the hearing and with hawk influence at 0.45. */
export const noCohenGames = (seeds: number): GameContext[] => endings(seeds, { hawk: 0.45 }, { 'ev.cohen': 'off' });
/** Of those, the games that end in a bridging deal. */
export const bridgesOf = (games: readonly GameContext[]): GameContext[] =>
  games.filter((c) => c.ending !== null && BRIDGE_ENDINGS.has(c.ending));

/** The games in which the US walked out and nothing was signed (the walkout claim's count). */
export const usWalkouts = (games: readonly GameContext[]): GameContext[] => games.filter((c) => c.walkedBy === 'us' && !c.signed);

/** Both figures over runs 0..`seeds`−1 of `runSeed(1, r)`, the calibration test's seeds. */
export function calibrationFigures(seeds: number): CalibrationFigures {
  const cohen = cohenGames(seeds);
  const bridges = bridgesOf(noCohenGames(seeds));
  return {
    seeds,
    usWalksWithCohen: usWalkouts(cohen).length,
    bridgesWithoutCohen: bridges.length,
    bridgeDistances: bridges.flatMap((c) => (c.valuation ? [issuesOff(c.valuation.pkg, PRESETS.yongbyonPlus.pkg).length] : [])),
    bridgeDeals: bridges.flatMap((c) => (c.valuation ? [{ pkg: c.valuation.pkg, meters: c.valuation.meters }] : [])),
  };
}
