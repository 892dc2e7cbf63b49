/**
 * What one side believes about the other's priorities: a few opponent types with different
 * weights (Lin–Kraus–Wilkenfeld), updated from the offers it sees. Value shapes are public
 * (everyone knows which way each side leans); the weights and the reservation value are not.
 */
import type { Side } from './ids.ts';
import { ISSUES } from './issues.ts';
import { OPPONENT_TYPES, type OpponentType, PRIORS } from './opponentTypes.ts';
import type { Package } from './package.ts';

export { OPPONENT_TYPES, type OpponentType } from './opponentTypes.ts';

/** Per type, a table [issue][level] of estimated contribution. */
const TYPE_TABLES: Readonly<Record<Side, readonly (readonly (readonly number[])[])[]>> = {
  us: OPPONENT_TYPES.us.map((t) => typeTable('us', t)),
  dprk: OPPONENT_TYPES.dprk.map((t) => typeTable('dprk', t)),
};

function typeTable(side: Side, type: OpponentType): number[][] {
  const raw = ISSUES.map((issue) => issue.weight[side] * (type.emphasis[issue.id] ?? 1));
  const total = raw.reduce((a, b) => a + b, 0);
  return ISSUES.map((issue, i) => issue.value[side].map((v) => (raw[i] / total) * v));
}

export interface OpponentBelief {
  /** The side being modelled. */
  readonly about: Side;
  /** Probability of each type, in OPPONENT_TYPES[about] order. */
  readonly probs: readonly number[];
  /** Guessed reservation value of the other side. */
  readonly rvGuess: number;
  /** Set once an offer was refused as crossing the other side's red line. */
  readonly knowsRedLine: boolean;
}

export function initialBelief(about: Side): OpponentBelief {
  return { about, probs: [...PRIORS[about]], rvGuess: 0.45, knowsRedLine: false };
}

export function typeUtility(about: Side, typeIndex: number, pkg: Package): number {
  const table = TYPE_TABLES[about][typeIndex];
  let u = 0;
  for (let i = 0; i < table.length; i++) u += table[i][pkg[i]];
  return u;
}

/** Expected utility to the opponent under the belief. */
export function estimatedUtility(belief: OpponentBelief, pkg: Package): number {
  let u = 0;
  for (let k = 0; k < belief.probs.length; k++) u += belief.probs[k] * typeUtility(belief.about, k, pkg);
  return u;
}

/** Bayesian-style update: an offer is more likely from a type that values it highly. */
export function updateBelief(belief: OpponentBelief, offer: Package, sharpness = 6): OpponentBelief {
  const scores = belief.probs.map((p, k) => p * Math.exp(sharpness * typeUtility(belief.about, k, offer)));
  const total = scores.reduce((a, b) => a + b, 0);
  const probs = scores.map((s) => Math.max(0.02, s / total));
  const norm = probs.reduce((a, b) => a + b, 0);
  return { ...belief, probs: probs.map((p) => p / norm) };
}

/** Per-issue estimated contribution for the search's ratio heuristic. */
export function estimatedContribution(belief: OpponentBelief, issue: number, level: number): number {
  let u = 0;
  for (let k = 0; k < belief.probs.length; k++) u += belief.probs[k] * TYPE_TABLES[belief.about][k][issue][level];
  return u;
}

/**
 * Every issue's `estimatedContribution` at every level under one belief, `[issue][level]`: the search
 * reads each many times per walk, and the same sums computed once are the same numbers.
 */
export function estimatedContributions(belief: OpponentBelief): number[][] {
  const tables = TYPE_TABLES[belief.about];
  return tables[0].map((levels, issue) => levels.map((_, level) => estimatedContribution(belief, issue, level)));
}

/**
 * Learning the other side's reservation value from its offers: nobody rational offers less than it
 * would walk away with, so the lowest estimated value of its own offers (less a small margin for the
 * estimate's error) is an upper bound, and the guess never stays above it. (Raising the guess from
 * high early offers was tried and made every Boulware opponent look hopeless.)
 */
export const RV_GUESS_MARGIN = 0.02;

export function updateRvGuess(belief: OpponentBelief, theirOffers: readonly Package[]): OpponentBelief {
  let floor = Number.POSITIVE_INFINITY;
  for (const offer of theirOffers) floor = Math.min(floor, estimatedUtility(belief, offer));
  const next = Math.min(belief.rvGuess, floor - RV_GUESS_MARGIN);
  return next === belief.rvGuess ? belief : { ...belief, rvGuess: Math.max(0.2, next) };
}
