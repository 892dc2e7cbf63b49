/**
 * The issues on the table, their ordered levels, each side's values and weights
 * (negotiation-anchors.md §3.3, a first calibration; changes are listed in docs/model.md).
 *
 * This table is the one place that names the issues and fixes their order: a package is one level per
 * issue in this order, share codes and saves write a digit per issue in this order, and `IssueId`,
 * `ISSUE_IDS` and every index the hot paths use are derived from it. Code reads an issue by its name
 * (`level(pkg, 'sanctions')`, `issueIndex('sanctions')`), never by its position.
 */
import type { Side } from './ids.ts';

/** One issue as the table states it; `Issue` narrows the id to the table's own names. */
interface IssueDefinition {
  /** Stable name used by code, content and tests (never shown; `name` is the display name). */
  readonly id: string;
  readonly name: string;
  readonly levels: readonly string[];
  /** v(L) per side, in [0, 1]. */
  readonly value: Readonly<Record<Side, readonly number[]>>;
  /** Weights; each side's weights sum to 100 over all the issues. */
  readonly weight: Readonly<Record<Side, number>>;
  /** The side whose action the issue is (its cost when conceded). */
  readonly givenBy: Side;
  /** Delivered at signing (observable at once) or over later phases (a promise). */
  readonly timing: 'now' | 'later';
  /** Optional linkage issue, off the table unless the settings add it (`drills` adds every optional issue). */
  readonly optional?: boolean;
}

const TABLE = [
  {
    id: 'yongbyon',
    name: 'Yongbyon scope',
    levels: [
      'Nothing',
      '5 MW reactor + reprocessing (plutonium)',
      'All nuclear-material production at Yongbyon',
      'The whole complex, incl. R&D',
    ],
    value: { us: [0, 0.3, 0.6, 0.7], dprk: [1, 0.7, 0.5, 0.35] },
    weight: { us: 5, dprk: 7 },
    givenBy: 'dprk',
    timing: 'now',
  },
  {
    id: 'otherSites',
    name: 'Sites beyond Yongbyon',
    levels: ['None', 'Declare and freeze', 'Dismantle all'],
    value: { us: [0, 0.6, 1], dprk: [1, 0.5, 0] },
    weight: { us: 16, dprk: 14 },
    givenBy: 'dprk',
    timing: 'later',
  },
  {
    id: 'declaration',
    name: 'Declaration / inventory',
    levels: ['None', 'Yongbyon list', 'All fissile production sites', 'Comprehensive (weapons, material, missiles)'],
    value: { us: [0, 0.3, 0.7, 1], dprk: [1, 0.8, 0.4, 0] },
    weight: { us: 11, dprk: 12 },
    givenBy: 'dprk',
    timing: 'later',
  },
  {
    id: 'verification',
    name: 'Verification / inspections',
    levels: [
      'National means',
      'US experts at Yongbyon dismantlement',
      'IAEA/US monitoring at declared sites',
      'Challenge inspections anywhere',
    ],
    value: { us: [0, 0.3, 0.7, 1], dprk: [1, 0.75, 0.4, 0] },
    weight: { us: 13, dprk: 6 },
    givenBy: 'dprk',
    timing: 'now',
  },
  {
    id: 'testing',
    name: 'Testing moratorium',
    levels: ['Unilateral (status quo)', 'Written permanent halt (nuclear + ICBM)', 'Halt + verified closure of test sites'],
    value: { us: [0, 0.65, 1], dprk: [1, 0.8, 0.6] },
    weight: { us: 5, dprk: 3 },
    givenBy: 'dprk',
    timing: 'now',
  },
  {
    id: 'missiles',
    name: 'Missiles',
    levels: ['None', 'ICBM production freeze', 'ICBM dismantlement', 'All ballistic missiles'],
    value: { us: [0, 0.4, 0.7, 1], dprk: [1, 0.7, 0.3, 0] },
    weight: { us: 8, dprk: 8 },
    givenBy: 'dprk',
    timing: 'later',
  },
  {
    id: 'warheads',
    name: 'Warheads & fissile stockpile',
    levels: ['None', 'Production freeze', 'Partial elimination', 'Transfer of all weapons and fuel to the US'],
    value: { us: [0, 0.45, 0.6, 1], dprk: [1, 0.6, 0.15, 0] },
    weight: { us: 7, dprk: 6 },
    givenBy: 'dprk',
    timing: 'later',
  },
  {
    id: 'sanctions',
    name: 'Sanctions relief',
    levels: [
      'None',
      'Humanitarian and inter-Korean exemptions',
      'Civilian parts of the 5 resolutions of 2016–17',
      'All UN sanctions',
      'All UN + US unilateral',
    ],
    value: { us: [1, 0.85, 0.4, 0.1, 0], dprk: [0, 0.25, 0.8, 0.9, 1] },
    weight: { us: 14, dprk: 22 },
    givenBy: 'us',
    timing: 'later',
  },
  {
    id: 'sequencing',
    name: 'Sequencing of relief',
    levels: ['Only after final, fully verified denuclearization', 'Phased action for action, with snapback', 'Upfront'],
    value: { us: [1, 0.6, 0], dprk: [0, 0.7, 1] },
    weight: { us: 11, dprk: 7 },
    givenBy: 'us',
    timing: 'now',
  },
  {
    id: 'endOfWar',
    name: 'End-of-war declaration',
    levels: ['None', 'Political declaration', 'Launch peace-regime talks'],
    value: { us: [1, 0.85, 0.5], dprk: [0, 0.75, 1] },
    weight: { us: 5, dprk: 10 },
    givenBy: 'us',
    timing: 'now',
  },
  {
    id: 'liaison',
    name: 'Liaison offices',
    levels: ['None', 'Exchange liaison offices'],
    value: { us: [0.5, 1], dprk: [0, 1] },
    weight: { us: 4, dprk: 2 },
    givenBy: 'us',
    timing: 'now',
  },
  {
    id: 'drills',
    name: 'US–ROK drills ("freeze for freeze")',
    levels: ['Unchanged', 'Suspended or scaled down'],
    value: { us: [1, 0.3], dprk: [0, 1] },
    weight: { us: 1, dprk: 3 },
    givenBy: 'us',
    timing: 'now',
    optional: true,
  },
] as const satisfies readonly IssueDefinition[];

export type IssueId = (typeof TABLE)[number]['id'];
export interface Issue extends IssueDefinition {
  readonly id: IssueId;
}

export const ISSUES: readonly Issue[] = TABLE;
export const ISSUE_IDS: readonly IssueId[] = ISSUES.map((issue) => issue.id);
export const ISSUE_COUNT = ISSUES.length;
export const LEVEL_COUNTS: readonly number[] = ISSUES.map((issue) => issue.levels.length);

const INDEX: Readonly<Record<IssueId, number>> = Object.fromEntries(ISSUE_IDS.map((id, i) => [id, i])) as Record<IssueId, number>;
/** The position of an issue in a package. */
export const issueIndex = (id: IssueId): number => INDEX[id];
export const issueById = (id: IssueId): Issue => ISSUES[INDEX[id]];

/** Per position: true for an optional issue (the drills linkage), which stays at level 0 unless the settings add it. */
export const OPTIONAL: readonly boolean[] = ISSUES.map((issue) => issue.optional === true);

const ALL_POSITIONS = ISSUES.map((_, i) => i);
const REQUIRED_POSITIONS = ALL_POSITIONS.filter((i) => !OPTIONAL[i]);
/** The positions of the issues in play, in table order: all of them, or all but the optional ones. */
export const issuesInPlay = (withOptional: boolean): readonly number[] => (withOptional ? ALL_POSITIONS : REQUIRED_POSITIONS);
