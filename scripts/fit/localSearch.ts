/**
 * The weight fit's search: a seeded random local search (first improvement). Each iteration draws one
 * step (a point or two of one side's weight from one issue to another), scores the candidate, and keeps
 * it only if the objective falls. Pure given its scorer, so a test can drive it with a toy objective;
 * the fit passes a scorer that measures each candidate in a process of its own.
 */
import { rngStream, seedRng } from '../../src/sim/model/rng.ts';
import { applyStep, type Step, stepFromDraws, type Weights } from './params.ts';

export interface SearchResult<S> {
  readonly best: Weights;
  readonly bestScore: S;
  /** The steps kept, in order, with the objective after each. */
  readonly kept: readonly { readonly iteration: number; readonly step: Step; readonly total: number }[];
  /** Distinct candidates scored (the start included; a candidate met twice is scored once). */
  readonly scored: number;
}

export function localSearch<S extends { readonly total: number }>(
  start: Weights,
  score: (w: Weights) => S,
  options: { readonly seed: number; readonly iterations: number },
): SearchResult<S> {
  const draw = rngStream(seedRng(options.seed));
  const seen = new Map<string, S>();
  const scoreOnce = (w: Weights): S => {
    const key = JSON.stringify(w);
    let s = seen.get(key);
    if (!s) {
      s = score(w);
      seen.set(key, s);
    }
    return s;
  };
  let best = start;
  let bestScore = scoreOnce(start);
  const kept: { iteration: number; step: Step; total: number }[] = [];
  for (let iteration = 1; iteration <= options.iterations; iteration++) {
    const step = stepFromDraws([draw(), draw(), draw(), draw()]);
    const next = applyStep(best, step);
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
