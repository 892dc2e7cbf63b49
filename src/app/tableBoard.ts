/**
 * The bargaining table as a board: one row per issue on the table, each side's latest offer marked on
 * the issue's track of levels, how far apart they are, and what the counterpart said about the row when
 * it last answered the viewer (its red line, what costs it most, the level it would accept). The canvas
 * draws it (`game/art/tableBoard.ts`) and the DOM twin (`ui/screens/tableBoardTable.ts`) reads the same
 * rows, so the two always agree. Only what the viewer's own View holds: a seat learns the other side's
 * priorities from its answers, never from its weights.
 */
import type { IssueId, Side } from '../sim/session/index.ts';
import type { View } from '../sim/session/view.ts';
import { ISSUES } from './content.ts';
import { SIDE_SHORT } from './labels.ts';
import { m } from './strings/catalogue.ts';

/** What the counterpart's last answer to the viewer said about one issue. */
export type RowNote = 'redLine' | 'costly';

export interface BoardRow {
  readonly issue: IssueId;
  readonly name: string;
  /** Every level in full, level 0 included. */
  readonly levels: readonly string[];
  /** Each side's latest offer on this issue (absent until the side has made one). */
  readonly offered: Partial<Record<Side, number>>;
  /** Level steps between the two latest offers; null until both sides have offered. */
  readonly apart: number | null;
  /** The red line on this issue, or that it is among the issues costing the counterpart most. */
  readonly note: RowNote | null;
  /** With a red line: the level it needs and which way. */
  readonly redLine: { readonly needs: number; readonly bound: 'atMost' | 'atLeast' } | null;
  /** The level the counterpart said it would accept on this issue ("would accept if"), if it named one. */
  readonly acceptAt: number | null;
}

export interface Board {
  readonly rows: readonly BoardRow[];
  /** The side whose answer the notes come from (the viewer's counterpart), or null when none yet. */
  readonly answeredBy: Side | null;
  /** Issues on which the two latest offers differ; null until both sides have offered. */
  readonly issuesApart: number | null;
}

/** The latest offer each side has made at this table. */
function latestOffers(view: View): Partial<Record<Side, readonly number[]>> {
  const out: Partial<Record<Side, readonly number[]>> = {};
  for (const offer of view.table?.offers ?? []) out[offer.by] = offer.pkg;
  return out;
}

/**
 * The board for a view (null off the table). `showOptional` adds the optional linkage issues (the
 * drills setting), as the offer builder does.
 */
export function tableBoard(view: View, showOptional: boolean): Board | null {
  const table = view.table;
  if (!table) return null;
  const latest = latestOffers(view);
  const reasons = table.lastAnswer?.reasons ?? null;
  const rows: BoardRow[] = [];
  ISSUES.forEach((issue, i) => {
    if (issue.optional && !showOptional) return;
    const id = issue.id as IssueId;
    const offered: Partial<Record<Side, number>> = {};
    for (const side of ['us', 'dprk'] as const) {
      const pkg = latest[side];
      if (pkg) offered[side] = pkg[i];
    }
    const apart = offered.us !== undefined && offered.dprk !== undefined ? Math.abs(offered.us - offered.dprk) : null;
    const red = reasons?.redLine?.issue === id ? reasons.redLine : null;
    const note: RowNote | null = red ? 'redLine' : reasons?.costly.includes(id) ? 'costly' : null;
    const accept = reasons?.wouldAcceptIf?.find((c) => c.issue === id);
    rows.push({
      issue: id,
      name: issue.name,
      levels: issue.levels,
      offered,
      apart,
      note,
      redLine: red && { needs: red.needs, bound: red.bound },
      acceptAt: accept ? accept.level : null,
    });
  });
  const both = latest.us && latest.dprk;
  return {
    rows,
    answeredBy: table.lastAnswer ? table.lastAnswer.by : null,
    issuesApart: both ? rows.filter((r) => (r.apart ?? 0) > 0).length : null,
  };
}

/** The rows to draw when not all fit: spoken-about rows first, then the widest gaps, in table order. */
export function rowsThatFit(rows: readonly BoardRow[], room: number): BoardRow[] {
  if (rows.length <= room) return [...rows];
  const rank = (r: BoardRow) => (r.note === 'redLine' ? 3 : r.note || r.acceptAt !== null ? 2 : 0) * 10 + (r.apart ?? 0);
  const chosen = new Set([...rows].sort((a, b) => rank(b) - rank(a)).slice(0, Math.max(0, room)));
  return rows.filter((r) => chosen.has(r));
}

/** "Agreed", "1 step apart", "Only the US has offered": the state of one row in words. */
export function rowGapText(row: BoardRow): string {
  if (row.apart === null) {
    const side = row.offered.us !== undefined ? 'us' : row.offered.dprk !== undefined ? 'dprk' : null;
    return side ? m.board_only_one_offer({ side: SIDE_SHORT[side] }) : m.board_no_offers();
  }
  return row.apart === 0 ? m.board_agreed() : m.board_apart({ count: row.apart });
}

/** What the counterpart (`board.answeredBy`) said about the row, in words (empty when nothing). */
export function rowNoteText(row: BoardRow, counterpart: Side | null): string[] {
  if (!counterpart) return [];
  const who = SIDE_SHORT[counterpart];
  const out: string[] = [];
  if (row.redLine) {
    const level = row.levels[row.redLine.needs];
    out.push(
      row.redLine.bound === 'atLeast'
        ? m.board_red_line_at_least({ side: who, level })
        : m.board_red_line_at_most({ side: who, level }),
    );
  } else if (row.note === 'costly') out.push(m.board_costly({ side: who }));
  if (row.acceptAt !== null) out.push(m.board_would_accept({ side: who, level: row.levels[row.acceptAt] }));
  return out;
}
