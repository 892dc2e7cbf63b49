/** Messages between the page and the odds worker. Both directions carry plain data only. */
import type { Odds, OddsStart } from '../../sim/session/odds.ts';

export interface OddsRequest {
  readonly start: OddsStart;
  readonly rollouts: number;
  /** Rollouts between two progress messages. */
  readonly chunk: number;
}

export type OddsReply =
  | { readonly type: 'progress'; readonly odds: Odds; readonly ms: number }
  | { readonly type: 'done'; readonly odds: Odds; readonly ms: number }
  | { readonly type: 'error'; readonly message: string };

/** Several starts, one after another in one worker (the debrief's odds of each decision). */
export interface OddsBatchRequest {
  readonly starts: readonly OddsStart[];
  readonly rollouts: number;
}

export type OddsBatchReply =
  | { readonly type: 'item'; readonly index: number; readonly odds: Odds }
  | { readonly type: 'done'; readonly ms: number }
  | { readonly type: 'error'; readonly message: string };
