/**
 * The issue table's invariants. Everything else reads issues through this table (by name, in its
 * order), so a mistake here would surface far away: the checks run on the real table and, to show
 * they can fail, on broken copies of it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SIDES } from './ids.ts';
import {
  ISSUE_COUNT,
  ISSUE_IDS,
  ISSUES,
  type Issue,
  issueById,
  issueIndex,
  issuesInPlay,
  LEVEL_COUNTS,
  OPTIONAL,
} from './issues.ts';
import { level, makePackage, withoutOptional } from './package.ts';

/** Share codes write one decimal digit per issue, so no issue may have more than ten levels. */
const MAX_LEVELS = 10;

function tableProblems(table: readonly Issue[]): string[] {
  const problems: string[] = [];
  const ids = table.map((issue) => issue.id);
  for (const id of new Set(ids)) if (ids.indexOf(id) !== ids.lastIndexOf(id)) problems.push(`${id}: id used twice`);
  for (const side of SIDES) {
    const total = table.reduce((sum, issue) => sum + issue.weight[side], 0);
    if (Math.abs(total - 100) > 1e-9) problems.push(`${side} weights sum to ${total}, not 100`);
  }
  for (const issue of table) {
    const n = issue.levels.length;
    if (n < 2) problems.push(`${issue.id}: ${n} level(s); an issue needs at least 2`);
    if (n > MAX_LEVELS) problems.push(`${issue.id}: ${n} levels do not fit one share-code digit`);
    for (const side of SIDES) {
      const values = issue.value[side];
      if (values.length !== n) problems.push(`${issue.id}: ${values.length} ${side} values for ${n} levels`);
      if (values.some((v) => !(v >= 0 && v <= 1))) problems.push(`${issue.id}: a ${side} value outside [0, 1]`);
      if (!(issue.weight[side] >= 0)) problems.push(`${issue.id}: negative ${side} weight`);
    }
  }
  return problems;
}

const sanctions = issueById('sanctions');
const verification = issueById('verification');
const replace = (id: Issue['id'], patch: Partial<Issue>): Issue[] =>
  ISSUES.map((issue) => (issue.id === id ? { ...issue, ...patch } : issue));

describe('the issue table', () => {
  it('holds every invariant', () => {
    expect(tableProblems(ISSUES)).toEqual([]);
  });

  it('the checks catch a broken table', () => {
    expect(tableProblems([...ISSUES, sanctions])).toEqual(
      expect.arrayContaining(['sanctions: id used twice', `us weights sum to ${100 + sanctions.weight.us}, not 100`]),
    );
    expect(tableProblems(replace('sanctions', { weight: { us: sanctions.weight.us + 1, dprk: sanctions.weight.dprk } }))).toEqual(
      ['us weights sum to 101, not 100'],
    );
    expect(tableProblems(replace('sanctions', { levels: sanctions.levels.slice(0, 4) }))).toEqual([
      'sanctions: 5 us values for 4 levels',
      'sanctions: 5 dprk values for 4 levels',
    ]);
    expect(tableProblems(replace('verification', { value: { ...verification.value, dprk: [1, 0.8, 0.4, -0.1] } }))).toEqual([
      'verification: a dprk value outside [0, 1]',
    ]);
    const single = { levels: ['Only'], value: { us: [1], dprk: [0] } };
    expect(tableProblems(replace('liaison', single))).toEqual(['liaison: 1 level(s); an issue needs at least 2']);
    const eleven = Array.from({ length: 11 }, (_, i) => `L${i}`);
    const wide = { levels: eleven, value: { us: eleven.map(() => 0), dprk: eleven.map(() => 1) } };
    expect(tableProblems(replace('liaison', wide))).toEqual(['liaison: 11 levels do not fit one share-code digit']);
  });

  it('ids, counts and level counts are derived from the table, in its order', () => {
    expect(ISSUE_IDS).toEqual(ISSUES.map((issue) => issue.id));
    expect(ISSUE_COUNT).toBe(ISSUES.length);
    expect(LEVEL_COUNTS).toEqual(ISSUES.map((issue) => issue.levels.length));
  });

  it('keeps the first twelve issues where share codes and saves expect them (new issues go at the end)', () => {
    expect(ISSUE_IDS.slice(0, 12)).toEqual([
      'yongbyon',
      'otherSites',
      'declaration',
      'verification',
      'testing',
      'missiles',
      'warheads',
      'sanctions',
      'sequencing',
      'endOfWar',
      'liaison',
      'drills',
    ]);
  });

  it('issueIndex and issueById round-trip every id', () => {
    ISSUE_IDS.forEach((id, i) => {
      expect(issueIndex(id)).toBe(i);
      expect(ISSUE_IDS[issueIndex(id)]).toBe(id);
      expect(issueById(id)).toBe(ISSUES[i]);
      expect(level(makePackage({ [id]: 1 }), id)).toBe(1);
    });
  });

  it('exactly the optional issues are optional, and only they leave the table when the settings say so', () => {
    expect(ISSUES.filter((issue) => issue.optional).map((issue) => issue.id)).toEqual(['drills']);
    expect(OPTIONAL).toEqual(ISSUES.map((issue) => issue.optional === true));
    expect(issuesInPlay(true)).toEqual(ISSUES.map((_, i) => i));
    expect(issuesInPlay(false)).toEqual(ISSUES.flatMap((issue, i) => (issue.optional ? [] : [i])));
    const everything = LEVEL_COUNTS.map((n) => n - 1);
    expect(withoutOptional(everything)).toEqual(everything.map((l, i) => (ISSUES[i].optional ? 0 : l)));
    expect(level(withoutOptional(everything), 'drills')).toBe(0);
    expect(level(withoutOptional(everything), 'sanctions')).toBe(LEVEL_COUNTS[issueIndex('sanctions')] - 1);
  });
});

/** Reading an issue by a bare position, or by its old I-number, instead of by its name. */
const BY_POSITION: readonly RegExp[] = [
  /\b(?:pkg|signed|agreement|offer|draft|ISSUES|LEVEL_COUNTS|OPTIONAL)\[\d+\]/,
  /['"`]I\d{1,2}['"`]|\bI\d{1,2}:/,
];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

describe('issues are read by name', () => {
  const files = sources(new URL('../../', import.meta.url).pathname);

  it('no source reads an issue by its position or old number', () => {
    expect(files.length).toBeGreaterThan(50);
    const offences = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (BY_POSITION.some((re) => re.test(line)) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(offences).toEqual([]);
  });

  it('the check flags the old ways', () => {
    const samples = ["if (pkg[11] !== 0) return 'off';", 'const v = ISSUES[0].value;', "level(pkg, 'I8')", '{ I1: 3 }'];
    expect(samples.filter((line) => BY_POSITION.some((re) => re.test(line)))).toEqual(samples);
    expect(BY_POSITION.some((re) => re.test("level(pkg, 'sanctions') + pkg[i]"))).toBe(false);
  });
});
