/**
 * Odds from here: the distribution of endings over seeded rollouts from any point of a game.
 * Rollout policy: from the given state, both seats are played by the AI counterpart in open mode
 * (the model, not the record), each rollout with its own generator state derived from the node's.
 * Runs on the pure reducers, without an actor, so a Web Worker can run it off the main thread.
 */
import { autoMove } from '../machine/ai.ts';
import { step } from '../machine/step.ts';
import type { GameContext } from '../machine/types.ts';
import type { EndingId } from '../model/ids.ts';

export const ROLLOUT_POLICY =
  'Both sides played by the AI counterpart (open mode: the negotiation model, not the record), from this exact point, one seeded rollout each.';

/** Where rollouts start: the whole state, hidden parts included, so front ends only pass it on. */
export interface OddsStart {
  readonly kind: 'odds-start';
  readonly state: unknown;
}

export interface Odds {
  readonly rollouts: number;
  readonly endings: Partial<Record<EndingId, number>>;
}

/** Rollout `index` starts from the node's state with its own generator state and the AI on both seats. */
const rolloutStart = (from: OddsStart | GameContext, index: number): GameContext => {
  const start = 'kind' in from && from.kind === 'odds-start' ? (from.state as GameContext) : (from as GameContext);
  return {
    ...start,
    rng: (start.rng ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0,
    settings: { ...start.settings, mode: 'open', seats: { us: 'ai', dprk: 'ai' } },
  };
};

export function rollout(start: OddsStart | GameContext, index: number, maxMoves = 500): EndingId | null {
  let ctx = rolloutStart(start, index);
  for (let i = 0; i < maxMoves && ctx.beatId !== null; i++) {
    const move = autoMove(ctx);
    if (!move) break;
    ctx = step(ctx, move);
  }
  return ctx.ending;
}

/**
 * The same rollout, pausing after every move: a whole game can take tens of milliseconds, so a
 * caller that must run on the page (no Web Worker) yields between moves, not only between rollouts.
 */
export function* rolloutByMove(
  start: OddsStart | GameContext,
  index: number,
  maxMoves = 500,
): Generator<undefined, EndingId | null> {
  let ctx = rolloutStart(start, index);
  for (let i = 0; i < maxMoves && ctx.beatId !== null; i++) {
    const move = autoMove(ctx);
    if (!move) break;
    ctx = step(ctx, move);
    yield;
  }
  return ctx.ending;
}

/** `onProgress` lets a worker report partial results; it is called every `chunk` rollouts. */
export function oddsFrom(start: OddsStart | GameContext, rollouts = 500, onProgress?: (partial: Odds) => void, chunk = 50): Odds {
  const endings: Partial<Record<EndingId, number>> = {};
  for (let r = 0; r < rollouts; r++) {
    const ending = rollout(start, r);
    if (ending) endings[ending] = (endings[ending] ?? 0) + 1;
    if (onProgress && (r + 1) % chunk === 0) onProgress({ rollouts: r + 1, endings: { ...endings } });
  }
  return { rollouts, endings };
}
