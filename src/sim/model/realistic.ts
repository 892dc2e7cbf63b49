/**
 * The DPRK's "realistic proposal" (how Ri Yong Ho's midnight press conference presented its Hanoi paper, hanoi-dossier.md):
 * the package worth most to the DPRK among those it believes the US would accept — the opponent model's
 * estimate at least its guess of the US reservation value — crossing no red line it knows of. A side that
 * opens this way starts its concession path there instead of at its ideal (`Persona.opening`).
 *
 * An exact search over the 1.66 million packages without enumerating them. The DPRK's value is additive
 * over the issues once the few that couple them are fixed (the relief's phasing: sanctions with
 * sequencing; its compliance belief and linkage term: the end-of-war declaration, with verification),
 * and the estimate is additive everywhere. So: enumerate the coupled issues (and the sites beyond
 * Yongbyon, which the US's all-sanctions red line reads), and for each such group and each setting of
 * two more issues take the best completion from a list sorted by estimate (meet in the middle). Red
 * lines on the rest are single levels given the group (the Libya model, the comprehensive declaration),
 * so they are excluded level by level. `realistic.test.ts` holds the result to a brute force.
 */
import type { Meters } from './hidden.ts';
import { ISSUE_COUNT, type IssueId, issueIndex, LEVEL_COUNTS, OPTIONAL } from './issues.ts';
import { estimatedContribution, type OpponentBelief } from './opponentModel.ts';
import type { Package } from './package.ts';
import { dealValue } from './phases.ts';
import type { Allowed } from './search.ts';
import { complianceBelief, redLine } from './utility.ts';

const idx = (ids: readonly IssueId[]) => ids.map(issueIndex);
/** Fixed per group: they couple the DPRK's value or a red line across issues. */
const GROUP = idx(['sequencing', 'endOfWar', 'sanctions', 'verification', 'otherSites', 'drills']);
/** Enumerated per group, each against the best completion. */
const PAIR = idx(['yongbyon', 'declaration']);
/** The completion, from a list sorted by the estimate. */
const REST = idx(['testing', 'missiles', 'warheads', 'liaison']);
const END_OF_WAR = issueIndex('endOfWar');
const DRILLS = issueIndex('drills');

/** Every setting of `issues` (levels of the optional issues only when `withDrills`). */
function allSettings(issues: readonly number[], withDrills: boolean): number[][] {
  let out: number[][] = [[]];
  for (const i of issues) {
    const n = OPTIONAL[i] && !withDrills ? 1 : LEVEL_COUNTS[i];
    out = out.flatMap((s) => Array.from({ length: n }, (_, l) => [...s, l]));
  }
  return out;
}

/** Each list's settings, without and with the drills: built once, the search runs on the counterpart's hot path. */
const SETTINGS = new Map<readonly number[], readonly [number[][], number[][]]>(
  [GROUP, PAIR, REST].map((issues) => [issues, [allSettings(issues, false), allSettings(issues, true)]]),
);
const settings = (issues: readonly number[], withDrills: boolean): number[][] =>
  (SETTINGS.get(issues) as readonly [number[][], number[][]])[withDrills ? 1 : 0];

const place = (pkg: number[], issues: readonly number[], levels: readonly number[]) => {
  for (let k = 0; k < issues.length; k++) pkg[issues[k]] = levels[k];
};

/**
 * A value as a line in the DPRK's compliance belief p (`complianceBelief`): `dealValue` is the sum of its
 * own steps and of the US's steps weighted by p or (1 + p)/2, so it is exactly a + b·p.
 */
interface Line {
  readonly a: number;
  readonly b: number;
}

/** A setting of a few issues and the line of what it adds to the DPRK's value (given the group's key). */
interface Part {
  readonly levels: readonly number[];
  readonly line: Line;
}

/**
 * What depends on neither the belief nor the exact trust, only on the red lines' reading of the trust:
 * the allowed groups (roughly best first) and, per key, the pairs and completions no red line excludes.
 */
interface Structure {
  readonly groups: readonly { readonly pkg: readonly number[]; readonly line: Line; readonly key: number }[];
  readonly pairs: readonly (readonly Part[])[];
  readonly rest: readonly (readonly Part[])[];
  /** Per key, the package its parts were measured against: its compliance belief is theirs. */
  readonly bases: readonly (readonly number[])[];
}

export interface RealisticProposal {
  readonly pkg: Package;
  /** Its value to the DPRK (`dealValue`). */
  readonly self: number;
  /** Its estimated value to the US under the belief. */
  readonly opp: number;
}

/**
 * The DPRK's realistic proposal in this state: the best package for it whose estimated value to the US
 * is at least `belief.rvGuess`, crossing none of its red lines nor, once it knows them
 * (`belief.knowsRedLine`), the US's; null when no such package reaches that.
 */
export function realisticProposal(meters: Meters, belief: OpponentBelief, withDrills: boolean): RealisticProposal | null {
  // The counterpart asks the same state several times per move (its bid, its reading of an offer, the
  // reasons): the answer depends on the meters only through the DPRK's trust, so the last few are kept.
  const key = `${meters.trustDPRK}|${belief.probs.join(',')}|${belief.rvGuess}|${belief.knowsRedLine}|${withDrills}`;
  const hit = RECENT.get(key);
  if (hit !== undefined) return hit;
  const found = search(structureFor(meters, belief.knowsRedLine, withDrills), meters, belief);
  RECENT.set(key, found);
  if (RECENT.size > RECENT_SIZE) RECENT.delete(RECENT.keys().next().value as string);
  return found;
}

const RECENT = new Map<string, RealisticProposal | null>();
const RECENT_SIZE = 16;
/** One per red-line reading of the trust, whether the US red lines are known, and the drills: at most 24. */
const STRUCTURES = new Map<string, Structure>();

const EOW_AT = GROUP.indexOf(END_OF_WAR);
const DRILLS_AT = GROUP.indexOf(DRILLS);
/** The key of a group: what a pair's or completion's value and red lines read of it. */
const keyOf = (group: readonly number[]) => group[EOW_AT] * 2 + group[DRILLS_AT];

/**
 * The DPRK's red lines read its trust only through thresholds: these packages' verdicts tell the classes
 * apart (intrusive asks below INTRUSION_TRUST; the Libya-model exception, drills and peace talks, high).
 */
const RED_LINE_PROBES: readonly Package[] = (() => {
  const top = (i: number) => LEVEL_COUNTS[i] - 1;
  const at = (issues: readonly number[]) => {
    const pkg = new Array<number>(ISSUE_COUNT).fill(0);
    for (const i of issues) pkg[i] = top(i);
    return pkg;
  };
  return [at(idx(['verification'])), at(idx(['declaration'])), at(idx(['warheads', 'endOfWar', 'drills']))];
})();

/** The compliance belief at which the groups are put in order (sort is stable: ties keep table order). */
const ORDER_BELIEF = 0.6;

/** Two trusts at which the compliance belief is unclamped: a value is a line in it, so two fix the line. */
const TRUST_A = 0;
const TRUST_B = 0.5;

function structureFor(meters: Meters, knowsRedLine: boolean, withDrills: boolean): Structure {
  const reading = RED_LINE_PROBES.map((p) => (redLine('dprk', p, meters) === null ? 1 : 0)).join('');
  const cacheKey = `${reading}|${knowsRedLine}|${withDrills}`;
  const hit = STRUCTURES.get(cacheKey);
  if (hit) return hit;
  const allowed: Allowed = (pkg) =>
    redLine('dprk', pkg, meters) === null && (!knowsRedLine || redLine('us', pkg, meters) === null);
  const mA = { ...meters, trustDPRK: TRUST_A };
  const mB = { ...meters, trustDPRK: TRUST_B };
  const line = (pkg: readonly number[]): Line => {
    const pA = complianceBelief('dprk', pkg, mA);
    const vA = dealValue('dprk', pkg, mA);
    const b = (dealValue('dprk', pkg, mB) - vA) / (complianceBelief('dprk', pkg, mB) - pA);
    return { a: vA - b * pA, b };
  };
  const zero = new Array<number>(ISSUE_COUNT).fill(0);
  const pairs: Part[][] = [];
  const rest: Part[][] = [];
  const bases: number[][] = [];
  const groups: { pkg: readonly number[]; line: Line; key: number; value: number }[] = [];
  for (const group of settings(GROUP, withDrills)) {
    const pkg = zero.slice();
    place(pkg, GROUP, group);
    if (!allowed(pkg)) continue;
    const key = keyOf(group);
    const l = line(pkg);
    groups.push({ pkg, line: l, key, value: l.a + l.b * ORDER_BELIEF });
    if (pairs[key]) continue;
    // What a pair or completion adds depends on the group only through this key (the compliance belief's
    // and the red lines' reading of the group), so it is measured once, against the key's own base.
    const base = zero.slice();
    base[END_OF_WAR] = group[EOW_AT];
    base[DRILLS] = group[DRILLS_AT];
    const baseLine = line(base);
    const list = (issues: readonly number[]): Part[] =>
      settings(issues, withDrills).flatMap((levels) => {
        // A level that crosses a red line here crosses it in every package with this key.
        for (let k = 0; k < issues.length; k++) {
          if (levels[k] === 0) continue;
          const single = base.slice();
          single[issues[k]] = levels[k];
          if (!allowed(single)) return [];
        }
        const next = base.slice();
        place(next, issues, levels);
        const n = line(next);
        return [{ levels, line: { a: n.a - baseLine.a, b: n.b - baseLine.b } }];
      });
    pairs[key] = list(PAIR);
    rest[key] = list(REST);
    bases[key] = base;
  }
  // Roughly best first, so that a group that cannot beat the best found is skipped. Any order finds the
  // same best value, but where packages tie for it the order decides which is returned: so it is read at
  // a fixed compliance belief, never at the trust of whichever state built the class first, and the same
  // state gets the same package whatever the process asked before (replays and share codes rely on it).
  groups.sort((x, y) => y.value - x.value);
  const structure = { groups, pairs, rest, bases };
  STRUCTURES.set(cacheKey, structure);
  return structure;
}

interface Valued {
  readonly levels: readonly number[];
  readonly self: number;
  readonly opp: number;
}

function search(structure: Structure, meters: Meters, belief: OpponentBelief): RealisticProposal | null {
  const contribution = LEVEL_COUNTS.map((n, i) => Array.from({ length: n }, (_, l) => estimatedContribution(belief, i, l)));
  const est = (issues: readonly number[], levels: readonly number[]) => {
    let u = 0;
    for (let k = 0; k < issues.length; k++) u += contribution[issues[k]][levels[k]];
    return u;
  };
  // Per key at this state's trust: the pairs, the completions sorted by the estimate (highest first) with
  // best[j] the one worth most to the DPRK among the first j + 1, and the most either can add.
  const keys: ({ pairs: Valued[]; rest: Valued[]; best: number[]; restMost: number; most: number; p: number } | undefined)[] = [];
  const keyed = (key: number) => {
    const hit = keys[key];
    if (hit) return hit;
    const p = complianceBelief('dprk', structure.bases[key], meters);
    const value =
      (issues: readonly number[]) =>
      (part: Part): Valued => ({
        levels: part.levels,
        self: part.line.a + part.line.b * p,
        opp: est(issues, part.levels),
      });
    const pairs = structure.pairs[key].map(value(PAIR));
    const rest = structure.rest[key].map(value(REST)).sort((x, y) => y.opp - x.opp);
    const best: number[] = [];
    for (let j = 0; j < rest.length; j++) best.push(j > 0 && rest[best[j - 1]].self >= rest[j].self ? best[j - 1] : j);
    const top = (xs: readonly Valued[]) => xs.reduce((m, x) => Math.max(m, x.self), Number.NEGATIVE_INFINITY);
    const restMost = top(rest);
    const entry = { pairs, rest, best, restMost, most: top(pairs) + restMost, p };
    keys[key] = entry;
    return entry;
  };

  let found: { pkg: readonly number[]; pair: Valued; completion: Valued; self: number; opp: number } | null = null;
  for (const { pkg, line, key } of structure.groups) {
    const k = keyed(key);
    // The group's compliance belief is its key's: the same end-of-war level.
    const groupValue = line.a + line.b * k.p;
    if (found && groupValue + k.most <= found.self) continue;
    const groupOpp = est(
      GROUP,
      GROUP.map((i) => pkg[i]),
    );
    for (const pair of k.pairs) {
      if (found && groupValue + pair.self + k.restMost <= found.self) continue;
      const need = belief.rvGuess - groupOpp - pair.opp;
      // The last completion whose estimate still reaches `need`.
      let lo = 0;
      let hi = k.rest.length - 1;
      let last = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (k.rest[mid].opp >= need - 1e-12) {
          last = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      if (last < 0) continue;
      const completion = k.rest[k.best[last]];
      const self = groupValue + pair.self + completion.self;
      if (found && self <= found.self) continue;
      found = { pkg, pair, completion, self, opp: groupOpp + pair.opp + completion.opp };
    }
  }
  if (!found) return null;
  const out = found.pkg.slice();
  place(out, PAIR, found.pair.levels);
  place(out, REST, found.completion.levels);
  return { pkg: out, self: found.self, opp: found.opp };
}
