/**
 * npx tsx scripts/reasonsFollower.ts [--seeds 200] [--json]
 *
 * Do the counterpart's shown reasons help? Scripted players in each seat against the AI, over the
 * same seeds: a follower, who after each refusal tables its refused offer with the shown "would
 * accept if" changes made; a random conceder, who instead gives one random level towards the other
 * side (as the follower does when no such answer is shown); and a reasons follower, who when no
 * "would accept if" is shown clears the red line named, or gives a level on the costliest issue
 * named. All take an AI offer worth more to them than walking away and make the same narrative
 * choices; each is played twice, as written and with a floor (never table or sign a package worth less
 * to you than walking away: the `...WithFloor` figures). `worseDeals` counts signed deals that read
 * "worse than no deal" (the player's value at signing below its walk-away value then). Prints one JSON object; the same arguments print the same
 * bytes.
 */

import { adversarySettings, gateSeeds, type Player, playGame } from '../src/sim/session/adversaries/index.ts';
import { type GameEvent, ISSUES, otherSide, type Reasons, rngStream, type Side } from '../src/sim/session/index.ts';
import type { Session } from '../src/sim/session/session.ts';
import { intArg, parseArgs, runCli } from './args.ts';

interface Tally {
  /** Answers that showed a "would accept if" with at least one change. */
  hintsShown: number;
  hintsFollowed: number;
  /** Offers tabled by following a hint that the AI accepted as its very next move. */
  hintsAcceptedNext: number;
  offers: number;
}

/** How a player uses the shown reasons: not at all, the "would accept if" only, or every reason. */
type Use = 'none' | 'wouldAcceptIf' | 'all';

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

const indexOf = (id: string) => ISSUES.findIndex((issue) => issue.id === id);

/** Every reason used: the red line cleared at the level it needs, else a level on the costliest issue that can move. */
function concedeByReasons(pkg: readonly number[], side: Side, reasons: Reasons): number[] | null {
  const next = [...pkg];
  if (reasons.redLine) {
    next[indexOf(reasons.redLine.issue)] = reasons.redLine.needs;
    return next;
  }
  for (const id of reasons.costly) {
    const i = indexOf(id);
    const l = towards(pkg, side, i);
    if (l !== null) {
      next[i] = l;
      return next;
    }
  }
  return null;
}

/** The player's own ideal package: the best level of every issue for its side. */
const ideal = (side: Side, drills: boolean): number[] =>
  ISSUES.map((issue) => {
    if (issue.optional && !drills) return 0;
    const v = issue.value[side];
    return v.indexOf(Math.max(...v));
  });

/**
 * A scripted seat. Every player takes an AI offer worth more to it than walking away; with `floor`
 * it also never tables a package worth less to it than walking away (it repeats its last offer).
 */
function player(use: Use, floor: boolean, seed: number, tally: Tally, game: { hinted: Set<string>; session?: Session }): Player {
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
      const current = mine ?? ideal(side, drills);
      const worthIt = (pkg: readonly number[]) => !floor || s.valueOf(side, pkg).perceived > view.reservation;
      const answer = table?.lastAnswer ?? null;
      const changes = answer?.reasons.wouldAcceptIf;
      let next: number[] | null = null;
      if (answer && changes && changes.length > 0) {
        tally.hintsShown++;
        if (use !== 'none') {
          const hint = [...answer.to];
          for (const c of changes) hint[indexOf(c.issue)] = c.level;
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

const round = (x: number) => Math.round(x * 10_000) / 10_000;

function run(use: Use, floor: boolean, side: Side, seeds: readonly number[]) {
  const tally: Tally = { hintsShown: 0, hintsFollowed: 0, hintsAcceptedNext: 0, offers: 0 };
  let deals = 0;
  let worseDeals = 0;
  let gain = 0;
  for (const seed of seeds) {
    const game: { hinted: Set<string>; session?: Session } = { hinted: new Set() };
    const result = playGame(player(use, floor, seed, tally, game), side, seed, adversarySettings(side));
    if (result.deal) deals++;
    if (result.deal && result.gain < 0) worseDeals++;
    gain += result.gain;
    const log = game.session?.log() ?? [];
    log.forEach((e, k) => {
      const next = log[k + 1];
      if (e.type === 'OFFER' && e.by === side && game.hinted.has(e.pkg.join('')) && next?.type === 'ACCEPT' && next.by !== side)
        tally.hintsAcceptedNext++;
    });
  }
  return { deals, worseDeals, dealRate: round(deals / seeds.length), meanGain: round(gain / seeds.length), ...tally };
}

runCli(() => {
  const args = parseArgs(process.argv.slice(2));
  const n = intArg(args, 'seeds', 200, 5000);
  const seeds = gateSeeds(n);
  const bySide: Record<string, unknown> = {};
  const rates: Record<string, number> = {};
  for (const floor of [false, true]) {
    const deals: Record<Use, number> = { none: 0, wouldAcceptIf: 0, all: 0 };
    for (const side of ['us', 'dprk'] as Side[]) {
      const follower = run('wouldAcceptIf', floor, side, seeds);
      const random = run('none', floor, side, seeds);
      const reasonsFollower = run('all', floor, side, seeds);
      deals.wouldAcceptIf += follower.deals;
      deals.none += random.deals;
      deals.all += reasonsFollower.deals;
      bySide[floor ? `${side}WithFloor` : side] = { follower, random, reasonsFollower };
    }
    const key = (name: string) => (floor ? `${name}WithFloor` : name);
    rates[key('followerDealRate')] = round(deals.wouldAcceptIf / (2 * n));
    rates[key('randomDealRate')] = round(deals.none / (2 * n));
    rates[key('reasonsFollowerDealRate')] = round(deals.all / (2 * n));
  }
  return { seeds: n, games: 2 * n, ...rates, bySide };
});
