/**
 * The figures the gates check and the adversaries CLI prints, for one player in one seat over a run
 * of seeds: deals, deals with positive gain, deals worse than no deal, seeds where the player's gain beats the AI seat's, and
 * the AI's acceptances (how many, how many below its own private reservation value, the earliest).
 */
import type { Side } from '../../model/ids.ts';
import { runSeed } from '../batch.ts';
import { adversarySettings, type GameResult, type Player, playGame } from './play.ts';

export interface Figures {
  readonly player: string;
  readonly side: Side;
  readonly seeds: number;
  readonly deals: number;
  readonly positiveDeals: number;
  /** Deals that read "worse than no deal" for the player: its value at signing below its walk-away value then. */
  readonly worseDeals: number;
  readonly beatsAi: number;
  readonly aiAcceptances: number;
  readonly aiBelowFloor: number;
  readonly earliestAiAcceptance: number | null;
  readonly meanGain: number;
  readonly meanAiGain: number;
}

/** Gate seeds: `runSeed(1, r)` for r < n, the base the calibration tests use. */
export const gateSeeds = (n: number): number[] => Array.from({ length: n }, (_, r) => runSeed(1, r));

const round = (x: number) => Math.round(x * 10_000) / 10_000;

export function figures(player: Player, side: Side, seeds: readonly number[], settings = adversarySettings(side)): Figures {
  const games: GameResult[] = seeds.map((seed) => playGame(player, side, seed, settings));
  const acceptances = games.flatMap((g) => g.aiAcceptances);
  return {
    player: player.name,
    side,
    seeds: seeds.length,
    deals: games.filter((g) => g.deal).length,
    positiveDeals: games.filter((g) => g.deal && g.gain > 0).length,
    worseDeals: games.filter((g) => g.deal && g.gain < 0).length,
    beatsAi: games.filter((g) => g.gain > g.aiGain).length,
    aiAcceptances: acceptances.length,
    aiBelowFloor: acceptances.filter((a) => a.value < a.floor).length,
    earliestAiAcceptance: acceptances.length > 0 ? round(Math.min(...acceptances.map((a) => a.t))) : null,
    meanGain: round(games.reduce((a, g) => a + g.gain, 0) / Math.max(1, games.length)),
    meanAiGain: round(games.reduce((a, g) => a + g.aiGain, 0) / Math.max(1, games.length)),
  };
}
