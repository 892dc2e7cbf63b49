/**
 * The parameters the bridge fit (`scripts/fitBridge.ts`) moves: each side's level values `v(L)`, in
 * steps of 0.05. Only a value strictly between 0 and 1 moves (a scale's ends — nothing given, everything
 * given — stay put), and every scale stays strictly monotone in the direction it had, so "more" still
 * means more for the side that gains from it and a level never becomes as good as its neighbour. Pure;
 * writing a candidate into the issue table of a fresh process is `applyValues` in ./evaluate.ts.
 */
import type { Side } from '../../src/sim/model/ids.ts';
import { ISSUES, type IssueId } from '../../src/sim/model/issues.ts';
import { SIDES } from './params.ts';

export type Values = Readonly<Record<Side, Readonly<Record<IssueId, readonly number[]>>>>;

export const VALUE_STEP = 0.05;

const round = (x: number) => Math.round(x * 100) / 100;

/** The values in the issue table as it stands (the bridge fit's start and anchor). */
export const tableValues = (): Values => ({
  us: Object.fromEntries(ISSUES.map((issue) => [issue.id, [...issue.value.us]])) as Record<IssueId, number[]>,
  dprk: Object.fromEntries(ISSUES.map((issue) => [issue.id, [...issue.value.dprk]])) as Record<IssueId, number[]>,
});

/** The issues whose values move: every issue on the table (the optional drills linkage stays put). */
export const FITTED_VALUE_ISSUES: readonly IssueId[] = ISSUES.filter((issue) => issue.optional !== true).map((issue) => issue.id);

export interface ValueStep {
  readonly side: Side;
  readonly issue: IssueId;
  readonly level: number;
  /** +1 or −1 steps of VALUE_STEP. */
  readonly direction: 1 | -1;
}

const strictlyMonotone = (xs: readonly number[]): boolean => {
  const up = xs[xs.length - 1] > xs[0];
  for (let i = 1; i < xs.length; i++) if (up ? !(xs[i] > xs[i - 1]) : !(xs[i] < xs[i - 1])) return false;
  return true;
};

/** The values after `step`, or null when the level is a scale's end (0 or 1), or the step breaks monotony or [0, 1]. */
export function applyValueStep(values: Values, step: ValueStep): Values | null {
  const scale = values[step.side][step.issue];
  const v = scale[step.level];
  if (v === undefined || v <= 0 || v >= 1) return null;
  const next = round(v + step.direction * VALUE_STEP);
  if (next <= 0 || next >= 1) return null;
  const moved = scale.map((x, i) => (i === step.level ? next : x));
  if (!strictlyMonotone(moved)) return null;
  return { ...values, [step.side]: { ...values[step.side], [step.issue]: moved } };
}

/** A random step from draws `u` in [0, 1): the side, the issue, the level and the direction. */
export function valueStepFromDraws(values: Values, u: readonly [number, number, number, number]): ValueStep {
  const pick = (x: number, n: number) => Math.min(n - 1, Math.floor(x * n));
  const side = SIDES[pick(u[0], SIDES.length)];
  const issue = FITTED_VALUE_ISSUES[pick(u[1], FITTED_VALUE_ISSUES.length)];
  const level = pick(u[2], values[side][issue].length);
  return { side, issue, level, direction: u[3] < 0.5 ? 1 : -1 };
}

/** Σ |Δv| over both sides, every issue and level, in steps of VALUE_STEP. */
export function valueDistance(a: Values, b: Values): number {
  let d = 0;
  for (const side of SIDES)
    for (const id of Object.keys(a[side]) as IssueId[])
      a[side][id].forEach((v, i) => {
        d += Math.abs(v - b[side][id][i]);
      });
  return round(d / VALUE_STEP);
}

/** The values that differ from the anchor: `{ dprk: { testing: [[1, 0.8, 0.6], [1, 0.8, 0.45]] } }`. */
export function valueChanges(
  anchor: Values,
  v: Values,
): Record<Side, Partial<Record<IssueId, [readonly number[], readonly number[]]>>> {
  const out: Record<Side, Partial<Record<IssueId, [readonly number[], readonly number[]]>>> = { us: {}, dprk: {} };
  for (const side of SIDES)
    for (const id of Object.keys(v[side]) as IssueId[])
      if (v[side][id].some((x, i) => x !== anchor[side][id][i])) out[side][id] = [anchor[side][id], v[side][id]];
  return out;
}
