/**
 * npm run -s followup -- [--seeds 200] [--reach 30]
 *
 * The follow-up table after a summit without a deal (Stockholm, `after.stockholmTable`), measured:
 * - both seats on the computer, open and historical mode: in how many seeds the table opens and ends in
 *   an agreement;
 * - whether an agreement is in reach at all: a US player who walks out of the summit and at Stockholm
 *   offers, from the best for itself down, packages inside the zone of agreement (every package that
 *   clears both sides' red lines and private reservation values in the state the table opened in, found
 *   by brute force). It reads the counterpart's private state, so it is a measuring stick, not a player:
 *   a student must find the zone from the reasons and the talk. `--reach` seeds (brute force: slow).
 * Prints JSON; docs/model.md quotes it.
 */

import { privateReservation } from '../src/sim/model/hidden.ts';
import { forEachPackage, type Package } from '../src/sim/model/package.ts';
import { dealValue } from '../src/sim/model/phases.ts';
import { redLine } from '../src/sim/model/utility.ts';
import { Session } from '../src/sim/session/session.ts';
import { intArg, parseArgs, runCli } from './args.ts';

const FOLLOW_UP = 'after.stockholmTable';

function computersAlone(mode: 'open' | 'historical', seeds: number) {
  let opened = 0;
  let agreed = 0;
  for (let seed = 1; seed <= seeds; seed++) {
    const s = Session.start({ seats: { us: 'ai', dprk: 'ai' }, mode }, seed);
    while (!s.over && s.stepAuto()) {}
    if (s.view('us').followUp) opened++;
    if (s.context.followUp) agreed++;
  }
  return { mode, seeds, opened, agreed };
}

/** Every package with the optional issues at 0. */
function allPackages(): Package[] {
  const out: Package[] = [];
  forEachPackage((pkg) => out.push([...pkg]));
  return out;
}

function zoneConceder(seeds: number) {
  const packages = allPackages();
  let reached = 0;
  let withZone = 0;
  let agreed = 0;
  for (let seed = 1; seed <= seeds; seed++) {
    const s = Session.start({ seats: { us: 'human', dprk: 'ai' }, mode: 'open' }, seed);
    let zone: Package[] | null = null;
    let offered = 0;
    for (let guard = 0; guard < 500 && !s.over; guard++) {
      if (s.stepAuto()) continue;
      const view = s.view('us');
      if (view.beat?.id === FOLLOW_UP) {
        if (zone === null) {
          reached++;
          const m = s.context.meters;
          const rv = { us: privateReservation('us', m, seed), dprk: privateReservation('dprk', m, seed) };
          zone = packages
            .filter((p) => redLine('us', p, m) === null && redLine('dprk', p, m) === null)
            .filter((p) => dealValue('us', p, m) >= rv.us && dealValue('dprk', p, m) >= rv.dprk)
            .sort((a, b) => dealValue('us', b, m) - dealValue('us', a, m));
          if (zone.length > 0) withZone++;
        }
        if (zone.length === 0) s.act({ type: 'WALK', by: 'us' });
        else s.act({ type: 'OFFER', by: 'us', pkg: zone[Math.min(zone.length - 1, Math.floor((zone.length * offered++) / 5))] });
        continue;
      }
      if (view.beat?.kind === 'table') s.act({ type: 'WALK', by: 'us' });
      else {
        const choice = view.choices.find((c) => c.enabled && !c.signs) ?? view.choices.find((c) => c.enabled);
        if (choice) s.act({ type: 'CHOOSE', by: 'us', choiceId: choice.id });
        else s.act({ type: 'DEFINE_SCOPE', by: 'us', facilities: [] });
      }
    }
    if (s.context.followUp) agreed++;
  }
  return { seeds, reached, withZone, agreed };
}

runCli(() => {
  const args = parseArgs(process.argv.slice(2), ['seeds', 'reach', 'json']);
  const seeds = intArg(args, 'seeds', 200, 5000);
  const reach = intArg(args, 'reach', 30, 1000);
  return {
    computers: [computersAlone('open', seeds), computersAlone('historical', seeds)],
    zoneConceder: zoneConceder(reach),
  };
});
