/**
 * The bargaining board: rows for every issue on the table (level 0 included), each side's latest
 * offer, the gap, and the counterpart's reasons on the rows they name — read from the viewer's own
 * View, so the other seat's board carries no notes; and which rows are kept when not all fit.
 */
import { describe, expect, it } from 'vitest';
import { issueIndex, OPTIONAL, type Side } from '../sim/session/index.ts';
import { Session } from '../sim/session/session.ts';
import type { View } from '../sim/session/view.ts';
import { ISSUES } from './content.ts';
import { type BoardRow, rowGapText, rowNoteText, rowsThatFit, tableBoard } from './tableBoard.ts';

/** Plays the US seat with its first enabled choice until the viewer's offer has been answered at a table. */
function answeredAtTable(seed: number): { session: Session; view: View } | null {
  const s = Session.start({ seats: { us: 'human', dprk: 'ai' }, mode: 'open' }, seed);
  for (let guard = 0; guard < 400 && !s.over; guard++) {
    if (s.stepAuto()) continue;
    const view = s.view('us');
    if (view.table?.lastAnswer) return { session: s, view };
    if (view.beat?.kind === 'table') {
      // A tough opening: everything the US wants, so the DPRK answers with a counteroffer and reasons.
      const pkg = ISSUES.map((issue, i) => (OPTIONAL[i] ? 0 : issue.value.us.indexOf(Math.max(...issue.value.us))));
      if (!s.act({ type: 'OFFER', by: 'us', pkg }).ok) return null;
      continue;
    }
    const choice = view.choices.find((c) => c.enabled);
    if (!choice || !s.act({ type: 'CHOOSE', by: 'us', choiceId: choice.id }).ok) return null;
  }
  return null;
}

const latest = (view: View, side: Side) => [...(view.table?.offers ?? [])].reverse().find((o) => o.by === side)?.pkg;

describe('the bargaining board', () => {
  it("marks each side's latest offer on every issue and the counterpart's reasons on their rows", () => {
    let checked = 0;
    for (const seed of [1, 2, 3, 4, 5]) {
      const found = answeredAtTable(seed);
      if (!found) continue;
      const { view } = found;
      const board = tableBoard(view, false);
      expect(board).not.toBeNull();
      if (!board) continue;
      expect(board.rows.map((r) => r.issue)).toEqual(ISSUES.filter((i) => !i.optional).map((i) => i.id));
      const us = latest(view, 'us');
      const dprk = latest(view, 'dprk');
      for (const row of board.rows) {
        const i = issueIndex(row.issue);
        expect(row.offered.us).toBe(us?.[i]);
        expect(row.offered.dprk).toBe(dprk?.[i]);
        expect(row.levels).toEqual(ISSUES[i].levels);
        if (us && dprk) expect(row.apart).toBe(Math.abs(us[i] - dprk[i]));
      }
      if (us && dprk)
        expect(board.issuesApart).toBe(board.rows.filter((r) => us[issueIndex(r.issue)] !== dprk[issueIndex(r.issue)]).length);
      const reasons = view.table?.lastAnswer?.reasons;
      expect(reasons).toBeTruthy();
      if (!reasons) continue;
      expect(board.answeredBy).toBe('dprk');
      for (const row of board.rows) {
        const red = reasons.redLine?.issue === row.issue;
        expect(row.note).toBe(red ? 'redLine' : reasons.costly.includes(row.issue) ? 'costly' : null);
        expect(row.acceptAt).toBe(reasons.wouldAcceptIf?.find((c) => c.issue === row.issue)?.level ?? null);
        // Every note is said in words in the twin.
        if (row.note || row.acceptAt !== null) expect(rowNoteText(row, 'dprk').length).toBeGreaterThan(0);
        else expect(rowNoteText(row, 'dprk')).toEqual([]);
      }
      expect(board.rows.some((r) => r.note !== null)).toBe(true);
      // The other seat's board has the same offers and none of the answer's notes.
      const theirs = tableBoard(found.session.view('dprk'), false);
      expect(theirs?.rows.map((r) => r.offered)).toEqual(board.rows.map((r) => r.offered));
      expect(theirs?.rows.every((r) => r.note === null && r.acceptAt === null)).toBe(true);
      expect(theirs?.answeredBy).toBeNull();
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(3);
  });

  it('adds the optional issues with the drills setting, and is null off the table', () => {
    const s = Session.start({ seats: { us: 'human', dprk: 'ai' }, mode: 'open' }, 1);
    expect(tableBoard(s.view('us'), false)).toBeNull();
    const found = answeredAtTable(1);
    if (!found) throw new Error('no table reached');
    expect(tableBoard(found.view, true)?.rows).toHaveLength(ISSUES.length);
    expect(tableBoard(found.view, false)?.rows).toHaveLength(ISSUES.filter((i) => !i.optional).length);
  });

  it('words the gap of a row', () => {
    const row = (offered: BoardRow['offered'], apart: number | null): BoardRow => ({
      issue: 'sanctions',
      name: 'Sanctions relief',
      levels: ['a', 'b', 'c'],
      offered,
      apart,
      note: null,
      redLine: null,
      acceptAt: null,
    });
    expect(rowGapText(row({ us: 1, dprk: 1 }, 0))).toBe('Agreed');
    expect(rowGapText(row({ us: 0, dprk: 2 }, 2))).toBe('2 steps apart');
    expect(rowGapText(row({ us: 0, dprk: 1 }, 1))).toBe('1 step apart');
    expect(rowGapText(row({ dprk: 1 }, null))).toBe('Only the DPRK side has offered');
    expect(rowGapText(row({}, null))).toBe('No offers yet');
  });

  it('keeps the rows the counterpart spoke about, then the widest gaps, in table order', () => {
    const mk = (issue: BoardRow['issue'], apart: number, note: BoardRow['note'] = null): BoardRow => ({
      issue,
      name: issue,
      levels: ['a', 'b', 'c', 'd'],
      offered: { us: 0, dprk: apart },
      apart,
      note,
      redLine: null,
      acceptAt: null,
    });
    const rows = [
      mk('yongbyon', 1),
      mk('otherSites', 3),
      mk('declaration', 0, 'costly'),
      mk('sanctions', 2),
      mk('missiles', 0, 'redLine'),
    ];
    expect(rowsThatFit(rows, 10)).toEqual(rows);
    expect(rowsThatFit(rows, 3).map((r) => r.issue)).toEqual(['otherSites', 'declaration', 'missiles']);
    expect(rowsThatFit(rows, 1).map((r) => r.issue)).toEqual(['missiles']);
    expect(rowsThatFit(rows, 0)).toEqual([]);
  });
});
