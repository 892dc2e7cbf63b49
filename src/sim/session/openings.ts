/**
 * How far each side's first offer at the table is from its own Hanoi paper (the US "big deal", the DPRK's
 * Yongbyon-for-five-resolutions offer), with both seats on the computer counterpart: the measure issue 10
 * asks the weights and red lines to be fitted to ("the two Hanoi papers are each side's rational
 * opening"). A pure function of the seeds and the mode, so that `scripts/openings.ts` prints it and
 * `scripts/fitWeights.ts` optimises it with one and the same definition.
 */
import type { Side } from '../model/ids.ts';
import type { IssueId } from '../model/issues.ts';
import { issuesOff, type Package } from '../model/package.ts';
import { PRESETS } from '../model/presets.ts';
import { Session } from './session.ts';

export const HANOI_PAPER: Readonly<Record<Side, Package>> = { us: PRESETS.usBigDeal.pkg, dprk: PRESETS.dprkHanoiOffer.pkg };

export interface SideOpenings {
  readonly openings: number;
  readonly medianIssuesDiffering: number | null;
  /** The mean of the same count: the smooth figure the fit optimises (the median moves in whole issues). */
  readonly meanIssuesDiffering: number | null;
  readonly withinTwoIssues: number;
  readonly medianLevelDistance: number | null;
  readonly mostOftenDifferent: readonly { readonly issue: IssueId; readonly seeds: number }[];
}

export interface OpeningsReport {
  readonly seeds: number;
  readonly mode: 'open' | 'historical';
  readonly us: SideOpenings;
  readonly dprk: SideOpenings;
}

const median = (xs: readonly number[]): number | null =>
  xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] : null;
const mean = (xs: readonly number[]): number | null => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

/** Σ |level difference| over the issues. */
export const levelDistance = (pkg: Package, paper: Package): number => pkg.reduce((sum, v, i) => sum + Math.abs(v - paper[i]), 0);

/** The first offer of each side in seeds 1..`seeds`, measured against its Hanoi paper. */
export function measureOpenings(seeds: number, mode: 'open' | 'historical' = 'open'): OpeningsReport {
  const differing: Record<Side, number[]> = { us: [], dprk: [] };
  const distance: Record<Side, number[]> = { us: [], dprk: [] };
  const byIssue: Record<Side, Partial<Record<IssueId, number>>> = { us: {}, dprk: {} };
  for (let seed = 1; seed <= seeds; seed++) {
    const s = Session.start({ seats: { us: 'ai', dprk: 'ai' }, mode }, seed);
    const opened = new Set<Side>();
    while (!s.over && opened.size < 2) {
      const e = s.stepAuto();
      if (!e) break;
      if (e.type !== 'OFFER' || opened.has(e.by)) continue;
      opened.add(e.by);
      const paper = HANOI_PAPER[e.by];
      const off = issuesOff(e.pkg, paper);
      differing[e.by].push(off.length);
      distance[e.by].push(levelDistance(e.pkg, paper));
      for (const id of off) byIssue[e.by][id] = (byIssue[e.by][id] ?? 0) + 1;
    }
  }
  const side = (x: Side): SideOpenings => ({
    openings: differing[x].length,
    medianIssuesDiffering: median(differing[x]),
    meanIssuesDiffering: mean(differing[x]),
    withinTwoIssues: differing[x].filter((n) => n <= 2).length,
    medianLevelDistance: median(distance[x]),
    mostOftenDifferent: (Object.entries(byIssue[x]) as [IssueId, number][])
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([issue, n]) => ({ issue, seeds: n })),
  });
  return { seeds, mode, us: side('us'), dprk: side('dprk') };
}
