/**
 * npm run -s bridge:deals [-- --seeds 200]
 *
 * What the bridges signed in the calibration's no-Cohen games say, issue by issue, against the analysts'
 * "Yongbyon-plus" bridge (`PRESETS.yongbyonPlus`): how many are within one, two, three issues of it, how
 * often each level of each issue is agreed, and how far the DPRK's own definition of "Yongbyon" capped
 * the scope (the dispute beat). With the reference packages' face values, the walk-away values of the
 * no-Cohen state, the bridge's phased surplus there and the Nash point's distance (`bridgeNash`).
 * Prints JSON; docs/model.md ("Deals that look like Hanoi") quotes it.
 */
import { scopeLevel } from '../src/sim/content/facilities.ts';
import { reservation } from '../src/sim/model/hidden.ts';
import { ISSUES } from '../src/sim/model/issues.ts';
import { issuesOff } from '../src/sim/model/package.ts';
import { PRESETS } from '../src/sim/model/presets.ts';
import { rawUtility } from '../src/sim/model/utility.ts';
import { bridgeNash, NO_COHEN_METERS } from '../src/sim/session/bridgeNash.ts';
import { bridgesOf, cohenGames, noCohenGames } from '../src/sim/session/calibrationFigures.ts';
import { intArg, parseArgs, runCli } from './args.ts';

const round = (x: number) => Math.round(x * 1000) / 1000;

runCli(() => {
  const seeds = intArg(parseArgs(process.argv.slice(2)), 'seeds', 200, 100_000);
  const bridge = PRESETS.yongbyonPlus.pkg;
  const noCohen = noCohenGames(seeds);
  const bridges = bridgesOf(noCohen).flatMap((c) => (c.valuation ? [{ pkg: c.valuation.pkg, scope: c.scope.dprk }] : []));
  const distances = bridges.map((b) => issuesOff(b.pkg, bridge).length);
  const within = (k: number) => distances.filter((d) => d <= k).length;
  const levels = Object.fromEntries(
    ISSUES.map((issue, i) => {
      const counts = issue.levels.map((_, level) => bridges.filter((b) => b.pkg[i] === level).length);
      return [issue.id, { bridge: bridge[i], agreed: counts }];
    }),
  );
  const caps: Record<string, number> = {};
  for (const b of bridges) {
    const key = b.scope ? `L${scopeLevel(b.scope)}` : 'undefined';
    caps[key] = (caps[key] ?? 0) + 1;
  }
  const face = (id: keyof typeof PRESETS) => ({
    us: round(rawUtility('us', PRESETS[id].pkg, { linkage: false })),
    dprk: round(rawUtility('dprk', PRESETS[id].pkg, { linkage: false })),
  });
  const nash = bridgeNash();
  return {
    seeds,
    faceValues: { dprkHanoiOffer: face('dprkHanoiOffer'), usBigDeal: face('usBigDeal'), yongbyonPlus: face('yongbyonPlus') },
    noCohenWalkAway: { us: round(reservation('us', NO_COHEN_METERS)), dprk: round(reservation('dprk', NO_COHEN_METERS)) },
    bridgeSurplus: nash.bridgeSurplus && { us: round(nash.bridgeSurplus.us), dprk: round(nash.bridgeSurplus.dprk) },
    nashIssuesApart: nash.issuesApart,
    nashDiffers: nash.differs,
    usWalksWithCohen: cohenGames(seeds).filter((c) => c.walkedBy === 'us' && !c.signed).length,
    bridgesWithoutCohen: bridges.length,
    within: { one: within(1), two: within(2), three: within(3), four: within(4) },
    meanIssuesApart: distances.length ? round(distances.reduce((a, b) => a + b, 0) / distances.length) : null,
    levels,
    dprkDefinitionCap: caps,
  };
});
