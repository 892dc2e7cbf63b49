/**
 * Phased agreements (negotiation-anchors.md §3.5): a signed package is carried out as a schedule of
 * phases, each with steps by both sides, and this file's `dealValue` is THE value of a package to a
 * side — what the AI bids and accepts on, what the search and the reasons weigh, what the offer
 * builder reads out and what the debrief scores. It replaces the old two-phase approximation
 * ("one phase now and one later") of `dealValue`.
 *
 * The schedule, from the sequencing level and each issue's `timing`:
 *   φ1 at signing — every `now` issue of both sides (Yongbyon, inspections, the moratorium; the
 *      declarations and liaison offices); relief paid upfront, or the first half of phased relief;
 *   φ2 implementation — every `later` issue (other sites, the declaration, missiles, warheads); the
 *      second half of phased ("action for action") relief;
 *   φ3 after final, fully verified denuclearization — relief under FFVD-first.
 *
 * Û_X = base_X + Σ_k δ^(k−1)·[own_k + p_k·other_k] + linkage, where base is the status quo (every
 * issue at level 0), own_k is what X's own steps in φk cost it (face value, discounted by time only),
 * other_k what the other side's steps in φk are worth to X, and p_k the chance X believes the other
 * side keeps φk: p_1 = (1 + p)/2 (steps at signing are seen at once; only a partial delivery is at
 * risk), p_2 = p_3 = p, with p = `complianceBelief` (trust, verification, declaration, snapback;
 * the end-of-war declaration for the DPRK). δ is each side's time discount per phase (`PHASE_DISCOUNT`).
 */
import type { Meters } from './hidden.ts';
import { otherSide, type Side } from './ids.ts';
import { ISSUE_COUNT, ISSUES, type IssueId, issueIndex } from './issues.ts';
import type { Package } from './package.ts';
import { complianceBelief, contribution, linkageBonus } from './utility.ts';

/**
 * δ per side: what a step one phase later is worth to it against the same step at signing. The US is
 * in no hurry ("speed is not important to me", §3.4: its walk-away is the moratorium holding); the
 * DPRK, under sanctions, wants relief soon and puts off its own later steps gladly.
 */
export const PHASE_DISCOUNT: Readonly<Record<Side, number>> = { us: 1, dprk: 0.9 };

/** The phases of a schedule, in order (φ1, φ2, φ3). */
export const PHASES = ['signing', 'implementation', 'final'] as const;
export type PhaseId = (typeof PHASES)[number];

const SANCTIONS = issueIndex('sanctions');
const SEQUENCING = issueIndex('sequencing');
/** Sequencing levels: 0 FFVD-first, 1 phased action for action (with snapback), 2 upfront. */
const PHASED = 1;
const UPFRONT = 2;

/** The phase (0-based) of every issue but the relief, whose phase the sequencing sets. */
const PHASE_OF: readonly number[] = ISSUES.map((issue) => (issue.timing === 'now' ? 0 : 1));

/**
 * How the relief is spread over the phases at a sequencing level: upfront all at signing; phased
 * half at signing and half with the later steps; FFVD-first all after verified denuclearization.
 */
export function reliefShares(sequencing: number): readonly [number, number, number] {
  if (sequencing === UPFRONT) return [1, 0, 0];
  if (sequencing === PHASED) return [0.5, 0.5, 0];
  return [0, 0, 1];
}

/** One side's steps in one phase: the issue and the share of its level delivered then. */
export interface PhaseStep {
  readonly issue: IssueId;
  readonly share: number;
}

export interface SchedulePhase {
  readonly phase: PhaseId;
  /** δ^(k−1) for each side. */
  readonly discount: Readonly<Record<Side, number>>;
  /** Each side's steps in this phase (issues above level 0 only). */
  readonly steps: Readonly<Record<Side, readonly PhaseStep[]>>;
  /** The chance each side believes the *other* keeps this phase: `belief.us` is the US's belief in the DPRK. */
  readonly belief: Readonly<Record<Side, number>>;
}

/** p_k for side `viewer`'s belief that the other side keeps phase k (0-based). */
export const phaseBelief = (p: number, k: number): number => (k === 0 ? (1 + p) / 2 : p);

/** The signed package's schedule of phases; phases in which neither side does anything are left out. */
export function schedule(pkg: Package, meters: Meters): SchedulePhase[] {
  const relief = reliefShares(pkg[SEQUENCING]);
  const p = { us: complianceBelief('us', pkg, meters), dprk: complianceBelief('dprk', pkg, meters) };
  const out: SchedulePhase[] = [];
  for (let k = 0; k < PHASES.length; k++) {
    const steps: Record<Side, PhaseStep[]> = { us: [], dprk: [] };
    for (let i = 0; i < ISSUE_COUNT; i++) {
      if (pkg[i] === 0) continue;
      const share = i === SANCTIONS ? relief[k] : PHASE_OF[i] === k ? 1 : 0;
      if (share > 0) steps[ISSUES[i].givenBy].push({ issue: ISSUES[i].id, share });
    }
    if (steps.us.length === 0 && steps.dprk.length === 0) continue;
    out.push({
      phase: PHASES[k],
      discount: { us: PHASE_DISCOUNT.us ** k, dprk: PHASE_DISCOUNT.dprk ** k },
      steps,
      belief: { us: phaseBelief(p.us, k), dprk: phaseBelief(p.dprk, k) },
    });
  }
  return out;
}

const DISCOUNTS: Readonly<Record<Side, readonly number[]>> = {
  us: PHASES.map((_, k) => PHASE_DISCOUNT.us ** k),
  dprk: PHASES.map((_, k) => PHASE_DISCOUNT.dprk ** k),
};

// Precomputed for the hot path: each side's status-quo value, each level's change from it, ownership,
// and the relief's spread by sequencing level.
const table = <T>(f: (side: Side) => T): Readonly<Record<Side, T>> => ({ us: f('us'), dprk: f('dprk') });
const BASE = table((side) => ISSUES.reduce((sum, _, i) => sum + contribution(side, i, 0), 0));
const DELTA = table((side) =>
  ISSUES.map((issue, i) => issue.levels.map((_, l) => contribution(side, i, l) - contribution(side, i, 0))),
);
const OWN = table((side) => ISSUES.map((issue) => issue.givenBy === side));
const RELIEF: readonly (readonly [number, number, number])[] = [0, 1, 2].map(reliefShares);

/**
 * THE value of `pkg` to `side` in the state `meters`: Σ_k δ^(k−1)·[own_k + p_k·other_k] over the
 * schedule, on top of the status quo, plus the linkage terms. Allocation-free (the AI's hot path);
 * `valueFromSchedule` computes the same number from `schedule` (a test holds them equal).
 */
export function dealValue(side: Side, pkg: Package, meters: Meters): number {
  const p = complianceBelief(side, pkg, meters);
  const p1 = phaseBelief(p, 0);
  const d = DISCOUNTS[side];
  const delta = DELTA[side];
  const own = OWN[side];
  let u = BASE[side];
  for (let i = 0; i < ISSUE_COUNT; i++) {
    const dv = delta[i][pkg[i]];
    if (dv === 0) continue;
    const mine = own[i];
    if (i === SANCTIONS) {
      const r = RELIEF[pkg[SEQUENCING]];
      u += dv * (r[0] * (mine ? 1 : p1) + r[1] * d[1] * (mine ? 1 : p) + r[2] * d[2] * (mine ? 1 : p));
    } else {
      const k = PHASE_OF[i];
      u += dv * d[k] * (mine ? 1 : k === 0 ? p1 : p);
    }
  }
  return u + linkageBonus(side, pkg);
}

/** The same value read off a schedule (a check on `dealValue`, and the front end's breakdown). */
export function valueFromSchedule(side: Side, pkg: Package, meters: Meters): number {
  let u = 0;
  for (let i = 0; i < ISSUE_COUNT; i++) u += contribution(side, i, 0);
  const other = otherSide(side);
  for (const phase of schedule(pkg, meters)) {
    for (const owner of [side, other]) {
      for (const step of phase.steps[owner]) {
        const i = issueIndex(step.issue);
        const delta = contribution(side, i, pkg[i]) - contribution(side, i, 0);
        const kept = owner === side ? 1 : phase.belief[side];
        u += phase.discount[side] * step.share * kept * delta;
      }
    }
  }
  return u + linkageBonus(side, pkg);
}
