/**
 * Utilities. Raw utility is the linear-additive score of §3.3 (what the debrief compares); perceived
 * utility is what a side believes a package is worth to it, with the other side's later promises
 * discounted by how likely it thinks they are kept (§3.5). Red lines are checked separately.
 */
import type { Meters } from './hidden.ts';
import type { Side } from './ids.ts';
import { ISSUES } from './issues.ts';
import type { Package } from './package.ts';

const I2 = 1;
const I3 = 2;
const I4 = 3;
const I6 = 5;
const I7 = 6;
const I8 = 7;
const I9 = 8;
const I10 = 9;
const I12 = 11;

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
function linkageBonus(side: Side, pkg: Package): number {
  if (side === 'us') {
    if (pkg[I9] === 1 && pkg[I4] >= 2) return 0.3 * (WEIGHT.us[I8] - CONTRIB.us[I8][pkg[I8]]);
    return 0;
  }
  if (pkg[I10] >= 1) return 0.2 * (WEIGHT.dprk[I4] - CONTRIB.dprk[I4][pkg[I4]]);
  return 0;
}

/** Hard constraints of §3.3, evaluated before utility. Returns the reason, or null. */
export function redLine(side: Side, pkg: Package, meters: Meters): string | null {
  if (side === 'dprk') {
    const hostile = pkg[I7] === 3 || pkg[I6] === 3;
    const exception = pkg[I10] === 2 && pkg[I12] === 1 && meters.trustDPRK >= 0.8;
    return hostile && !exception ? 'weapons transfer or all ballistic missiles (the "Libya model")' : null;
  }
  if (pkg[I8] >= 3 && !(pkg[I2] === 2 && pkg[I4] >= 2)) return 'all sanctions lifted without every site and full inspections';
  if (pkg[I9] === 2 && pkg[I8] >= 2) return 'major relief paid upfront';
  return null;
}

/**
 * The chance, as side `viewer` sees it, that the other side keeps the later phases of `pkg`.
 * Trust carries most of it; verification, a declaration and snapback make promises easier to check.
 */
export function complianceBelief(viewer: Side, pkg: Package, meters: Meters): number {
  if (viewer === 'us') {
    const p = 0.3 + 0.55 * meters.trustUS + 0.12 * (pkg[I4] / 3) + 0.06 * (pkg[I3] / 3) + (pkg[I9] === 1 ? 0.05 : 0);
    return Math.min(p, 1);
  }
  const p = 0.3 + 0.6 * meters.trustDPRK + (pkg[I10] >= 1 ? 0.06 : 0);
  return Math.min(p, 1);
}

/** How much of a promised benefit on issue `i` the receiver counts, given its compliance belief p. */
function deliveredShare(receiver: Side, i: number, pkg: Package, p: number): number {
  if (receiver === 'dprk' && i === I8) {
    // Sanctions relief: upfront is certain; phased arrives with the steps; FFVD-first comes last.
    const seq = pkg[I9];
    return seq === 2 ? 1 : seq === 1 ? 0.5 + 0.5 * p : 0.6 * p;
  }
  return ISSUES[i].timing === 'now' ? 0.5 + 0.5 * p : p;
}

/**
 * Û_X = own concessions at face value + the other side's deliverables discounted by belief
 * (§3.5, one phase now and one later), plus the linkage terms.
 */
export function perceivedUtility(side: Side, pkg: Package, meters: Meters): number {
  const table = CONTRIB[side];
  const p = complianceBelief(side, pkg, meters);
  let u = 0;
  for (let i = 0; i < table.length; i++) {
    const issue = ISSUES[i];
    const got = table[i][pkg[i]];
    if (issue.givenBy === side) {
      u += got;
    } else {
      const base = table[i][0];
      u += base + deliveredShare(side, i, pkg, p) * (got - base);
    }
  }
  return u + linkageBonus(side, pkg);
}
