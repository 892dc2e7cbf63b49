/**
 * Utilities. Raw utility is the linear-additive score of §3.3: a package's face value, shown beside
 * the value that decides and scores (`dealValue` in phases.ts, which discounts the other side's steps
 * by the chance they are kept, phase by phase, §3.5). Red lines and the compliance belief those
 * phases read are here too.
 */
import type { Meters } from './hidden.ts';
import type { Side } from './ids.ts';
import { ISSUES, type IssueId, issueIndex, LEVEL_COUNTS } from './issues.ts';
import type { Package } from './package.ts';

// Positions of the issues the linkage terms, red lines and compliance beliefs read, for the hot paths.
const OTHER_SITES = issueIndex('otherSites');
const DECLARATION = issueIndex('declaration');
const VERIFICATION = issueIndex('verification');
const MISSILES = issueIndex('missiles');
const WARHEADS = issueIndex('warheads');
const SANCTIONS = issueIndex('sanctions');
const SEQUENCING = issueIndex('sequencing');
const END_OF_WAR = issueIndex('endOfWar');
const DRILLS = issueIndex('drills');
const TOP_VERIFICATION = LEVEL_COUNTS[VERIFICATION] - 1;
const TOP_DECLARATION = LEVEL_COUNTS[DECLARATION] - 1;

/**
 * Below this trust in the US, the DPRK refuses the two intrusive asks of the US paper: challenge
 * inspections anywhere ("full access", hanoi-dossier.md §3.7) and a comprehensive declaration, which it
 * had long refused (§3.6). The model's reading, not a sourced rule: a full inventory and access anywhere
 * are a target list while the other side may still strike. Starting trust is 0.40; kept promises and
 * gestures can lift it past the bar.
 */
export const INTRUSION_TRUST = 0.6;

/** The issues each side's red lines (below) mention; the search repairs a package over these. */
export const RED_LINE_ISSUES: Readonly<Record<Side, readonly IssueId[]>> = {
  us: ['otherSites', 'verification', 'sanctions', 'sequencing'],
  dprk: ['declaration', 'verification', 'missiles', 'warheads', 'endOfWar', 'drills'],
};

/** CONTRIB[side][issue][level] = w·v/100, precomputed for the hot paths. */
const CONTRIB: Readonly<Record<Side, readonly (readonly number[])[]>> = {
  us: ISSUES.map((issue) => issue.value.us.map((v) => (issue.weight.us * v) / 100)),
  dprk: ISSUES.map((issue) => issue.value.dprk.map((v) => (issue.weight.dprk * v) / 100)),
};
const WEIGHT: Readonly<Record<Side, readonly number[]>> = {
  us: ISSUES.map((issue) => issue.weight.us / 100),
  dprk: ISSUES.map((issue) => issue.weight.dprk / 100),
};
export const contribution = (side: Side, issue: number, level: number): number => CONTRIB[side][issue][level];

export interface UtilityOptions {
  /** Include the synergistic linkage terms of §3.3 (on in play; off for the reference table). */
  readonly linkage?: boolean;
}

/** U_side(x) = Σ w_i·v_i(x_i) with the optional linkage terms. */
export function rawUtility(side: Side, pkg: Package, options: UtilityOptions = {}): number {
  const table = CONTRIB[side];
  let u = 0;
  for (let i = 0; i < table.length; i++) u += table[i][pkg[i]];
  if (options.linkage !== false) u += linkageBonus(side, pkg);
  return u;
}

/** Verified, reversible relief is cheaper to sell at home; a peace declaration softens inspections. */
export function linkageBonus(side: Side, pkg: Package): number {
  if (side === 'us') {
    if (pkg[SEQUENCING] === 1 && pkg[VERIFICATION] >= 2)
      return 0.3 * (WEIGHT.us[SANCTIONS] - CONTRIB.us[SANCTIONS][pkg[SANCTIONS]]);
    return 0;
  }
  if (pkg[END_OF_WAR] >= 1) return 0.2 * (WEIGHT.dprk[VERIFICATION] - CONTRIB.dprk[VERIFICATION][pkg[VERIFICATION]]);
  return 0;
}

/** Hard constraints of §3.3, evaluated before utility. Returns the reason, or null. */
export function redLine(side: Side, pkg: Package, meters: Meters): string | null {
  if (side === 'dprk') {
    const hostile = pkg[WARHEADS] === 3 || pkg[MISSILES] === 3;
    const exception = pkg[END_OF_WAR] === 2 && pkg[DRILLS] === 1 && meters.trustDPRK >= 0.8;
    if (hostile && !exception) return 'weapons transfer or all ballistic missiles (the "Libya model")';
    if (meters.trustDPRK < INTRUSION_TRUST && (pkg[VERIFICATION] === TOP_VERIFICATION || pkg[DECLARATION] === TOP_DECLARATION))
      return 'challenge inspections anywhere or a comprehensive declaration while trust is low';
    return null;
  }
  if (pkg[SANCTIONS] >= 3 && !(pkg[OTHER_SITES] === 2 && pkg[VERIFICATION] >= 2))
    return 'all sanctions lifted without every site and full inspections';
  if (pkg[SEQUENCING] === 2 && pkg[SANCTIONS] >= 2) return 'major relief paid upfront';
  return null;
}

/** Which of a side's red lines a crossing is (`redLine` gives the same rules as one sentence). */
export type RedLineRule = 'libyaModel' | 'intrusiveAsks' | 'reliefWithoutSites' | 'upfrontRelief';

/**
 * One red line crossed, as data: the rule, the issue the package must change, and the level that issue
 * needs (`atMost` or `atLeast`) for this crossing to go. Reads only the package and public levels; the
 * trust the DPRK exception needs is never reported.
 */
export interface RedLineCrossing {
  readonly rule: RedLineRule;
  readonly issue: IssueId;
  readonly needs: number;
  readonly bound: 'atMost' | 'atLeast';
}

/**
 * Every red line `pkg` crosses for `side`, as data, in a fixed order (empty exactly when `redLine` is
 * null). Where a rule can be cleared on one issue, that issue is named: the Libya-model rule once per
 * weapons issue at its top level; all sanctions lifted names the one missing condition (every site, or
 * inspections) when the other is met, and the sanctions level otherwise.
 */
export function redLineCrossings(side: Side, pkg: Package, meters: Meters): RedLineCrossing[] {
  const out: RedLineCrossing[] = [];
  if (side === 'dprk') {
    const exception = pkg[END_OF_WAR] === 2 && pkg[DRILLS] === 1 && meters.trustDPRK >= 0.8;
    if (!exception) {
      if (pkg[WARHEADS] === 3) out.push({ rule: 'libyaModel', issue: 'warheads', needs: 2, bound: 'atMost' });
      if (pkg[MISSILES] === 3) out.push({ rule: 'libyaModel', issue: 'missiles', needs: 2, bound: 'atMost' });
    }
    if (meters.trustDPRK < INTRUSION_TRUST) {
      if (pkg[VERIFICATION] === TOP_VERIFICATION)
        out.push({ rule: 'intrusiveAsks', issue: 'verification', needs: TOP_VERIFICATION - 1, bound: 'atMost' });
      if (pkg[DECLARATION] === TOP_DECLARATION)
        out.push({ rule: 'intrusiveAsks', issue: 'declaration', needs: TOP_DECLARATION - 1, bound: 'atMost' });
    }
    return out;
  }
  if (pkg[SANCTIONS] >= 3 && !(pkg[OTHER_SITES] === 2 && pkg[VERIFICATION] >= 2)) {
    if (pkg[OTHER_SITES] === 2) out.push({ rule: 'reliefWithoutSites', issue: 'verification', needs: 2, bound: 'atLeast' });
    else if (pkg[VERIFICATION] >= 2) out.push({ rule: 'reliefWithoutSites', issue: 'otherSites', needs: 2, bound: 'atLeast' });
    else out.push({ rule: 'reliefWithoutSites', issue: 'sanctions', needs: 2, bound: 'atMost' });
  }
  if (pkg[SEQUENCING] === 2 && pkg[SANCTIONS] >= 2)
    out.push({ rule: 'upfrontRelief', issue: 'sequencing', needs: 1, bound: 'atMost' });
  return out;
}

/**
 * The chance, as side `viewer` sees it, that the other side keeps the later phases of `pkg`.
 * Trust carries most of it; verification, a declaration and snapback make promises easier to check.
 */
export function complianceBelief(viewer: Side, pkg: Package, meters: Meters): number {
  if (viewer === 'us') {
    const p =
      0.3 +
      0.55 * meters.trustUS +
      0.12 * (pkg[VERIFICATION] / TOP_VERIFICATION) +
      0.06 * (pkg[DECLARATION] / TOP_DECLARATION) +
      (pkg[SEQUENCING] === 1 ? 0.05 : 0);
    return Math.min(p, 1);
  }
  const p = 0.3 + 0.6 * meters.trustDPRK + (pkg[END_OF_WAR] >= 1 ? 0.06 : 0);
  return Math.min(p, 1);
}
