/**
 * Why the counterpart answered an offer as it did, as data (no English): the red line the offer
 * crosses, the issues that cost the counterpart most, and the smallest set of level changes after
 * which the counterpart's own decision (`deliberate`, in the same state) would have been to accept.
 * Computed from the very inputs the counterpart decided on, so every claim can be checked by running
 * that decision again. It names issues and public levels only: never a utility, a reservation value
 * or a meter of the counterpart's private state.
 */
import { concessionPathFor, deliberateOn, type TableView } from './counterpart.ts';
import { reservation } from './hidden.ts';
import { otherSide } from './ids.ts';
import { ISSUE_IDS, type IssueId, issuesInPlay, LEVEL_COUNTS } from './issues.ts';
import type { Package } from './package.ts';
import { dealValue } from './phases.ts';
import { contribution, redLine, redLineCrossings } from './utility.ts';

export interface LevelChange {
  readonly issue: IssueId;
  readonly level: number;
}

export interface Reasons {
  /** The first red line of the counterpart the offer crosses: the issue and the level it needs. */
  readonly redLine: { readonly issue: IssueId; readonly needs: number; readonly bound: 'atMost' | 'atLeast' } | null;
  /** The issues of the offer that cost the counterpart most, most costly first (at most three). */
  readonly costly: readonly IssueId[];
  /**
   * The smallest set of changes after which the counterpart accepts in the same state: [] when it
   * accepts the offer as it is, null when no set within the bound does.
   */
  readonly wouldAcceptIf: readonly LevelChange[] | null;
}

/** Does the counterpart accept this package in place of the offer it was given? */
export type Accepts = (pkg: Package) => boolean;

export interface ExplainOptions {
  /**
   * The decision to test candidates with; by default `deliberate` on the view with the offer swapped.
   * A custom one must imply that (it is only asked about packages worth the reservation value that
   * cross no red line of the counterpart).
   */
  readonly accepts?: Accepts;
  /** The most issues a "would accept if" may change (3). */
  readonly maxChanges?: number;
  /** The most candidates put to `accepts` before giving up (300): bounds the cost of one answer. */
  readonly maxTrials?: number;
}

export const COSTLY_COUNT = 3;
const MAX_CHANGES = 3;
const MAX_TRIALS = 300;

/** The counterpart's view with `pkg` as the offer it received (standing, and the latest of their offers). */
export function withOffer(view: TableView, pkg: Package): TableView {
  const by = otherSide(view.side);
  const theirs = view.theirOffers;
  const replaceLast = view.standing !== null && view.standing.by === by && theirs.length > 0;
  return {
    ...view,
    standing: { by, pkg },
    theirOffers: replaceLast ? [...theirs.slice(0, -1), pkg] : [...theirs, pkg],
  };
}

/**
 * `deliberate` in the same state, given `pkg` instead of the offer on the table. The concession path
 * does not depend on the offer, so it is walked once for every package asked about.
 */
export function acceptsInView(view: TableView): Accepts {
  const path = concessionPathFor(view);
  return (pkg) => deliberateOn(withOffer(view, pkg), path).move.type === 'ACCEPT';
}

/** The counterpart's reasons about the offer standing in `view` (which the other side made). */
export function explainAnswer(view: TableView, options: ExplainOptions = {}): Reasons {
  const offer = view.standing && view.standing.by !== view.side ? view.standing.pkg : null;
  if (!offer) return { redLine: null, costly: [], wouldAcceptIf: null };
  const crossing = redLineCrossings(view.side, offer, view.meters)[0];
  return {
    redLine: crossing ? { issue: crossing.issue, needs: crossing.needs, bound: crossing.bound } : null,
    costly: costlyIssues(view, offer),
    wouldAcceptIf: smallestAcceptable(view, offer, options),
  };
}

/** The issues where the offer stands furthest from the counterpart's own best level, by its weights. */
function costlyIssues(view: TableView, offer: Package): IssueId[] {
  const losses: { i: number; loss: number }[] = [];
  for (const i of issuesInPlay(view.withDrills)) {
    let best = 0;
    for (let l = 0; l < LEVEL_COUNTS[i]; l++) best = Math.max(best, contribution(view.side, i, l));
    const loss = best - contribution(view.side, i, offer[i]);
    if (loss > 1e-9) losses.push({ i, loss });
  }
  losses.sort((a, b) => b.loss - a.loss || a.i - b.i);
  return losses.slice(0, COSTLY_COUNT).map(({ i }) => ISSUE_IDS[i]);
}

interface Change {
  readonly i: number;
  readonly level: number;
  readonly steps: number;
  readonly gain: number;
}

interface Candidate {
  readonly changes: readonly Change[];
  readonly pkg: Package;
  readonly steps: number;
  readonly gain: number;
  /** The package's value to the counterpart. */
  readonly value: number;
}

/**
 * The search: sets of one, then two, then three changes, each moving an issue towards the
 * counterpart; within a size, the fewest level steps first, then the smallest gain to the
 * counterpart, then table order. The first candidate the counterpart accepts is the answer, so no
 * smaller set was accepted before it. Acceptance rises with the offer's value to the counterpart
 * (its next bid only falls as the offer improves), so a candidate worth no more than one already
 * refused is skipped, and a size is skipped whole when its most valuable candidate is refused; the
 * tests check the answers' minimality against every smaller set, to any level.
 */
function smallestAcceptable(view: TableView, offer: Package, options: ExplainOptions): LevelChange[] | null {
  const accepts = options.accepts ?? acceptsInView(view);
  const maxChanges = options.maxChanges ?? MAX_CHANGES;
  let trials = options.maxTrials ?? MAX_TRIALS;
  if (accepts(offer)) return [];
  const side = view.side;
  // No acceptance rule takes an offer below the reservation value or across a red line: those are
  // never put to `accepts`.
  const floor = reservation(side, view.meters) + (view.rvShift ?? 0);
  const moves: Change[][] = issuesInPlay(view.withDrills).map((i) => {
    const here = contribution(side, i, offer[i]);
    const out: Change[] = [];
    for (let l = 0; l < LEVEL_COUNTS[i]; l++) {
      const gain = contribution(side, i, l) - here;
      if (gain > 1e-12) out.push({ i, level: l, steps: Math.abs(l - offer[i]), gain });
    }
    return out;
  });
  let refusedBest = Number.NEGATIVE_INFINITY;
  const ask = (c: Candidate): boolean => {
    if (c.value <= refusedBest) return false;
    trials--;
    const yes = accepts(c.pkg);
    if (!yes) refusedBest = Math.max(refusedBest, c.value);
    return yes;
  };
  for (let size = 1; size <= maxChanges; size++) {
    const candidates: Candidate[] = [];
    combine(moves, size, 0, [], (changes) => {
      const pkg = offer.slice();
      let steps = 0;
      let gain = 0;
      for (const c of changes) {
        pkg[c.i] = c.level;
        steps += c.steps;
        gain += c.gain;
      }
      const value = dealValue(side, pkg, view.meters);
      if (value >= floor && redLine(side, pkg, view.meters) === null)
        candidates.push({ changes: [...changes], pkg, steps, gain, value });
    });
    if (candidates.length === 0) continue;
    let richest = candidates[0];
    for (const c of candidates) if (c.value > richest.value) richest = c;
    if (trials <= 0) return null;
    if (!ask(richest)) continue;
    candidates.sort(byCost);
    for (const candidate of candidates) {
      if (candidate === richest) return changesOf(candidate);
      if (trials <= 0) return null;
      if (ask(candidate)) return changesOf(candidate);
    }
  }
  return null;
}

const changesOf = (c: Candidate): LevelChange[] => c.changes.map((x) => ({ issue: ISSUE_IDS[x.i], level: x.level }));

function byCost(a: Candidate, b: Candidate): number {
  if (a.steps !== b.steps) return a.steps - b.steps;
  if (Math.abs(a.gain - b.gain) > 1e-12) return a.gain - b.gain;
  for (let k = 0; k < a.changes.length; k++) {
    const d = a.changes[k].i - b.changes[k].i || a.changes[k].level - b.changes[k].level;
    if (d !== 0) return d;
  }
  return 0;
}

/** Calls `visit` with every way to pick one change on each of `size` distinct issues, in table order. */
function combine(
  moves: readonly Change[][],
  size: number,
  from: number,
  picked: Change[],
  visit: (c: readonly Change[]) => void,
) {
  if (picked.length === size) {
    visit(picked);
    return;
  }
  for (let k = from; k <= moves.length - (size - picked.length); k++) {
    for (const change of moves[k]) {
      picked.push(change);
      combine(moves, size, k + 1, picked, visit);
      picked.pop();
    }
  }
}
