/**
 * The parameters the weight fit (`scripts/fitWeights.ts`) moves: each side's issue weights, whole points
 * that keep summing to 100. A step moves a point or two from one issue to another of the same side, so
 * the sum holds by construction and no weight falls below one point. Pure; the one impure act,
 * writing a candidate into the issue table of a fresh process, is `applyWeights` in ./evaluate.ts.
 */
import type { Side } from '../../src/sim/model/ids.ts';
import { ISSUES, type IssueId } from '../../src/sim/model/issues.ts';

export type Weights = Readonly<Record<Side, Readonly<Record<IssueId, number>>>>;

export const SIDES: readonly Side[] = ['us', 'dprk'];

/** The issues whose weights move: every issue on the table by default (the optional drills linkage stays put). */
export const FITTED_ISSUES: readonly IssueId[] = ISSUES.filter((issue) => issue.optional !== true).map((issue) => issue.id);

/** The smallest weight a fitted issue may have. */
export const MIN_WEIGHT = 1;

/**
 * The weights of negotiation-anchors.md §3.3, the fit's start and its anchor (the penalty counts points
 * moved from these). Fixed here, not read from the table, so the fit started from them gives the same
 * result before and after a winner is written into src/sim/model/issues.ts.
 */
export const REFERENCE_WEIGHTS: Weights = {
  us: {
    yongbyon: 12,
    otherSites: 18,
    declaration: 12,
    verification: 12,
    testing: 6,
    missiles: 8,
    warheads: 10,
    sanctions: 12,
    sequencing: 6,
    endOfWar: 2,
    liaison: 1,
    drills: 1,
  },
  dprk: {
    yongbyon: 10,
    otherSites: 14,
    declaration: 8,
    verification: 6,
    testing: 2,
    missiles: 6,
    warheads: 14,
    sanctions: 22,
    sequencing: 8,
    endOfWar: 5,
    liaison: 2,
    drills: 3,
  },
};

/** The weights in the issue table as it stands. */
export const tableWeights = (): Weights => ({
  us: Object.fromEntries(ISSUES.map((issue) => [issue.id, issue.weight.us])) as Record<IssueId, number>,
  dprk: Object.fromEntries(ISSUES.map((issue) => [issue.id, issue.weight.dprk])) as Record<IssueId, number>,
});

/** One step: `amount` points of `side`'s weight from issue `from` to issue `to`. */
export interface Step {
  readonly side: Side;
  readonly from: IssueId;
  readonly to: IssueId;
  readonly amount: number;
}

/** The weights after `step`, or null when it would take `from` below `MIN_WEIGHT` or names one issue twice. */
export function applyStep(weights: Weights, step: Step): Weights | null {
  const own = weights[step.side];
  if (step.from === step.to || step.amount <= 0 || own[step.from] - step.amount < MIN_WEIGHT) return null;
  const next = { ...own, [step.from]: own[step.from] - step.amount, [step.to]: own[step.to] + step.amount };
  return { ...weights, [step.side]: next };
}

/** Σ |Δw| over both sides and every issue: how far a candidate has moved from the anchor, in points. */
export function weightDistance(a: Weights, b: Weights): number {
  let d = 0;
  for (const side of SIDES) for (const id of Object.keys(a[side]) as IssueId[]) d += Math.abs(a[side][id] - b[side][id]);
  return d;
}

/** A random step from draws `u` in [0, 1): the side, the two issues and one or two points. */
export function stepFromDraws(u: readonly [number, number, number, number]): Step {
  const pick = (x: number, n: number) => Math.min(n - 1, Math.floor(x * n));
  const side = SIDES[pick(u[0], SIDES.length)];
  const from = FITTED_ISSUES[pick(u[1], FITTED_ISSUES.length)];
  const others = FITTED_ISSUES.filter((id) => id !== from);
  const to = others[pick(u[2], others.length)];
  return { side, from, to, amount: u[3] < 0.5 ? 1 : 2 };
}

/** The weights that differ from the anchor, side by side: `{ us: { sanctions: [12, 10] } }`. */
export function weightChanges(anchor: Weights, w: Weights): Record<Side, Partial<Record<IssueId, [number, number]>>> {
  const out: Record<Side, Partial<Record<IssueId, [number, number]>>> = { us: {}, dprk: {} };
  for (const side of SIDES)
    for (const id of Object.keys(w[side]) as IssueId[])
      if (w[side][id] !== anchor[side][id]) out[side][id] = [anchor[side][id], w[side][id]];
  return out;
}
