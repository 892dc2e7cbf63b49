import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Side } from '../model/ids.ts';
import { Session } from '../session/session.ts';
import { everyPath, shownPath } from '../session/shownPaths.ts';
import { START_POINT_IDS, type StartPointId } from './startPoints.ts';
import { CLASS_WORD_LIMIT, countWords, wordsShown } from './wordCount.ts';

/** The words the table screen shows at one time (table.ts), from the catalogue. */
const EN: Record<string, string> = JSON.parse(readFileSync(new URL('../../../messages/en.json', import.meta.url), 'utf8'));
const TABLE_KEYS = [
  'table_closes_at',
  'table_standing_heading',
  'table_your_offer',
  'table_start_from_theirs',
  'value_readout_better',
  'value_readout_why',
  'value_standing',
  'table_submit',
  'table_accept',
  'branch_move_adjourn',
  'branch_move_walk',
  'table_offers_so_far',
];
const TABLE_CHROME = TABLE_KEYS.map((k) => (EN[k] ?? '').replace(/\{[^}]*\}/g, 'x'));

const SIDES: readonly Side[] = ['us', 'dprk'];
const LENGTHS = ['full', 'class'] as const;

/** Plays one game to its end; `seats` other than ai/ai explore the paths off the record. */
function play(start: StartPointId, length: 'full' | 'class', seed: number, kind: 'ai' | 'random', mode: 'historical' | 'open') {
  const s = Session.start({ seats: { us: kind, dprk: kind }, mode, start, length }, seed);
  s.runAuto();
  return shownPath(s);
}

const RANDOM_RUNS = 60;

interface Row {
  seat: Side;
  start: StartPointId;
  length: 'full' | 'class';
  historical: number;
  longest: number;
  /** How the longest path was found: every path walked, or the most of a seeded sample. */
  method: string;
}

/** The recommended class set-up: class length from the dispute. Its whole tree is walked. */
const WALKED: readonly [StartPointId, 'full' | 'class'][] = [['dispute', 'class']];

function measure(): Row[] {
  const rows: Row[] = [];
  for (const start of START_POINT_IDS)
    for (const length of LENGTHS) {
      const historical = play(start, length, 1, 'ai', 'historical');
      const walked = WALKED.some(([s, l]) => s === start && l === length);
      const others = walked
        ? everyPath(Session.start({ seats: { us: 'human', dprk: 'human' }, mode: 'open', start, length }, 1))
        : Array.from({ length: RANDOM_RUNS }, (_, i) =>
            play(start, length, 1000 + i, 'random', i % 2 === 0 ? 'open' : 'historical'),
          );
      const method = walked ? `all ${others.length} paths` : `${RANDOM_RUNS} random games`;
      for (const seat of SIDES) {
        const h = wordsShown(historical, seat, TABLE_CHROME).total;
        const longest = others.reduce((n, p) => Math.max(n, wordsShown(p, seat, TABLE_CHROME).total), h);
        rows.push({ seat, start, length, historical: h, longest, method });
      }
    }
  return rows;
}

describe('words shown on screen', () => {
  const rows = measure();

  it('prints the counts for each seat, start point and length (historical path and longest path found)', () => {
    console.table(rows);
    expect(rows).toHaveLength(START_POINT_IDS.length * LENGTHS.length * SIDES.length);
    for (const r of rows) expect(r.longest).toBeGreaterThanOrEqual(r.historical);
  });

  it('counts words as a reader would: numbers and words, not dashes', () => {
    expect(countWords('Hanoi, 27–28 February 2019 — the brief')).toBe(6);
    expect(countWords('')).toBe(0);
  });

  it('a later start shows fewer words than the beginning, and class length fewer than full', () => {
    const at = (seat: Side, start: StartPointId, length: 'full' | 'class') =>
      rows.find((r) => r.seat === seat && r.start === start && r.length === length) as Row;
    for (const seat of SIDES) {
      expect(at(seat, 'dispute', 'full').historical).toBeLessThan(at(seat, 'beginning', 'full').historical);
      for (const start of START_POINT_IDS)
        expect(at(seat, start, 'class').historical).toBeLessThan(at(seat, start, 'full').historical);
    }
  });

  it(`the class-length game from the dispute stays within ${CLASS_WORD_LIMIT} words for each seat, on every path measured`, () => {
    for (const r of rows.filter((row) => row.length === 'class' && row.start === 'dispute')) {
      expect(r.historical, `${r.seat} ${r.start} historical`).toBeLessThanOrEqual(CLASS_WORD_LIMIT);
      expect(r.longest, `${r.seat} ${r.start} longest`).toBeLessThanOrEqual(CLASS_WORD_LIMIT);
    }
  });
});
