/**
 * One candidate of a fit, measured in a process of its own: `tsx scripts/fit/evaluate.ts
 * '<candidate json>' <opening seeds> <calibration seeds>` prints the figures as JSON. The candidate is
 * the weights (the weight fit) or `{ "weights": …, "values": … }` (the bridge fit; either may be left
 * out to keep the table's).
 *
 * Why a process per candidate: the model precomputes its tables (utility contributions, opponent types,
 * the phased value) from the issue table when its modules load, and src/sim has no setter for weights
 * (it stays pure and fixed). So this script imports only the issue table, writes the candidate's weights
 * into it, and only then loads the rest of the model with a dynamic import; the script's own process is
 * the one that runs on altered weights, never the caller's.
 */
import { ISSUES } from '../../src/sim/model/issues.ts';
import { OPPONENT_TYPES, PRIORS } from '../../src/sim/model/opponentTypes.ts';
import type { BeliefCandidate } from './candidate.ts';
import type { Weights } from './params.ts';
import type { Values } from './values.ts';

/** Writes `w` into the loaded issue table (this process only; call before the model loads). */
function applyWeights(w: Weights): void {
  for (const issue of ISSUES) {
    const weight = issue.weight as { us: number; dprk: number };
    weight.us = w.us[issue.id];
    weight.dprk = w.dprk[issue.id];
  }
  for (const side of ['us', 'dprk'] as const) {
    const sum = ISSUES.reduce((s, issue) => s + issue.weight[side], 0);
    if (sum !== 100) throw new Error(`${side} weights sum to ${sum}, not 100`);
  }
}

/** Writes `v` into the loaded issue table (this process only; call before the model loads). */
function applyValues(v: Values): void {
  for (const issue of ISSUES) {
    const value = issue.value as { us: number[]; dprk: number[] };
    for (const side of ['us', 'dprk'] as const) {
      const next = v[side][issue.id];
      if (next.length !== value[side].length)
        throw new Error(`${side} ${issue.id}: ${next.length} values for ${value[side].length} levels`);
      next.forEach((x, i) => {
        value[side][i] = x;
      });
    }
  }
}

/** The §3.3 table of face values (linkage off), as calibration.test.ts holds it. */
const REFERENCE = {
  dprkHanoiOffer: { us: 0.23, dprk: 0.83 },
  usBigDeal: { us: 0.86, dprk: 0.27 },
  yongbyonPlus: { us: 0.54, dprk: 0.62 },
} as const;

/** Writes `b` into the loaded opponent types (this process only; call before the model loads). */
function applyBelief(b: BeliefCandidate): void {
  const dealMaker = OPPONENT_TYPES.us.find((t) => t.id === 'dealMaker') as { emphasis: Record<string, number> } | undefined;
  if (!dealMaker) throw new Error('no deal-maker type');
  dealMaker.emphasis = { ...b.emphasis };
  const prior = PRIORS.us as number[];
  if (prior.length !== 2) throw new Error('the belief fit expects two US types');
  prior[0] = b.prior;
  prior[1] = 1 - b.prior;
}

async function main(): Promise<void> {
  const [weightsJson, openingSeeds, calibrationSeeds] = process.argv.slice(2);
  const candidate = JSON.parse(weightsJson) as Weights | { weights?: Weights; values?: Values; belief?: BeliefCandidate };
  if ('us' in candidate) applyWeights(candidate);
  else {
    if (candidate.weights) applyWeights(candidate.weights);
    if (candidate.values) applyValues(candidate.values);
    if (candidate.belief) applyBelief(candidate.belief);
  }
  const { measureOpenings } = await import('../../src/sim/session/openings.ts');
  const { calibrationFigures } = await import('../../src/sim/session/calibrationFigures.ts');
  const { PRESETS } = await import('../../src/sim/model/presets.ts');
  const { rawUtility } = await import('../../src/sim/model/utility.ts');
  const { bridgeNash } = await import('../../src/sim/session/bridgeNash.ts');
  const openings = measureOpenings(Number(openingSeeds));
  // Only the bridge fit (the object form) reads the Nash point: a second per candidate the weight fit is spared.
  const nash = 'us' in candidate || candidate.belief ? null : bridgeNash();
  const calibration = calibrationFigures(Number(calibrationSeeds));
  const reference = Object.fromEntries(
    (Object.keys(REFERENCE) as (keyof typeof REFERENCE)[]).map((id) => [
      id,
      {
        us: rawUtility('us', PRESETS[id].pkg, { linkage: false }),
        dprk: rawUtility('dprk', PRESETS[id].pkg, { linkage: false }),
      },
    ]),
  );
  const referenceErrors = (Object.keys(REFERENCE) as (keyof typeof REFERENCE)[]).flatMap((id) => [
    reference[id].us - REFERENCE[id].us,
    reference[id].dprk - REFERENCE[id].dprk,
  ]);
  process.stdout.write(`${JSON.stringify({ openings, calibration, reference, referenceErrors, nash })}\n`);
}

main().catch((err) => {
  process.stdout.write(`${JSON.stringify({ error: err instanceof Error ? err.message : String(err) })}\n`);
  process.exitCode = 2;
});
