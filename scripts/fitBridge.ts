/**
 * npm run -s fit:bridge -- [--seed 1] [--iterations 120] [--seeds 40] [--calibration-seeds 100] [--confirm-seeds 200]
 *
 * Fits the level values and weights to issue 10's ask "the analysts' bridge sits near the Nash point in the no-Cohen
 * state", and the deals the counterparts sign to look like it, by a small documented optimisation: a
 * seeded random local search (./fit/localSearch.ts) over both sides' level values (./fit/values.ts:
 * steps of 0.05, scale ends fixed, every scale strictly monotone) and weights (./fit/params.ts), from
 * the table's, minimising
 * ./fit/bridgeObjective.ts (the Nash point's distance from the bridge, the signed bridges' distance from
 * it, penalties for worse openings, for values moved, for the two Hanoi papers leaving their ±0.02
 * band, for the bridge not clearing for either side and for the calibration figures falling). Each candidate is measured in a process of its own
 * (./fit/evaluate.ts); the start and the winner are measured again on `--confirm-seeds`. Prints JSON;
 * progress goes to stderr. It changes no file: applying a winner to src/sim/model/issues.ts is a
 * separate, reviewed step (docs/model.md).
 *
 * `--testing-grid` scores instead, on the same objective and seeds, every pair of the two middle testing
 * values the local search cannot reach in steps of 0.05 without passing worse candidates: the US value of
 * a written halt (L1, 0.60–0.90) and the DPRK's value of verified closure of the test sites (L2,
 * 0.70–0.20); the rest of the table stays as it is. The best pair is measured again on `--confirm-seeds`.
 */
import { intArg, parseArgs, runCli } from './args.ts';
import { type BridgeBaseline, bridgeObjective, bridgesWithin } from './fit/bridgeObjective.ts';
import { type Evaluation, evaluateCandidate } from './fit/candidate.ts';
import { localSearch } from './fit/localSearch.ts';
import { applyStep, type Step, stepFromDraws, tableWeights, type Weights, weightChanges, weightDistance } from './fit/params.ts';
import {
  applyValueStep,
  tableValues,
  type ValueStep,
  type Values,
  valueChanges,
  valueDistance,
  valueStepFromDraws,
} from './fit/values.ts';

/** A bridge-fit candidate: both sides' weights and level values. */
interface Candidate {
  readonly weights: Weights;
  readonly values: Values;
}
type CandidateStep = { readonly weight: Step } | { readonly value: ValueStep };

const measured = (e: Evaluation, anchor: Candidate, c: Candidate) => ({
  nashApart: e.nash?.issuesApart ?? null,
  withinTwoShare: e.nash?.withinTwoShare ?? 0,
  bridgeDistances: e.calibration.bridgeDistances,
  openings: e.openings.us.meanIssuesDiffering + e.openings.dprk.meanIssuesDiffering,
  valueSteps: valueDistance(anchor.values, c.values),
  pointsMoved: weightDistance(anchor.weights, c.weights),
  referenceErrors: e.referenceErrors,
  calibrationSeeds: e.calibration.seeds,
  usWalksWithCohen: e.calibration.usWalksWithCohen,
  bridgesWithoutCohen: e.calibration.bridgesWithoutCohen,
  bridgeSurplus: e.nash?.bridgeSurplus ?? null,
});

const baselineOf = (e: Evaluation): BridgeBaseline => ({
  openings: e.openings.us.meanIssuesDiffering + e.openings.dprk.meanIssuesDiffering,
  referenceErrors: e.referenceErrors,
});

runCli(() => {
  const args = parseArgs(process.argv.slice(2), [
    'seed',
    'iterations',
    'seeds',
    'calibration-seeds',
    'confirm-seeds',
    'testing-grid',
    'json',
  ]);
  const seed = intArg(args, 'seed', 1, 0xffffffff);
  const iterations = intArg(args, 'iterations', 120, 10_000);
  const seeds = intArg(args, 'seeds', 40, 100_000);
  const calibrationSeeds = intArg(args, 'calibration-seeds', 100, 100_000);
  const confirmSeeds = intArg(args, 'confirm-seeds', 200, 100_000);
  const anchor: Candidate = { weights: tableWeights(), values: tableValues() };
  const evaluate = (c: Candidate, n: number, k: number) => evaluateCandidate(c, n, k);

  const startEval = evaluate(anchor, seeds, calibrationSeeds);
  const base = baselineOf(startEval);
  const confirm = (c: Candidate) => evaluate(c, confirmSeeds, confirmSeeds);
  const summary = (e: Evaluation, c: Candidate, before: Evaluation) => ({
    objective: bridgeObjective(measured(e, anchor, c), baselineOf(before)),
    nash: e.nash,
    bridges: e.calibration.bridgesWithoutCohen,
    bridgesWithinTwo: bridgesWithin(e.calibration.bridgeDistances, 2),
    usWalksWithCohen: e.calibration.usWalksWithCohen,
    openings: { us: e.openings.us, dprk: e.openings.dprk },
    reference: e.reference,
  });

  if (args.has('testing-grid')) {
    const withTesting = (us1: number, dprk2: number): Candidate => {
      const us = [...anchor.values.us.testing];
      const dprk = [...anchor.values.dprk.testing];
      us[1] = us1;
      dprk[2] = dprk2;
      return {
        ...anchor,
        values: { us: { ...anchor.values.us, testing: us }, dprk: { ...anchor.values.dprk, testing: dprk } },
      };
    };
    const cells = [];
    for (const us1 of [0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9]) {
      for (const dprk2 of [0.7, 0.6, 0.5, 0.4, 0.3, 0.2]) {
        const c = withTesting(us1, dprk2);
        const same = JSON.stringify(c.values) === JSON.stringify(anchor.values);
        const e = same ? startEval : evaluate(c, seeds, calibrationSeeds);
        const parts = bridgeObjective(measured(e, anchor, c), base);
        process.stderr.write(`testing US L1 ${us1}, DPRK L2 ${dprk2}: J = ${parts.total.toFixed(3)}\n`);
        cells.push({
          us1,
          dprk2,
          total: Math.round(parts.total * 1000) / 1000,
          nash: parts.nash,
          deals: Math.round(parts.deals * 1000) / 1000,
          shortfall: Math.round(parts.shortfall * 1000) / 1000,
          reference: Math.round(parts.reference * 1000) / 1000,
          calibration: Math.round(parts.calibration * 1000) / 1000,
          bridges: e.calibration.bridgesWithoutCohen,
          withinTwo: bridgesWithin(e.calibration.bridgeDistances, 2),
          usWalksWithCohen: e.calibration.usWalksWithCohen,
          candidate: c,
        });
      }
    }
    // J already charges each step moved from the table; an exact tie keeps the first pair in grid order.
    const best = cells.reduce((a, b) => (b.total < a.total - 1e-9 ? b : a));
    const before = confirm(anchor);
    return {
      testingGrid: true,
      seeds,
      calibrationSeeds,
      cells: cells.map(({ candidate, ...rest }) => rest),
      best: { us1: best.us1, dprk2: best.dprk2 },
      confirm: {
        seeds: confirmSeeds,
        before: summary(before, anchor, before),
        after: summary(confirm(best.candidate), best.candidate, before),
      },
    };
  }

  let n = 0;
  const result = localSearch<ReturnType<typeof bridgeObjective> & { evaluation: Evaluation }, Candidate, CandidateStep>(
    anchor,
    (c) => {
      const e = n === 0 ? startEval : evaluate(c, seeds, calibrationSeeds);
      n++;
      const parts = bridgeObjective(measured(e, anchor, c), base);
      process.stderr.write(
        `candidate ${n}: J = ${parts.total.toFixed(3)} (nash ${parts.nash}, deals ${parts.deals.toFixed(2)}, shortfall ${parts.shortfall.toFixed(2)}, reference ${parts.reference.toFixed(2)}, reading ${parts.reading.toFixed(2)})\n`,
      );
      return { ...parts, evaluation: e };
    },
    {
      seed,
      iterations,
      // Half the steps move a level value, half a point or two of weight; the first draw picks which
      // and is reused, rescaled, as the step's own first draw.
      propose: (current, u) => {
        const rest: [number, number, number, number] = [(u[0] * 2) % 1, u[1], u[2], u[3]];
        if (u[0] < 0.5) {
          const value = valueStepFromDraws(current.values, rest);
          const values = applyValueStep(current.values, value);
          return { step: { value }, next: values ? { ...current, values } : null };
        }
        const weight = stepFromDraws(rest);
        const weights = applyStep(current.weights, weight);
        return { step: { weight }, next: weights ? { ...current, weights } : null };
      },
    },
  );

  const before = confirm(anchor);
  const after = JSON.stringify(result.best) === JSON.stringify(anchor) ? before : confirm(result.best);
  return {
    seed,
    iterations,
    seeds,
    calibrationSeeds,
    scored: result.scored,
    end: {
      values: valueChanges(anchor.values, result.best.values),
      valueSteps: valueDistance(anchor.values, result.best.values),
      weights: weightChanges(anchor.weights, result.best.weights),
      pointsMoved: weightDistance(anchor.weights, result.best.weights),
    },
    kept: result.kept,
    confirm: { seeds: confirmSeeds, before: summary(before, anchor, before), after: summary(after, result.best, before) },
  };
});
