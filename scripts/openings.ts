/**
 * npm run -s openings -- [--seeds 200] [--mode open|historical]
 *
 * How far each side's first offer at the table is from its own Hanoi paper (the US "big deal", the DPRK's
 * Yongbyon-for-five-resolutions offer), with both seats on the computer counterpart: the measure issue 10
 * asks the weights and red lines to be fitted to ("the two Hanoi papers are each side's rational
 * opening"). For each side, over the seeds: the issues whose level differs (median, and how many seeds are
 * within two issues), the summed level distance (median), and the issues that differ most often. Prints JSON.
 */

import type { Side } from '../src/sim/model/ids.ts';
import { ISSUE_IDS } from '../src/sim/model/issues.ts';
import { PRESETS } from '../src/sim/model/presets.ts';
import { Session } from '../src/sim/session/session.ts';
import { intArg, parseArgs, runCli } from './args.ts';

const PAPER: Readonly<Record<Side, readonly number[]>> = { us: PRESETS.usBigDeal.pkg, dprk: PRESETS.dprkHanoiOffer.pkg };
const median = (xs: readonly number[]): number | null =>
  xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] : null;

runCli(() => {
  const args = parseArgs(process.argv.slice(2));
  const seeds = intArg(args, 'seeds', 200, 100_000);
  const mode = args.get('mode') ?? 'open';
  if (mode !== 'open' && mode !== 'historical') throw new Error('--mode is open or historical');
  const differing: Record<Side, number[]> = { us: [], dprk: [] };
  const distance: Record<Side, number[]> = { us: [], dprk: [] };
  const byIssue: Record<Side, Record<string, number>> = { us: {}, dprk: {} };
  for (let seed = 1; seed <= seeds; seed++) {
    const s = Session.start({ seats: { us: 'ai', dprk: 'ai' }, mode }, seed);
    const opened = new Set<Side>();
    while (!s.over && opened.size < 2) {
      const e = s.stepAuto();
      if (!e) break;
      if (e.type !== 'OFFER' || opened.has(e.by)) continue;
      opened.add(e.by);
      const paper = PAPER[e.by];
      const off = ISSUE_IDS.filter((_, i) => e.pkg[i] !== paper[i]);
      differing[e.by].push(off.length);
      distance[e.by].push(e.pkg.reduce((sum, v, i) => sum + Math.abs(v - paper[i]), 0));
      for (const id of off) byIssue[e.by][id] = (byIssue[e.by][id] ?? 0) + 1;
    }
  }
  const side = (x: Side) => ({
    openings: differing[x].length,
    medianIssuesDiffering: median(differing[x]),
    withinTwoIssues: differing[x].filter((n) => n <= 2).length,
    medianLevelDistance: median(distance[x]),
    mostOftenDifferent: Object.entries(byIssue[x])
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([issue, n]) => ({ issue, seeds: n })),
  });
  return { seeds, mode, us: side('us'), dprk: side('dprk') };
});
