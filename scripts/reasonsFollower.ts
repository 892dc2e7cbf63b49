/**
 * npx tsx scripts/reasonsFollower.ts [--seeds 200] [--state cohen|noCohen] [--json]
 *
 * Do the counterpart's shown reasons help? Scripted players in each seat against the AI, over the
 * same seeds: a follower, who after each refusal tables its refused offer with the shown "would
 * accept if" changes made; a random conceder, who instead gives one random level towards the other
 * side (as the follower does when no such answer is shown); and a reasons follower, who when no
 * "would accept if" is shown clears the red line named, or gives a level on the costliest issue
 * named. All take an AI offer worth more to them than walking away and make the same narrative
 * choices; each is played twice, as written and with a floor (never table or sign a package worth less
 * to you than walking away: the `...WithFloor` figures). `worseDeals` counts signed deals that read
 * "worse than no deal" (the player's value at signing below its walk-away value then). `--state`: the
 * adversary gates' historical state with the Cohen hearing (the default, where hardly any package clears
 * both walk-away values), or the calibration's no-Cohen state with hawk influence 0.45, where bridges
 * exist. Prints one JSON object; the same arguments print the same bytes.
 */

import { adversarySettings, gateSeeds, playGame } from '../src/sim/session/adversaries/index.ts';
import { emptyTally, reasonsPlayer, type Use } from '../src/sim/session/adversaries/reasonsReaders.ts';
import type { Side } from '../src/sim/session/index.ts';
import type { Session } from '../src/sim/session/session.ts';
import { intArg, parseArgs, runCli } from './args.ts';

const round = (x: number) => Math.round(x * 10_000) / 10_000;

type State = 'cohen' | 'noCohen';
const STATES: Record<State, Parameters<typeof adversarySettings>[1]> = {
  cohen: {},
  noCohen: { events: { 'ev.cohen': 'off' }, meters: { hawk: 0.45 } },
};

function run(use: Use, floor: boolean, side: Side, seeds: readonly number[], state: State) {
  const tally = emptyTally();
  let deals = 0;
  let worseDeals = 0;
  let gain = 0;
  for (const seed of seeds) {
    const game: { hinted: Set<string>; session?: Session } = { hinted: new Set() };
    const result = playGame(reasonsPlayer(use, floor, seed, tally, game), side, seed, adversarySettings(side, STATES[state]));
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
  const args = parseArgs(process.argv.slice(2), ['seeds', 'state', 'json']);
  const n = intArg(args, 'seeds', 200, 5000);
  const seeds = gateSeeds(n);
  const state = args.get('state') ?? 'cohen';
  if (state !== 'cohen' && state !== 'noCohen') throw new Error('--state must be cohen or noCohen');
  const bySide: Record<string, unknown> = {};
  const rates: Record<string, number> = {};
  for (const floor of [false, true]) {
    const deals: Record<Use, number> = { none: 0, wouldAcceptIf: 0, all: 0 };
    for (const side of ['us', 'dprk'] as Side[]) {
      const follower = run('wouldAcceptIf', floor, side, seeds, state);
      const random = run('none', floor, side, seeds, state);
      const reasonsFollower = run('all', floor, side, seeds, state);
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
  return { seeds: n, state, games: 2 * n, ...rates, bySide };
});
