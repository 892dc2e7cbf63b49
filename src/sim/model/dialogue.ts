/**
 * The second channel at the table, IAGO-style (negotiation-anchors.md §3.6; Mell & Gratch's IAGO):
 * besides offers, a side may state what matters most to it, ask what matters to the other, ask how much
 * one issue matters and where the line on it is, ask for "one more step", threaten a "new path", or make
 * a goodwill gesture. The computer counterpart answers. Its answers are never lies: it tells the truth
 * with a chance that rises with its trust and its liking of the asker, and otherwise declines to say, so
 * whatever it has said stays consistent. It also speaks first, once, when it trusts the other side enough
 * (`volunteeredLine`). It keeps a likeability score for the other side that moves its
 * concessions a little (`LIKEABILITY_CONCESSION` in `counterpart.ts`). Hidden interests become learnable
 * by negotiating, not only by rewinding.
 *
 * Pure: every function here reads what the answering side knows and one uniform draw.
 */

import type { Meters } from './hidden.ts';
import { clamp01 } from './hidden.ts';
import type { Side } from './ids.ts';
import { ISSUE_IDS, ISSUES, type IssueId, issueIndex, issuesInPlay, LEVEL_COUNTS } from './issues.ts';
import { estimatedUtility, OPPONENT_TYPES, type OpponentBelief } from './opponentModel.ts';
import type { Package } from './package.ts';
import { redLine } from './utility.ts';

/** What a side may say across the table. */
export type Utterance =
  | { readonly kind: 'prefer'; readonly issue: IssueId }
  | { readonly kind: 'askTop' }
  | { readonly kind: 'askIssue'; readonly issue: IssueId }
  | { readonly kind: 'oneMoreStep' }
  | { readonly kind: 'threaten' }
  | { readonly kind: 'favour' };

export const UTTERANCE_KINDS = ['prefer', 'askTop', 'askIssue', 'oneMoreStep', 'threaten', 'favour'] as const;
export type UtteranceKind = (typeof UTTERANCE_KINDS)[number];

/** How much an issue matters to the side answering: its weight's rank among the issues in play. */
export type Importance = 'great' | 'some' | 'little';

/** The counterpart's answer, as data (the front end words it). */
export type Reply =
  /** A stated preference, taken note of. */
  | { readonly kind: 'noted' }
  /** A stated preference that contradicts what the speaker said before; it is not believed. */
  | { readonly kind: 'contradicts'; readonly earlier: IssueId }
  | { readonly kind: 'top'; readonly issue: IssueId }
  /** `refuses`: the levels of the issue that would cross its red line, with the rest of the package as it is. */
  | { readonly kind: 'importance'; readonly issue: IssueId; readonly importance: Importance; readonly refuses: readonly number[] }
  /** It would not say (yet). */
  | { readonly kind: 'evade' }
  /** It moved its offer one level on one issue; `calledFavour` when it did so to return a favour. */
  | { readonly kind: 'step'; readonly issue: IssueId; readonly level: number; readonly calledFavour: boolean }
  | { readonly kind: 'noStep' }
  | { readonly kind: 'threatBelieved' }
  | { readonly kind: 'threatDismissed' }
  | { readonly kind: 'thanks' }
  /** Said unasked, with a counteroffer (`volunteeredLine`): no answer was asked for. */
  | { readonly kind: 'volunteered' };

export interface TalkLine {
  readonly by: Side;
  readonly say: Utterance;
  readonly reply: Reply;
  /** Clock minutes when it was said. */
  readonly at: number;
}

export interface TalkState {
  /** Everything said across the table, oldest first. */
  readonly lines: readonly TalkLine[];
  /** How much each side likes the other, in [-1, 1] (0 at the start). */
  readonly likeability: Readonly<Record<Side, number>>;
}

export const INITIAL_TALK: TalkState = { lines: [], likeability: { us: 0, dprk: 0 } };

/** Likeability changes per kind of line (IAGO: openness and gifts warm, threats and contradictions chill). */
export const LIKEABILITY_DELTA = {
  noted: 0.02,
  contradicts: -0.15,
  repeatedQuestion: -0.03,
  noStep: -0.05,
  threat: -0.25,
  favour: 0.2,
} as const;

/** Goodwill gestures a side may make in one game, and threats: a threat made twice is no threat. */
export const MAX_FAVOURS = 2;
export const MAX_THREATS = 1;

export const clampLikeability = (x: number): number => Math.max(-1, Math.min(1, x));

/** The chance that the answering side tells the truth rather than declining: rises with trust and liking. */
export function truthChance(trust: number, likeability: number): number {
  return Math.max(0.05, Math.min(0.95, 0.2 + 0.6 * trust + 0.3 * likeability));
}

/** The issue that matters most to `side`: its largest weight among the issues in play (table order breaks ties). */
export function topIssue(side: Side, withDrills: boolean): IssueId {
  let best = issuesInPlay(withDrills)[0];
  for (const i of issuesInPlay(withDrills)) if (ISSUES[i].weight[side] > ISSUES[best].weight[side]) best = i;
  return ISSUE_IDS[best];
}

/** The weight's rank among the issues in play, in thirds: the top third matters a great deal. */
export function importanceOf(side: Side, issue: IssueId, withDrills: boolean): Importance {
  const inPlay = issuesInPlay(withDrills);
  const own = ISSUES[issueIndex(issue)].weight[side];
  const above = inPlay.filter((i) => ISSUES[i].weight[side] > own).length;
  if (above < inPlay.length / 3) return 'great';
  if (above < (2 * inPlay.length) / 3) return 'some';
  return 'little';
}

/** The levels of `issue` that would cross `side`'s red line, with the rest of `base` as it is. */
export function refusedLevels(side: Side, issue: IssueId, base: Package, meters: Meters): number[] {
  const i = issueIndex(issue);
  const out: number[] = [];
  for (let l = 0; l < LEVEL_COUNTS[i]; l++) {
    const pkg = base.map((v, k) => (k === i ? l : v));
    if (redLine(side, pkg, meters) !== null) out.push(l);
  }
  return out;
}

/**
 * The listener's belief about the speaker after "`issue` matters most to us": the types that stress the
 * issue become likelier, the more so the more the listener trusts the speaker. A type that stresses it
 * k-fold is k^sharpness times likelier (the evidence is in the log of the emphasis): linear in k, the
 * fitted deal-maker's eightfold Yongbyon (opponentTypes.ts) would make one sentence near-proof.
 */
export function believePreference(belief: OpponentBelief, issue: IssueId, trust: number): OpponentBelief {
  const sharpness = 1.5 * clamp01(trust);
  const scores = belief.probs.map((p, k) => p * (OPPONENT_TYPES[belief.about][k].emphasis[issue] ?? 1) ** sharpness);
  const total = scores.reduce((a, b) => a + b, 0);
  return { ...belief, probs: scores.map((s) => s / total) };
}

/** The issue a side last said mattered most to it (and was believed), or null. */
export function statedTop(talk: TalkState, side: Side): IssueId | null {
  for (let i = talk.lines.length - 1; i >= 0; i--) {
    const line = talk.lines[i];
    if (line.by === side && line.say.kind === 'prefer' && line.reply.kind === 'noted') return line.say.issue;
  }
  return null;
}

/** How many lines of this kind `side` has said. */
export const countSaid = (talk: TalkState, side: Side, kind: UtteranceKind): number =>
  talk.lines.filter((l) => l.by === side && l.say.kind === kind).length;

/** Favours `side` has received and not yet returned with a step. */
export function favoursOwedBy(talk: TalkState, side: Side): number {
  let owed = 0;
  for (const line of talk.lines) {
    if (line.by !== side && line.say.kind === 'favour') owed++;
    if (line.by !== side && line.reply.kind === 'step' && line.reply.calledFavour) owed--;
  }
  return owed;
}

/** The answer `side` gave before to the same question, if it was a true one (so it says the same again). */
export function earlierAnswer(talk: TalkState, side: Side, say: Utterance): Reply | null {
  for (const line of talk.lines) {
    if (line.by === side || line.say.kind !== say.kind) continue;
    if (say.kind === 'askIssue' && (line.say as typeof say).issue !== say.issue) continue;
    if (line.reply.kind === 'top' || line.reply.kind === 'importance') return line.reply;
  }
  return null;
}

/** The least `truthChance` at which the counterpart volunteers its priority: when it would more likely than not answer. */
export const VOLUNTEER_CHANCE = 0.5;

/**
 * The line the computer counterpart says unasked with a counteroffer (IAGO's agent speaks first too):
 * once a game, when it has just refused the other side's offer and would more likely than not answer
 * truthfully if asked (`truthChance` at least `VOLUNTEER_CHANCE`, so never while it distrusts the other
 * side), it says which issue matters most to it. Always true, and said once, so it can never contradict
 * itself or an answer it gives later; not said when it has already answered that question truthfully.
 * `trust` is its trust in the other side. No draw: the same state always says the same.
 */
export function volunteeredLine(talk: TalkState, by: Side, trust: number, withDrills: boolean, at: number): TalkLine | null {
  if (talk.lines.some((l) => l.by === by && l.reply.kind === 'volunteered')) return null;
  if (earlierAnswer(talk, by, { kind: 'askTop' }) !== null) return null;
  if (truthChance(trust, talk.likeability[by]) < VOLUNTEER_CHANCE) return null;
  return { by, say: { kind: 'prefer', issue: topIssue(by, withDrills) }, reply: { kind: 'volunteered' }, at };
}

export interface StepAsk {
  /** The side asked, and its offer on the table. */
  readonly side: Side;
  readonly offer: Package;
  /** What the asked side knows of the asker's priorities. */
  readonly belief: OpponentBelief;
  /** The asked side's value of a package (the one value) and whether it crosses its red line. */
  readonly value: (pkg: Package) => number;
  readonly crosses: (pkg: Package) => boolean;
  /** The least the asked side will go to for this step. */
  readonly floor: number;
  readonly withDrills: boolean;
}

/**
 * "One more step": the single-level change to its own offer, towards the asker on the public value
 * shapes, that gains the asker most (as the asked side estimates) for what it costs the asked side,
 * among the changes that keep it at or above its floor and inside its red lines. Null when none does.
 */
export function oneStep(ask: StepAsk): { pkg: Package; issue: IssueId; level: number } | null {
  const asker: Side = ask.side === 'us' ? 'dprk' : 'us';
  const here = ask.value(ask.offer);
  const estimatedHere = estimatedUtility(ask.belief, ask.offer);
  let best: { pkg: Package; issue: IssueId; level: number; ratio: number } | null = null;
  for (const i of issuesInPlay(ask.withDrills)) {
    const shape = ISSUES[i].value[asker];
    for (const level of [ask.offer[i] + 1, ask.offer[i] - 1]) {
      if (level < 0 || level >= LEVEL_COUNTS[i] || shape[level] <= shape[ask.offer[i]]) continue;
      const pkg = ask.offer.map((v, k) => (k === i ? level : v));
      if (ask.crosses(pkg)) continue;
      const value = ask.value(pkg);
      if (value < ask.floor) continue;
      const gain = estimatedUtility(ask.belief, pkg) - estimatedHere;
      if (gain <= 0) continue;
      const ratio = gain / (Math.max(0, here - value) + 1e-3);
      if (!best || ratio > best.ratio) best = { pkg, issue: ISSUE_IDS[i], level, ratio };
    }
  }
  return best && { pkg: best.pkg, issue: best.issue, level: best.level };
}
