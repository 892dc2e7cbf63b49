/**
 * Scripted human strategies that try to exploit the AI counterpart (the adversaries):
 * a fixed package every turn, concede-everything, a hardheaded player, a Boulware human, and
 * tit-for-tat. Each is a pure function of the game so far; none reads the AI's hidden state.
 */
import { tableTime } from '../../machine/clock.ts';
import { effectivePackage } from '../../machine/reduce.ts';
import type { GameEvent } from '../../machine/types.ts';
import { reservation } from '../../model/hidden.ts';
import { otherSide, type Side } from '../../model/ids.ts';
import { initialBelief } from '../../model/opponentModel.ts';
import type { Package } from '../../model/package.ts';
import { targetUtility } from '../../model/personas.ts';
import { dealValue } from '../../model/phases.ts';
import { concessionPath, idealPackage } from '../../model/search.ts';
import { redLine } from '../../model/utility.ts';
import type { Session } from '../session.ts';
import type { Player } from './play.ts';

const standingFromAi = (s: Session, side: Side): Package | null => {
  const standing = s.context.table?.standing;
  return standing && standing.by !== side ? effectivePackage(s.context, standing.pkg) : null;
};

/** One package tabled every turn, whatever happens (the dominant plan). */
export const fixedPlan = (name: string, pkg: Package): Player => ({
  name,
  table: (_s, side) => ({ type: 'OFFER', by: side, pkg }),
});

/** Takes whatever the AI offers; opens with the AI's own ideal package. */
export const concedeEverything: Player = {
  name: 'concede everything',
  table: (s, side) =>
    standingFromAi(s, side)
      ? { type: 'ACCEPT', by: side }
      : { type: 'OFFER', by: side, pkg: idealPackage(otherSide(side), s.settings.drills) },
};

/** The player's own estimated concession path (public value shapes, no knowledge of AI weights). */
const pathCache = new Map<string, ReturnType<typeof concessionPath>>();

export function ownPath(s: Session, side: Side) {
  const m = s.context.meters;
  const key = `${side}${s.settings.drills}${Object.values(m).join(',')}`;
  const hit = pathCache.get(key);
  if (hit) return hit;
  const allowed = (p: Package) => redLine(side, p, m) === null;
  const path = concessionPath(
    side,
    idealPackage(side, s.settings.drills),
    m,
    initialBelief(otherSide(side)),
    allowed,
    s.settings.drills,
  );
  if (pathCache.size > 5000) pathCache.clear();
  pathCache.set(key, path);
  return path;
}

/** The path point nearest above a target utility, or the last point. */
function bidAt(s: Session, side: Side, target: number): Package {
  const path = ownPath(s, side);
  let pick = path[0];
  for (const point of path) if (point.self >= target) pick = point;
  return pick.pkg;
}

/** A time-dependent human (Faratin): accepts what beats its own next bid, never below its formula RV. */
const timeDependent = (name: string, exponent: number): Player => ({
  name,
  table: (s, side) => {
    const m = s.context.meters;
    const rv = reservation(side, m);
    const uMax = dealValue(side, idealPackage(side, s.settings.drills), m);
    const target = targetUtility(tableTime(s.context.table, s.context.clock), rv, uMax, exponent);
    const offer = standingFromAi(s, side);
    if (offer && redLine(side, offer, m) === null && dealValue(side, offer, m) >= Math.max(rv, target)) {
      return { type: 'ACCEPT', by: side };
    }
    return { type: 'OFFER', by: side, pkg: bidAt(s, side, target) };
  },
});

export const boulwareHuman = timeDependent('Boulware human (e = 0.2)', 0.2);

/** Hardheaded: its ideal every turn; accepts only offers within 0.1 of its ideal. */
export const hardheaded: Player = {
  name: 'hardheaded',
  table: (s, side) => {
    const m = s.context.meters;
    const ideal = idealPackage(side, s.settings.drills);
    const offer = standingFromAi(s, side);
    if (offer && dealValue(side, offer, m) >= dealValue(side, ideal, m) - 0.1) return { type: 'ACCEPT', by: side };
    return { type: 'OFFER', by: side, pkg: ideal };
  },
};

/** Tit-for-tat: one step down its own path for every AI offer that improved on the last for it. */
export const titForTat: Player = {
  name: 'tit-for-tat',
  table: (s, side): GameEvent => {
    const m = s.context.meters;
    const theirs = (s.context.table?.offers ?? []).filter((o) => o.by !== side).map((o) => dealValue(side, o.pkg, m));
    let steps = 0;
    for (let i = 1; i < theirs.length; i++) if (theirs[i] > theirs[i - 1] + 0.005) steps++;
    const path = ownPath(s, side);
    const mine = path[Math.min(path.length - 1, steps * 2)];
    const offer = standingFromAi(s, side);
    if (offer && redLine(side, offer, m) === null && dealValue(side, offer, m) >= mine.self) return { type: 'ACCEPT', by: side };
    return { type: 'OFFER', by: side, pkg: mine.pkg };
  },
};
