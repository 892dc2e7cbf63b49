/**
 * npm run -s fit:belief -- [--seed 1] [--iterations 40] [--seeds 100] [--calibration-seeds 100] [--confirm-seeds 200]
 *   [--start '{"emphasis":{"yongbyon":4,…},"prior":0.9}']
 *
 * Fits what the DPRK believes of the US before the talks — the "deal-maker" type's emphasis on each issue
 * and the prior on that type (src/sim/model/opponentTypes.ts) — so that its realistic proposal
 * (src/sim/model/realistic.ts), its opening at the table, is its Hanoi paper, while the deals it then
 * signs stay like the analysts' bridge. A seeded random local search (./fit/localSearch.ts): each step
 * doubles or halves one issue's emphasis, or moves the prior by 0.05. Objective (./fit/beliefObjective.ts,
 * lower is better): the DPRK opening's mean issues off its paper; 5 (`--deals-weight`) × the share of the no-Cohen bridges
 * more than two issues from the reference; 10 × the shortfall of the US walk-outs with the Cohen hearing
 * and of the bridges without it below the calibration floors (80%, 30%); 0.05 per halving or doubling
 * away from the start. Each candidate is measured in a process of its own (./fit/evaluate.ts). Prints
 * JSON; progress goes to stderr. Changes no file: applying a winner is a separate, reviewed step. `--start`
 * begins from another belief than the one in opponentTypes.ts (and measures the moves from it).
 */

import { ISSUE_IDS } from '../src/sim/model/issues.ts';
import { OPPONENT_TYPES, PRIORS } from '../src/sim/model/opponentTypes.ts';
import { intArg, parseArgs, runCli } from './args.ts';
import { beliefObjective, DEALS_WEIGHT } from './fit/beliefObjective.ts';
import { type BeliefCandidate, evaluateCandidate } from './fit/candidate.ts';
import { localSearch, type Propose } from './fit/localSearch.ts';

type BeliefStep = { readonly issue: string; readonly factor: number } | { readonly prior: number };

const propose: Propose<BeliefCandidate, BeliefStep> = (current, u) => {
  if (u[0] < 0.2) {
    const delta = u[1] < 0.5 ? -0.05 : 0.05;
    const prior = Math.round((current.prior + delta) * 100) / 100;
    return { step: { prior: delta }, next: prior < 0.05 || prior > 0.95 ? null : { ...current, prior } };
  }
  const issue = ISSUE_IDS[Math.floor(u[1] * ISSUE_IDS.length)];
  const factor = u[2] < 0.5 ? 0.5 : 2;
  const e = (current.emphasis[issue] ?? 1) * factor;
  if (e < 1 / 16 || e > 16) return { step: { issue, factor }, next: null };
  return { step: { issue, factor }, next: { ...current, emphasis: { ...current.emphasis, [issue]: e } } };
};

/** A belief given on the command line, checked: emphasis on known issues in [1/16, 16], a prior in (0, 1). */
function startFrom(raw: string | true | undefined): BeliefCandidate {
  if (typeof raw !== 'string') throw new Error('--start needs a JSON belief: {"emphasis": {...}, "prior": 0.9}');
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new Error(`--start is not JSON: ${raw}`);
  }
  const b = parsed as Partial<BeliefCandidate>;
  if (typeof b.prior !== 'number' || !(b.prior > 0 && b.prior < 1))
    throw new Error('--start: "prior" must be a number between 0 and 1');
  if (!b.emphasis || typeof b.emphasis !== 'object')
    throw new Error('--start: "emphasis" must be an object of issue multipliers');
  for (const [id, e] of Object.entries(b.emphasis)) {
    if (!(ISSUE_IDS as readonly string[]).includes(id)) throw new Error(`--start: unknown issue "${id}"`);
    if (typeof e !== 'number' || !(e >= 1 / 16 && e <= 16)) throw new Error(`--start: emphasis on ${id} must be in [1/16, 16]`);
  }
  return { emphasis: { ...b.emphasis }, prior: b.prior };
}

runCli(() => {
  const args = parseArgs(process.argv.slice(2), [
    'seed',
    'iterations',
    'seeds',
    'calibration-seeds',
    'confirm-seeds',
    'start',
    'deals-weight',
    'json',
  ]);
  const seed = intArg(args, 'seed', 1, 0xffffffff);
  const iterations = intArg(args, 'iterations', 40, 10_000);
  const seeds = intArg(args, 'seeds', 100, 100_000);
  const calibrationSeeds = intArg(args, 'calibration-seeds', 100, 100_000);
  const confirmSeeds = intArg(args, 'confirm-seeds', 200, 100_000);
  const dealsWeight = intArg(args, 'deals-weight', DEALS_WEIGHT, 1000);
  const dealMaker = OPPONENT_TYPES.us.find((t) => t.id === 'dealMaker');
  const start = args.has('start')
    ? startFrom(args.get('start'))
    : { emphasis: { ...(dealMaker?.emphasis ?? {}) }, prior: PRIORS.us[0] };
  let n = 0;
  const score = (c: BeliefCandidate) => {
    const e = evaluateCandidate({ belief: c }, seeds, calibrationSeeds);
    const parts = beliefObjective(e, c, start, dealsWeight);
    n++;
    process.stderr.write(
      `candidate ${n}: J = ${parts.total.toFixed(3)} (opening ${parts.opening.toFixed(2)}, deals ${parts.deals.toFixed(2)}, shortfall ${parts.shortfall.toFixed(2)}) ${JSON.stringify(c)}\n`,
    );
    return { ...parts, evaluation: e };
  };
  const result = localSearch(start, score, { seed, iterations, propose });
  const confirm = (c: BeliefCandidate) =>
    beliefObjective(evaluateCandidate({ belief: c }, confirmSeeds, confirmSeeds), c, start, dealsWeight);
  return {
    seed,
    iterations,
    dealsWeight,
    scored: result.scored,
    start,
    best: result.best,
    kept: result.kept,
    confirm: { start: confirm(start), best: confirm(result.best) },
  };
});
