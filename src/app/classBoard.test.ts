import { describe, expect, it } from 'vitest';
import { PRESETS, rawUtility } from '../sim/session/index.ts';
import { Session } from '../sim/session/session.ts';
import { encodeShareCode } from '../sim/session/shareCode.ts';
import {
  BOARD_REFERENCES,
  buildBoard,
  type FinishedTable,
  RECORD_ENDING,
  resultCodesToTables,
  shortCode,
  tablesFromDashboard,
  tablesStillPlaying,
} from './classBoard.ts';
import type { ClassDashboard, ClassTableSummary } from './classClient.ts';
import { dashboardCsv } from './classExport.ts';

/** Open-mode games between two computers: seeds 8 and 11 sign a deal, 3 walks out, 2 breaks down. */
const SEEDS = [8, 3, 11, 2];
const game = (seed: number, moves = Number.POSITIVE_INFINITY) => {
  const s = Session.start({ seats: { us: 'ai', dprk: 'ai' }, mode: 'open' }, seed);
  for (let i = 0; i < moves && s.stepAuto(); i++);
  return s;
};
const codeOf = (s: Session) => encodeShareCode(s.seed, s.settings, s.log());
const games = SEEDS.map((seed) => game(seed));
const codes = games.map(codeOf);

/** What the class server puts on the wire for a table (`src/server/dashboard.ts`), from the view both seats may see. */
function wire(table: number, s: Session): ClassTableSummary {
  const v = s.view('us');
  const seat = (label: string) => ({ label, kind: 'ai' as const, taken: false, connected: false });
  return {
    table,
    seats: { us: seat(`US-${table}`), dprk: seat(`DPRK-${table}`) },
    phase: v.phase,
    beat: v.beat?.id ?? null,
    turn: v.turn?.side ?? null,
    lastMove: v.lastMove && { side: v.lastMove.side, move: v.lastMove.move },
    moves: s.playedMoves().length,
    paused: false,
    ending: v.ending?.id ?? null,
    scores: v.over ? v.scores : null,
    agreement: v.over && v.signed ? v.agreement : null,
  };
}
const live = (tables: ClassTableSummary[]): ClassDashboard => ({ code: 'ACD346', debriefReleased: false, tables });

describe('the class results board', () => {
  it('counts the tables at each ending, marks the record, and puts each table and reference on the chart', () => {
    const { tables, problems } = resultCodesToTables(codes.join('\n'));
    expect(problems).toEqual([]);
    expect(tables.map((t) => t.ending)).toEqual(games.map((g) => g.view('us').ending?.id));
    const board = buildBoard(tables);
    expect(board.tables).toBe(4);
    const count = (id: string) => board.endings.find((e) => e.ending === id)?.count;
    expect(count('yongbyonPlus')).toBe(2);
    expect(count('walkout')).toBe(1);
    expect(count('breakdown')).toBe(1);
    expect(count('comprehensive')).toBe(0);
    expect(board.endings.reduce((n, e) => n + e.count, 0)).toBe(4);
    expect(board.endings.filter((e) => e.onRecord).map((e) => e.ending)).toEqual([RECORD_ENDING]);
    expect(board.record).toEqual({ ending: 'walkout', deal: false, sameAsRecord: 1 });
    expect(board.deals).toBe(2);

    // A deal sits at both sides' face values of its package (the chart's axes, as for the references and
    // the Pareto frontier), a table without one at the walk-away values.
    const first = games[0].view('us');
    expect(first.signed).toBe(true);
    const pkg = first.agreement ?? [];
    expect(board.points[0]).toMatchObject({
      label: 'Table 1',
      deal: true,
      us: rawUtility('us', pkg),
      dprk: rawUtility('dprk', pkg),
    });
    const walked = games[1].view('us').scores;
    expect(board.points[1]).toMatchObject({ deal: false, us: walked?.us.reservation, dprk: walked?.dprk.reservation });
    expect(board.references.map((r) => r.id)).toEqual([...BOARD_REFERENCES]);
    expect(board.references[0].us).toBe(rawUtility('us', PRESETS.dprkHanoiOffer.pkg));
    expect(board.references[1].dprk).toBe(rawUtility('dprk', PRESETS.usBigDeal.pkg));
  }, 30_000);

  it('spreads the agreed levels issue by issue, and times each agreement', () => {
    const board = buildBoard(resultCodesToTables(codes.join(' ')).tables);
    const deals = [games[0], games[2]].map((g) => g.view('us').agreement ?? []);
    expect(board.termsKnown).toBe(2);
    expect(board.termsUnknown).toBe(0);
    const sanctions = board.issues.find((i) => i.issue === 'sanctions');
    expect(sanctions?.levels.reduce((a, b) => a + b, 0)).toBe(2);
    const yongbyon = board.issues.find((i) => i.issue === 'yongbyon');
    const expected = [0, 0, 0, 0];
    for (const d of deals) expected[d[0]]++;
    expect(yongbyon?.levels).toEqual(expected);
    const moves = [games[0], games[2]].map((g) => g.playedMoves().length);
    expect(board.time.map((t) => t.moves)).toEqual([...moves].sort((a, b) => a - b));
    expect(board.medianMoves).toBe((moves[0] + moves[1]) / 2);
    expect(buildBoard([]).medianMoves).toBeNull();
    expect(buildBoard([]).issues).toEqual([]);
  }, 30_000);

  it('keeps the good codes and says which code is bad and why, a duplicate once', () => {
    const damaged = `${codes[1].slice(0, 20)}${codes[1][20] === 'A' ? 'B' : 'A'}${codes[1].slice(21)}`;
    const unfinished = codeOf(game(3, 5));
    const text = `${codes[0]}, ${codes[0]}\n${damaged}\n  not*a*code* ${unfinished}\n${codes[0]}\n?code=${codes[2]}`;
    const r = resultCodesToTables(text);
    expect(r.tables.map((t) => t.table)).toEqual([1, 2]);
    expect(r.codes).toEqual([codes[0], codes[2]]);
    expect(r.problems.map((p) => p.code)).toEqual([
      shortCode(codes[0]),
      shortCode(damaged),
      'not*a*code*',
      shortCode(unfinished),
    ]);
    expect(r.problems[0].message).toMatch(/more than once/);
    expect(r.problems[1].message).toMatch(/does not check out/);
    expect(r.problems[2].message).toMatch(/characters a share code never has/);
    expect(r.problems[3].message).toMatch(/not finished/);
    expect(shortCode(codes[0]).length).toBeLessThan(codes[0].length);
    expect(resultCodesToTables(' \n , ').tables).toEqual([]);
    // The good codes export as the dashboard would: one CSV row per table.
    expect(dashboardCsv(r.dashboard).trimEnd().split('\r\n')).toHaveLength(3);
  }, 30_000);

  it('from codes is the board the live dashboard gives for the same games', () => {
    const fromCodes = buildBoard(resultCodesToTables(codes.join('\n')).tables);
    // The live dashboard also lists unfinished tables; they are not on the board.
    const tables = [...games.map((g, i) => wire(i + 1, g)), wire(5, game(3, 5))];
    const fromLive = buildBoard(tablesFromDashboard(live(tables)));
    expect(tablesStillPlaying(live(tables))).toEqual(['Table 5']);
    // The wire carries the signed terms, so the live board is the whole board, issue by issue included.
    expect(fromLive).toEqual(fromCodes);
    expect(fromCodes.issues.length).toBeGreaterThan(0);
    expect(fromCodes.termsKnown).toBe(2);
    // A summary that somehow lacks a deal's terms counts it as terms not known, not as no deal.
    const { issues, termsKnown, termsUnknown, ...rest } = fromCodes;
    const without = tables.map((t) => ({ ...t, agreement: null }));
    expect(buildBoard(tablesFromDashboard(live(without)))).toEqual({ ...rest, issues: [], termsKnown: 0, termsUnknown: 2 });
    expect(termsKnown + termsUnknown).toBe(2);
  }, 30_000);

  it('never counts terms for a table without a deal', () => {
    const t = resultCodesToTables(codes[1]).tables[0] as FinishedTable;
    expect(t.terms).toBeNull();
    expect(buildBoard([t]).issues).toEqual([]);
  }, 30_000);
});
