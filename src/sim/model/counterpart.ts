/**
 * The AI counterpart at the bargaining table: BOA (bidding, opponent model, acceptance) inside an
 * IAGO-style event handler, plus an explicit walkout rule (negotiation-anchors.md §3.6).
 * Acceptance is ANAC's AC_combi with a hard floor at the side's private reservation value, and
 * stall-then-deadline play is met by holding the concession curve where the stall began.
 * A pure function of what that side knows and one uniform draw.
 */
import { type Meters, reservation, trustKey } from './hidden.ts';
import { otherSide, type PersonaId, type Side } from './ids.ts';
import type { OpponentBelief } from './opponentModel.ts';
import type { Package } from './package.ts';
import { concessionExponent, persona, targetUtility } from './personas.ts';
import { dealValue } from './phases.ts';
import { realisticProposal } from './realistic.ts';
import { bestBid, bestInEstimatedZopa, concessionPath, idealPackage, type PathPoint, pathStart } from './search.ts';
import { repeatRun, stallStart } from './stall.ts';
import { redLine } from './utility.ts';

export interface TableView {
  readonly side: Side;
  readonly meters: Meters;
  readonly persona: PersonaId;
  /** Normalised summit time: 0 when the expanded meeting opens, 1 at the signing slot. */
  readonly t: number;
  readonly belief: OpponentBelief;
  /** The offer on the table and who made it. */
  readonly standing: { readonly by: Side; readonly pkg: Package } | null;
  /** The other side's offers, oldest first. */
  readonly theirOffers: readonly Package[];
  /** Normalised time of each of the other side's offers, same order (absent: treated as now). */
  readonly theirTimes?: readonly number[];
  /** This side's private offset to its reservation value (`reservationShift`); 0 when absent. */
  readonly rvShift?: number;
  /** How many of this side's offers were answered with a counteroffer. */
  readonly refused: number;
  readonly withDrills: boolean;
  /** A uniform draw in [0, 1) from the game's seeded generator. */
  readonly draw: number;
  /** How much this side likes the other, in [-1, 1] (`dialogue.ts`); 0 when absent. */
  readonly likeability?: number;
}

export type TableMove =
  | { readonly type: 'OFFER'; readonly pkg: Package }
  | { readonly type: 'ACCEPT' }
  | { readonly type: 'WALK' };

export interface Deliberation {
  readonly move: TableMove;
  readonly rv: number;
  readonly target: number;
  /** Value to this side of the offer on the table, if any. */
  readonly offerValue: number | null;
  readonly bestZopa: number;
  /** True when the other side's latest offers are a stall (`stall.ts`). */
  readonly stalled: boolean;
}

/** AC_combi: from this time on, an offer at least as good as the best of the recent window is taken. */
export const AC_COMBI_T = 0.9;
/** How many of the other side's latest offers make the recent window (AC_MAX^W). */
export const AC_COMBI_WINDOW = 4;
/** A stall this long, this late, with nothing acceptable on the table, makes the side walk. */
const STALL_WALK_RUN = 5;
const STALL_WALK_T = 0.7;
/**
 * How far liking moves the concession target: a side that likes the other (likeability 1) asks this
 * much less of it, one it dislikes (−1) this much more; never below its reservation value.
 */
export const LIKEABILITY_CONCESSION = 0.03;

export const audienceCost = (side: Side, m: Meters): number => (side === 'us' ? m.audienceUS : m.audienceDPRK);

/** The packages this side bids from: its red lines and, once it knows them, the other side's. */
const allowedFor = (view: TableView) => (pkg: Package) =>
  redLine(view.side, pkg, view.meters) === null &&
  (!view.belief.knowsRedLine || redLine(otherSide(view.side), pkg, view.meters) === null);

/**
 * The side's concession path in this state. It does not depend on the offer on the table, so a caller
 * asking the same state about many offers (`reasons.ts`) walks it once and passes it to `deliberateOn`.
 */
export const concessionPathFor = (view: TableView): PathPoint[] =>
  concessionPath(view.side, openingPackage(view), view.meters, view.belief, allowedFor(view), view.withDrills);

/**
 * Where the side's concession path starts: its ideal package, or, for a realistic opener, its realistic
 * proposal (`realistic.ts`) when it has one worth more to it than its reservation value.
 */
export function openingPackage(
  view: Pick<TableView, 'side' | 'meters' | 'persona' | 'belief' | 'withDrills' | 'rvShift'>,
): Package {
  const ideal = idealPackage(view.side, view.withDrills);
  if (view.side !== 'dprk' || persona(view.side, view.persona).opening !== 'realistic') return ideal;
  const proposal = realisticProposal(view.meters, view.belief, view.withDrills);
  const rv = reservation(view.side, view.meters) + (view.rvShift ?? 0);
  return proposal && proposal.self > rv ? proposal.pkg : ideal;
}

/**
 * The value of the package where the side's concession curve starts (its most selfish allowed package,
 * or a realistic opener's proposal): the first point of `concessionPathFor(view)`, without walking the
 * rest of the path.
 */
export function aspiration(view: TableView): number {
  const start = pathStart(view.side, openingPackage(view), view.meters, allowedFor(view), view.withDrills);
  return dealValue(view.side, start, view.meters);
}

/**
 * The value the side aims for with this offer: its concession curve from `uMax` (its aspiration) down
 * to its reservation value, held where a stall began, lowered by mirrored concessions and by liking,
 * never below the reservation value, and moved a little by the draw.
 */
export function concessionTarget(view: TableView, uMax: number): number {
  const style = persona(view.side, view.persona);
  const rv = reservation(view.side, view.meters) + (view.rvShift ?? 0);
  // Nice Tit-for-Tat: mirror the other side's last concession, measured in my own utility.
  const theirs = view.theirOffers;
  const last = theirs.length > 0 ? dealValue(view.side, theirs[theirs.length - 1], view.meters) : null;
  const previous = theirs.length > 1 ? dealValue(view.side, theirs[theirs.length - 2], view.meters) : null;
  const concession = last !== null && previous !== null ? Math.max(0, last - previous) : 0;
  const trust = view.meters[trustKey(view.side)];
  // Against a stall the concession clock stops where the stall began, until the other side moves.
  const start = stallStart(theirs);
  const tCurve = start !== null ? Math.min(view.t, view.theirTimes?.[start] ?? view.t) : view.t;
  const tau = targetUtility(tCurve, rv, uMax, concessionExponent(view.side, view.persona, view.meters));
  const liking = LIKEABILITY_CONCESSION * (view.likeability ?? 0);
  return Math.max(rv, tau - style.mirror * trust * concession - liking) + (view.draw - 0.5) * 0.03;
}

export function deliberate(view: TableView): Deliberation {
  return deliberateOn(view, concessionPathFor(view));
}

/** `deliberate` with the state's concession path (`concessionPathFor(view)`) already walked. */
export function deliberateOn(view: TableView, path: readonly PathPoint[]): Deliberation {
  const { side, meters, belief, withDrills } = view;
  const style = persona(side, view.persona);
  const rv = reservation(side, meters) + (view.rvShift ?? 0);
  const allowed = allowedFor(view);
  const theirs = view.theirOffers;
  const stalled = stallStart(theirs) !== null;
  const target = concessionTarget(view, path[0].self);

  const bid = bestBid(side, path, target, meters, belief, allowed, withDrills);
  const bestZopa = bestInEstimatedZopa(path, belief.rvGuess);
  const standing = view.standing && view.standing.by !== side ? view.standing.pkg : null;
  const offerValue = standing ? dealValue(side, standing, meters) : null;
  const base = { rv, target, offerValue, bestZopa, stalled };

  if (standing && offerValue !== null && acceptable(view, standing, offerValue, bid.self, rv, stalled)) {
    return { ...base, move: { type: 'ACCEPT' } };
  }

  // Walk when time is late enough and nothing the other side would take clears my bar
  // (my reservation value plus what backing down would cost me at home), when patience is gone,
  // or when the other side has stalled long enough that waiting only rewards the stall.
  const late = view.t >= style.walkAfter;
  const bar = rv + 0.1 * audienceCost(side, meters);
  const hopeless = bestZopa < bar;
  const nothingGood = offerValue === null || offerValue < rv;
  const exhausted = view.t > 0.96 && view.refused > style.patience && nothingGood;
  const stonewalled = view.t >= STALL_WALK_T && repeatRun(theirs) >= STALL_WALK_RUN && nothingGood;
  if ((late && (hopeless || exhausted)) || stonewalled) return { ...base, move: { type: 'WALK' } };

  return { ...base, move: { type: 'OFFER', pkg: bid.pkg } };
}

/**
 * AC_combi (ANAC): accept when the offer is worth at least my next bid (AC_next) or, after
 * AC_COMBI_T, at least the best the other side offered in its recent window (AC_MAX^W) — that branch
 * is closed against a stall, since a repeated offer is always the best of its own window; never
 * below my own reservation value, never across my red line.
 */
function acceptable(view: TableView, offer: Package, value: number, nextBid: number, rv: number, stalled: boolean): boolean {
  if (value < rv || redLine(view.side, offer, view.meters) !== null) return false;
  if (value >= nextBid) return true;
  if (stalled || view.t < AC_COMBI_T) return false;
  const recent = view.theirOffers.slice(-AC_COMBI_WINDOW - 1, -1);
  if (recent.length === 0) return false;
  let best = Number.NEGATIVE_INFINITY;
  for (const pkg of recent) best = Math.max(best, dealValue(view.side, pkg, view.meters));
  return value >= best;
}

export type Reaction = 'fair' | 'semiFair' | 'unfair' | 'unacceptable';

/** How wide the seeded noise on the reaction bands is, either way. */
export const REACTION_NOISE = 0.04;

/**
 * How the receiving side reads an offer (IAGO's fair / semi-fair / unfair classes). The bands sit on
 * the receiver's own concession curve — fair near its current aspiration, semi-fair down to its
 * private reservation value — and each reading carries seeded noise (`jitter` in [0, 1)), so a run of
 * labels shows roughly where the receiver stands but never an exact threshold.
 */
export function classifyOffer(
  receiver: Side,
  pkg: Package,
  meters: Meters,
  aspiration: number,
  privateRv: number = reservation(receiver, meters),
  jitter = 0.5,
): Reaction {
  if (redLine(receiver, pkg, meters) !== null) return 'unacceptable';
  const value = dealValue(receiver, pkg, meters);
  const noise = (jitter - 0.5) * 2 * REACTION_NOISE;
  if (value >= aspiration - 0.04 + noise) return 'fair';
  if (value >= privateRv + noise) return 'semiFair';
  return 'unfair';
}
