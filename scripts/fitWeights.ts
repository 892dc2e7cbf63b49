/**
 * npm run -s fit -- [--seed 1] [--iterations 80] [--seeds 40] [--calibration-seeds 100] [--confirm-seeds 200]
 *
 * Fits the issue weights to issue 10's ask, "the two Hanoi papers are each side's rational opening", by
 * a small documented optimisation rather than by hand: a seeded random local search (./fit/localSearch.ts)
 * over both sides' weights (./fit/params.ts: whole points, each side's summing to 100, starting from the
 * §3.3 weights), minimising the
 * objective of ./fit/objective.ts (how far the openings are from the papers, plus penalties for moving
 * away from the reference weights, for the reference packages leaving their ±0.02 band, and for the
 * calibration figures falling). Each candidate is measured in a process of its own (./fit/evaluate.ts)
 * on `--seeds` opening seeds and `--calibration-seeds` whole games per scenario; the start and the winner
 * are then measured again on `--confirm-seeds`. Prints JSON (with `table`: how the issue table's weights
 * stand against the start, and whether they are the winner); progress goes to stderr. It changes no
 * file: applying a winner to src/sim/model/issues.ts is a separate, reviewed step (docs/model.md).
 */
import { intArg, parseArgs, runCli } from './args.ts';
import { type Evaluation, evaluateCandidate } from './fit/candidate.ts';
import { localSearch } from './fit/localSearch.ts';
import { type Measured, objective } from './fit/objective.ts';
import { REFERENCE_WEIGHTS, tableWeights, type Weights, weightChanges, weightDistance } from './fit/params.ts';

const evaluate = (w: Weights, seeds: number, calibrationSeeds: number): Evaluation =>
  evaluateCandidate(w, seeds, calibrationSeeds);

const measured = (e: Evaluation, anchor: Weights, w: Weights): Measured => ({
  openingsUs: e.openings.us.meanIssuesDiffering,
  openingsDprk: e.openings.dprk.meanIssuesDiffering,
  pointsMoved: weightDistance(anchor, w),
  referenceErrors: e.referenceErrors,
  calibrationSeeds: e.calibration.seeds,
  usWalksWithCohen: e.calibration.usWalksWithCohen,
  bridgesWithoutCohen: e.calibration.bridgesWithoutCohen,
});

runCli(() => {
  const args = parseArgs(process.argv.slice(2), ['seed', 'iterations', 'seeds', 'calibration-seeds', 'confirm-seeds', 'json']);
  const seed = intArg(args, 'seed', 1, 0xffffffff);
  const iterations = intArg(args, 'iterations', 80, 10_000);
  const seeds = intArg(args, 'seeds', 40, 100_000);
  const calibrationSeeds = intArg(args, 'calibration-seeds', 100, 100_000);
  const confirmSeeds = intArg(args, 'confirm-seeds', 200, 100_000);
  const anchor = REFERENCE_WEIGHTS;
  const table = tableWeights();

  const startEval = evaluate(anchor, seeds, calibrationSeeds);
  const base = { ...startEval.calibration, referenceErrors: startEval.referenceErrors };
  let n = 0;
  const result = localSearch(
    anchor,
    (w) => {
      const e = n === 0 ? startEval : evaluate(w, seeds, calibrationSeeds);
      n++;
      const parts = objective(measured(e, anchor, w), base);
      process.stderr.write(`candidate ${n}: J = ${parts.total.toFixed(3)}\n`);
      return { ...parts, evaluation: e };
    },
    { seed, iterations },
  );

  // The start and the winner again, on more seeds.
  const confirm = (w: Weights) => evaluate(w, confirmSeeds, confirmSeeds);
  const before = confirm(anchor);
  const after = JSON.stringify(result.best) === JSON.stringify(anchor) ? before : confirm(result.best);
  const summary = (e: Evaluation, w: Weights) => ({
    objective: objective(measured(e, anchor, w), { ...before.calibration, referenceErrors: before.referenceErrors }),
    openings: e.openings,
    calibration: e.calibration,
    reference: e.reference,
  });
  return {
    seed,
    iterations,
    seeds,
    calibrationSeeds,
    scored: result.scored,
    start: { weights: anchor },
    table: { changes: weightChanges(anchor, table), sameAsEnd: JSON.stringify(table) === JSON.stringify(result.best) },
    end: { weights: result.best, changes: weightChanges(anchor, result.best), pointsMoved: weightDistance(anchor, result.best) },
    objectiveInLoop: {
      before: objective(measured(startEval, anchor, anchor), base),
      after: { ...result.bestScore, evaluation: undefined },
    },
    kept: result.kept,
    confirm: { seeds: confirmSeeds, before: summary(before, anchor), after: summary(after, result.best) },
  };
});
