/**
 * The board's DOM twin: the canvas draws the table's issues as tracks with each side's latest offer on
 * them; this is the same board (`app/tableBoard.ts`) as a real table a screen reader can walk by row and
 * column, with every level named in full. It sits in a disclosure, open by default, whose summary says
 * on how many issues the sides are apart.
 */
import { SIDE_SHORT } from '../../app/labels.ts';
import { m } from '../../app/strings/catalogue.ts';
import { type BoardRow, rowGapText, rowNoteText, tableBoard } from '../../app/tableBoard.ts';
import type { Side } from '../../sim/session/index.ts';
import type { View } from '../../sim/session/view.ts';
import { h } from '../dom.ts';
import '../../styles/board.css';

const SIDES: readonly Side[] = ['us', 'dprk'];

function row(r: BoardRow, counterpart: Side | null): HTMLElement {
  const notes = rowNoteText(r, counterpart);
  return h(
    'tr',
    { 'data-issue': r.issue, 'data-note': r.note ?? undefined, 'data-apart': r.apart ?? undefined },
    h('th', { scope: 'row' }, r.name),
    ...SIDES.map((side) => {
      const level = r.offered[side];
      const label = m.board_col_offer({ side: SIDE_SHORT[side] });
      return h('td', { 'data-side': side, 'data-label': label }, level === undefined ? m.board_not_offered() : r.levels[level]);
    }),
    h('td', { class: 'board-state' }, h('span', {}, rowGapText(r)), ...notes.map((n) => h('span', { class: 'board-note' }, n))),
  );
}

/** The board for the viewer's table, or null off the table. */
export function tableBoardTable(view: View, showOptional: boolean): HTMLElement | null {
  const board = tableBoard(view, showOptional);
  if (!board) return null;
  const summary =
    board.issuesApart === null
      ? m.board_summary_waiting()
      : m.board_summary_apart({ count: board.issuesApart, total: board.rows.length });
  return h(
    'details',
    { class: 'board-details', open: true },
    h('summary', {}, h('span', { class: 'board-title' }, m.board_heading()), ` — ${summary}`),
    h(
      'table',
      { class: 'board' },
      h('caption', {}, board.answeredBy ? m.board_caption({ side: SIDE_SHORT[board.answeredBy] }) : m.board_caption_plain()),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, m.board_col_issue()),
          ...SIDES.map((side) => h('th', { scope: 'col' }, m.board_col_offer({ side: SIDE_SHORT[side] }))),
          h('th', { scope: 'col' }, m.board_col_state()),
        ),
      ),
      h('tbody', {}, ...board.rows.map((r) => row(r, board.answeredBy))),
    ),
  );
}
