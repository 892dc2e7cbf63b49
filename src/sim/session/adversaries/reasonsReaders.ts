/**
 * Players who read the counterpart's shown reasons, and one who ignores them, for
 * `scripts/reasonsFollower.ts` and the test that reading pays (`reasonsReaders.test.ts`). A follower
 * tables its refused offer with the shown "would accept if" changes made; a random conceder instead
 * gives one random level towards the other side (as the follower does when no such answer is shown);
 * a reasons follower, when no "would accept if" is shown, clears the red line named or gives a level
 * on the costliest issue named. All take an AI offer worth more to them than walking away; with
 * `floor` they never table a package worth less to them than walking away.
 */
import type { GameEvent } from '../../machine/types.ts';
import { otherSide, type Side } from '../../model/ids.ts';
import { ISSUES, issueIndex } from '../../model/issues.ts';
import type { Reasons } from '../../model/reasons.ts';
import { rngStream } from '../../model/rng.ts';
import { idealPackage } from '../../model/search.ts';
import type { Session } from '../session.ts';
import type { Player } from './play.ts';

export const emptyTally = (): Tally => ({ hintsShown: 0, hintsFollowed: 0, hintsAcceptedNext: 0, offers: 0 });

export interface Tally {
  /** Answers that showed a "would accept if" with at least one change. */
  hintsShown: number;
  hintsFollowed: number;
  /** Offers tabled by following a hint that the AI accepted as its very next move. */
  hintsAcceptedNext: number;
  offers: number;
}

/** How a player uses the shown reasons: not at all, the "would accept if" only, or every reason. */
export type Use = 'none' | 'wouldAcceptIf' | 'all';

/** One level towards the other side on issue `i`, if the other side wants one (value shapes are public). */
function towards(pkg: readonly number[], side: Side, i: number): number | null {
  const v = ISSUES[i].value[otherSide(side)];
  let best: number | null = null;
  for (const l of [pkg[i] - 1, pkg[i] + 1])
    if (l >= 0 && l < v.length && v[l] > v[pkg[i]] && (best === null || v[l] > v[best])) best = l;
  return best;
}

/** One level towards the other side on a random issue it wants more of. */
function concede(pkg: readonly number[], side: Side, drills: boolean, draw: () => number): number[] {
  const moves: [number, number][] = [];
  ISSUES.forEach((issue, i) => {
    if (issue.optional && !drills) return;
    const l = towards(pkg, side, i);
    if (l !== null) moves.push([i, l]);
  });
  const next = [...pkg];
  if (moves.length === 0) return next;
  const [i, l] = moves[Math.floor(draw() * moves.length)];
  next[i] = l;
  return next;
}

/** Every reason used: the red line cleared at the level it needs, else a level on the costliest issue that can move. */
function concedeByReasons(pkg: readonly number[], side: Side, reasons: Reasons): number[] | null {
  const next = [...pkg];
  if (reasons.redLine) {
    next[issueIndex(reasons.redLine.issue)] = reasons.redLine.needs;
    return next;
  }
  for (const id of reasons.costly) {
    const i = issueIndex(id);
    const l = towards(pkg, side, i);
    if (l !== null) {
      next[i] = l;
      return next;
    }
  }
  return null;
}

/**
 * A scripted seat. Every player takes an AI offer worth more to it than walking away; with `floor`
 * it also never tables a package worth less to it than walking away (it repeats its last offer).
 */
export function reasonsPlayer(
  use: Use,
  floor: boolean,
  seed: number,
  tally: Tally = emptyTally(),
  game: { hinted: Set<string>; session?: Session } = { hinted: new Set() },
): Player {
  const draw = rngStream(seed ^ 0x5eed);
  let mine: number[] | null = null;
  return {
    name: use,
    floor,
    table: (s: Session, side: Side): GameEvent => {
      game.session = s;
      const view = s.view(side);
      const drills = s.settings.drills;
      const table = view.table;
      const theirs = table?.standing && table.standing.by !== side ? table.standing : null;
      if (theirs && theirs.valueToViewer > view.reservation) return { type: 'ACCEPT', by: side };
      const current = mine ?? [...idealPackage(side, drills)];
      const worthIt = (pkg: readonly number[]) => !floor || s.valueOf(side, pkg).perceived > view.reservation;
      const answer = table?.lastAnswer ?? null;
      const changes = answer?.reasons.wouldAcceptIf;
      let next: number[] | null = null;
      if (answer && changes && changes.length > 0) {
        tally.hintsShown++;
        if (use !== 'none') {
          const hint = [...answer.to];
          for (const c of changes) hint[issueIndex(c.issue)] = c.level;
          if (worthIt(hint)) {
            next = hint;
            tally.hintsFollowed++;
            game.hinted.add(hint.join(''));
          }
        }
      }
      if (!next && use === 'all' && answer) next = concedeByReasons(current, side, answer.reasons);
      next ??= concede(current, side, drills, draw);
      mine = mine === null || worthIt(next) ? next : current;
      tally.offers++;
      return { type: 'OFFER', by: side, pkg: [...mine] };
    },
  };
}
