/**
 * The fits' search: a seeded random local search (first improvement). Each iteration draws one step
 * (for the weight fit a point or two of one side's weight from one issue to another; for the bridge fit
 * one level value up or down), scores the candidate, and keeps it only if the objective falls. Pure
 * given its scorer, so a test can drive it with a toy objective; the fits pass a scorer that measures
 * each candidate in a process of its own.
 */
import { rngStream, seedRng } from '../../src/sim/model/rng.ts';
import { applyStep, type Step, stepFromDraws, type Weights } from './params.ts';

export interface SearchResult<P, St, S> {
  readonly best: P;
  readonly bestScore: S;
  /** The steps kept, in order, with the objective after each. */
  readonly kept: readonly { readonly iteration: number; readonly step: St; readonly total: number }[];
  /** Distinct candidates scored (the start included; a candidate met twice is scored once). */
  readonly scored: number;
}

/** Draws a step from four uniform draws and applies it (null: not a legal candidate). */
export type Propose<P, St> = (current: P, u: readonly [number, number, number, number]) => { step: St; next: P | null };

const proposeWeights: Propose<Weights, Step> = (current, u) => {
  const step = stepFromDraws(u);
  return { step, next: applyStep(current, step) };
};

export function localSearch<S extends { readonly total: number }, P = Weights, St = Step>(
  start: P,
  score: (p: P) => S,
  options: { readonly seed: number; readonly iterations: number; readonly propose?: Propose<P, St> },
): SearchResult<P, St, S> {
  const propose = options.propose ?? (proposeWeights as unknown as Propose<P, St>);
  const draw = rngStream(seedRng(options.seed));
  const seen = new Map<string, S>();
  const scoreOnce = (p: P): S => {
    const key = JSON.stringify(p);
    let s = seen.get(key);
    if (!s) {
      s = score(p);
      seen.set(key, s);
    }
    return s;
  };
  let best = start;
  let bestScore = scoreOnce(start);
  const kept: { iteration: number; step: St; total: number }[] = [];
  for (let iteration = 1; iteration <= options.iterations; iteration++) {
    const { step, next } = propose(best, [draw(), draw(), draw(), draw()]);
    if (!next) continue;
    const s = scoreOnce(next);
    if (s.total < bestScore.total - 1e-9) {
      best = next;
      bestScore = s;
      kept.push({ iteration, step, total: s.total });
    }
  }
  return { best, bestScore, kept, scored: seen.size };
}
