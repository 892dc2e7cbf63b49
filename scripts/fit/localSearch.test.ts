import { describe, expect, it } from 'vitest';
import { localSearch } from './localSearch.ts';
import { REFERENCE_WEIGHTS, type Weights, weightDistance } from './params.ts';

/** A toy objective with a known optimum: DPRK sanctions weight as low as it may go, nothing else moved. */
const toy = (w: Weights) => ({ total: w.dprk.sanctions + 0.01 * weightDistance(REFERENCE_WEIGHTS, w) });

describe('weight-fit local search', () => {
  it('only ever keeps a step that lowers the objective', () => {
    const r = localSearch(REFERENCE_WEIGHTS, toy, { seed: 3, iterations: 400 });
    const totals = r.kept.map((k) => k.total);
    for (let i = 1; i < totals.length; i++) expect(totals[i]).toBeLessThan(totals[i - 1]);
    expect(r.bestScore.total).toBeLessThan(toy(REFERENCE_WEIGHTS).total);
    expect(r.best.dprk.sanctions).toBeLessThan(10);
  });

  it('is seeded: the same seed gives the same result, and the start is kept when nothing helps', () => {
    expect(localSearch(REFERENCE_WEIGHTS, toy, { seed: 7, iterations: 50 })).toEqual(
      localSearch(REFERENCE_WEIGHTS, toy, { seed: 7, iterations: 50 }),
    );
    const flat = localSearch(REFERENCE_WEIGHTS, () => ({ total: 1 }), { seed: 7, iterations: 50 });
    expect(flat.best).toEqual(REFERENCE_WEIGHTS);
    expect(flat.kept).toEqual([]);
  });

  it('scores each distinct candidate once', () => {
    let calls = 0;
    const counted = (w: Weights) => {
      calls++;
      return toy(w);
    };
    const r = localSearch(REFERENCE_WEIGHTS, counted, { seed: 5, iterations: 60 });
    expect(calls).toBe(r.scored);
  });
});

describe('local search over any parameters', () => {
  it('takes its steps from the propose function it is given', () => {
    const r = localSearch<{ total: number }, number, number>(10, (x) => ({ total: Math.abs(x - 3) }), {
      seed: 1,
      iterations: 100,
      propose: (x, u) => {
        const step = u[0] < 0.5 ? -1 : 1;
        return { step, next: x + step };
      },
    });
    expect(r.best).toBe(3);
    expect(r.kept.every((k) => k.step === -1)).toBe(true);
  });
});
