/**
 * The issues on the table, their ordered levels, each side's values and weights
 * (negotiation-anchors.md §3.3, a first calibration; changes are listed in docs/model.md).
 */
import type { IssueId, Side } from './ids.ts';

export interface Issue {
  readonly id: IssueId;
  readonly name: string;
  readonly levels: readonly string[];
  /** v(L) per side, in [0, 1]. */
  readonly value: Readonly<Record<Side, readonly number[]>>;
  /** Weights; each side's weights sum to 100 over all 12 issues. */
  readonly weight: Readonly<Record<Side, number>>;
  /** The side whose action the issue is (its cost when conceded). */
  readonly givenBy: Side;
  /** Delivered at signing (observable at once) or over later phases (a promise). */
  readonly timing: 'now' | 'later';
  /** Optional linkage issue, off the table unless the settings add it. */
  readonly optional?: boolean;
}

export const ISSUES: readonly Issue[] = [
  {
    id: 'I1',
    name: 'Yongbyon scope',
    levels: [
      'Nothing',
      '5 MW reactor + reprocessing (plutonium)',
      'All nuclear-material production at Yongbyon',
      'The whole complex, incl. R&D',
    ],
    value: { us: [0, 0.3, 0.6, 0.7], dprk: [1, 0.75, 0.5, 0.35] },
    weight: { us: 12, dprk: 10 },
    givenBy: 'dprk',
    timing: 'now',
  },
  {
    id: 'I2',
    name: 'Sites beyond Yongbyon',
    levels: ['None', 'Declare and freeze', 'Dismantle all'],
    value: { us: [0, 0.6, 1], dprk: [1, 0.5, 0] },
    weight: { us: 18, dprk: 14 },
    givenBy: 'dprk',
    timing: 'later',
  },
  {
    id: 'I3',
    name: 'Declaration / inventory',
    levels: ['None', 'Yongbyon list', 'All fissile production sites', 'Comprehensive (weapons, material, missiles)'],
    value: { us: [0, 0.3, 0.7, 1], dprk: [1, 0.8, 0.4, 0] },
    weight: { us: 12, dprk: 8 },
    givenBy: 'dprk',
    timing: 'later',
  },
  {
    id: 'I4',
    name: 'Verification / inspections',
    levels: [
      'National means',
      'US experts at Yongbyon dismantlement',
      'IAEA/US monitoring at declared sites',
      'Challenge inspections anywhere',
    ],
    value: { us: [0, 0.35, 0.7, 1], dprk: [1, 0.8, 0.4, 0] },
    weight: { us: 12, dprk: 6 },
    givenBy: 'dprk',
    timing: 'now',
  },
  {
    id: 'I5',
    name: 'Testing moratorium',
    levels: ['Unilateral (status quo)', 'Written permanent halt (nuclear + ICBM)', 'Halt + verified closure of test sites'],
    value: { us: [0, 0.7, 1], dprk: [1, 0.8, 0.6] },
    weight: { us: 6, dprk: 2 },
    givenBy: 'dprk',
    timing: 'now',
  },
  {
    id: 'I6',
    name: 'Missiles',
    levels: ['None', 'ICBM production freeze', 'ICBM dismantlement', 'All ballistic missiles'],
    value: { us: [0, 0.4, 0.7, 1], dprk: [1, 0.7, 0.3, 0] },
    weight: { us: 8, dprk: 6 },
    givenBy: 'dprk',
    timing: 'later',
  },
  {
    id: 'I7',
    name: 'Warheads & fissile stockpile',
    levels: ['None', 'Production freeze', 'Partial elimination', 'Transfer of all weapons and fuel to the US'],
    value: { us: [0, 0.45, 0.6, 1], dprk: [1, 0.6, 0.2, 0] },
    weight: { us: 10, dprk: 14 },
    givenBy: 'dprk',
    timing: 'later',
  },
  {
    id: 'I8',
    name: 'Sanctions relief',
    levels: [
      'None',
      'Humanitarian and inter-Korean exemptions',
      'Civilian parts of the 5 resolutions of 2016–17',
      'All UN sanctions',
      'All UN + US unilateral',
    ],
    value: { us: [1, 0.85, 0.35, 0.1, 0], dprk: [0, 0.25, 0.75, 0.9, 1] },
    weight: { us: 12, dprk: 22 },
    givenBy: 'us',
    timing: 'later',
  },
  {
    id: 'I9',
    name: 'Sequencing of relief',
    levels: ['Only after final, fully verified denuclearization', 'Phased action for action, with snapback', 'Upfront'],
    value: { us: [1, 0.6, 0], dprk: [0, 0.7, 1] },
    weight: { us: 6, dprk: 8 },
    givenBy: 'us',
    timing: 'now',
  },
  {
    id: 'I10',
    name: 'End-of-war declaration',
    levels: ['None', 'Political declaration', 'Launch peace-regime talks'],
    value: { us: [1, 0.8, 0.6], dprk: [0, 0.7, 1] },
    weight: { us: 2, dprk: 5 },
    givenBy: 'us',
    timing: 'now',
  },
  {
    id: 'I11',
    name: 'Liaison offices',
    levels: ['None', 'Exchange liaison offices'],
    value: { us: [0.5, 1], dprk: [0, 1] },
    weight: { us: 1, dprk: 2 },
    givenBy: 'us',
    timing: 'now',
  },
  {
    id: 'I12',
    name: 'US–ROK drills ("freeze for freeze")',
    levels: ['Unchanged', 'Suspended or scaled down'],
    value: { us: [1, 0.3], dprk: [0, 1] },
    weight: { us: 1, dprk: 3 },
    givenBy: 'us',
    timing: 'now',
    optional: true,
  },
];

export const ISSUE_COUNT = ISSUES.length;
export const LEVEL_COUNTS: readonly number[] = ISSUES.map((issue) => issue.levels.length);
export const issueIndex = (id: IssueId): number => Number(id.slice(1)) - 1;
