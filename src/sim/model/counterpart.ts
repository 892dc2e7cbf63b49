/**
 * The AI counterpart at the bargaining table: BOA (bidding, opponent model, acceptance) inside an
 * IAGO-style event handler, plus an explicit walkout rule (negotiation-anchors.md §3.6).
 * A pure function of what that side knows and one uniform draw.
 */
import { type Meters, reservation } from './hidden.ts';
import { otherSide, type PersonaId, type Side } from './ids.ts';
import type { OpponentBelief } from './opponentModel.ts';
import type { Package } from './package.ts';
import { concessionExponent, persona, targetUtility } from './personas.ts';
import { bestBid, bestInEstimatedZopa, concessionPath, idealPackage } from './search.ts';
import { perceivedUtility, redLine } from './utility.ts';

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
  /** How many of this side's offers were answered with a counteroffer. */
  readonly refused: number;
  readonly withDrills: boolean;
  /** A uniform draw in [0, 1) from the game's seeded generator. */
  readonly draw: number;
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
}

export const audienceCost = (side: Side, m: Meters): number => (side === 'us' ? m.audienceUS : m.audienceDPRK);

export function deliberate(view: TableView): Deliberation {
  const { side, meters, belief, withDrills } = view;
  const style = persona(side, view.persona);
  const rv = reservation(side, meters);
  const allowed = (pkg: Package) =>
    redLine(side, pkg, meters) === null && (!belief.knowsRedLine || redLine(otherSide(side), pkg, meters) === null);
  const path = concessionPath(side, idealPackage(side, withDrills), meters, belief, allowed, withDrills);
  const uMax = path[0].self;

  // Nice Tit-for-Tat: mirror the other side's last concession, measured in my own utility.
  const theirs = view.theirOffers;
  const last = theirs.length > 0 ? perceivedUtility(side, theirs[theirs.length - 1], meters) : null;
  const previous = theirs.length > 1 ? perceivedUtility(side, theirs[theirs.length - 2], meters) : null;
  const concession = last !== null && previous !== null ? Math.max(0, last - previous) : 0;
  const trust = side === 'us' ? meters.trustUS : meters.trustDPRK;
  const tau = targetUtility(view.t, rv, uMax, concessionExponent(side, view.persona, meters));
  const target = Math.max(rv, tau - style.mirror * trust * concession) + (view.draw - 0.5) * 0.03;

  const bid = bestBid(side, path, target, meters, belief, allowed, withDrills);
  const bestZopa = bestInEstimatedZopa(path, belief.rvGuess);
  const standing = view.standing && view.standing.by !== side ? view.standing.pkg : null;
  const offerValue = standing ? perceivedUtility(side, standing, meters) : null;

  if (standing && offerValue !== null && redLine(side, standing, meters) === null) {
    const acNext = offerValue >= bid.self;
    const endGame = view.t > 0.95 && offerValue >= rv;
    if (acNext || endGame) return { move: { type: 'ACCEPT' }, rv, target, offerValue, bestZopa };
  }

  // Walk when time is late enough and nothing the other side would take clears my bar
  // (my reservation value plus what backing down would cost me at home), or when patience is gone.
  const late = view.t >= style.walkAfter;
  const bar = rv + 0.1 * audienceCost(side, meters);
  const hopeless = bestZopa < bar;
  const exhausted = view.t > 0.96 && view.refused > style.patience && (offerValue === null || offerValue < rv);
  if (late && (hopeless || exhausted)) return { move: { type: 'WALK' }, rv, target, offerValue, bestZopa };

  return { move: { type: 'OFFER', pkg: bid.pkg }, rv, target, offerValue, bestZopa };
}

export type Reaction = 'fair' | 'semiFair' | 'unfair' | 'unacceptable';

/** How the receiving side reads an offer (IAGO's fair / semi-fair / unfair classes). */
export function classifyOffer(receiver: Side, pkg: Package, meters: Meters, aspiration: number): Reaction {
  if (redLine(receiver, pkg, meters) !== null) return 'unacceptable';
  const value = perceivedUtility(receiver, pkg, meters);
  if (value >= aspiration - 0.04) return 'fair';
  if (value >= reservation(receiver, meters) - 0.05) return 'semiFair';
  return 'unfair';
}
