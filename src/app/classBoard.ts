/**
 * The class results board, as data: what the projector shows once tables have finished. One builder
 * for both sources, so the board is the same whichever way the games reached the teacher:
 *
 * - live, from the class server's dashboard (`tablesFromDashboard`: each finished table's ending,
 *   scores, moves and signed terms);
 * - offline, from result codes (`resultCodesToTables`): a result code is the game's share code, which
 *   already replays a whole game, so the teacher's browser replays it and reads the same summary the
 *   server would have sent, plus the terms.
 *
 * Pure and DOM-free: the screen (`ui/class/board.ts`) draws it, `classExport.ts` exports it.
 */

import { gameSummary } from '../sim/session/classDashboard.ts';
import type { EndingId, Package, Scores } from '../sim/session/index.ts';
import { DEAL_ENDINGS, ENDING_IDS, GameProblem, LEVEL_COUNTS, OPTIONAL, rawUtility } from '../sim/session/index.ts';
import type { Session } from '../sim/session/session.ts';
import { replayShareCode } from '../sim/session/shareCode.ts';
import type { ClassDashboard, ClassTableSummary } from './classClient.ts';
import { ISSUES, PRESETS, problemText } from './content.ts';
import { m } from './strings/catalogue.ts';

/** What happened at Hanoi on 28 February 2019: the walk, with no agreement signed. */
export const RECORD_ENDING: EndingId = 'walkout';

/** The reference deals on the Pareto chart: the DPRK's Hanoi offer, the US "big deal" and the bridge. */
export const BOARD_REFERENCES = ['dprkHanoiOffer', 'usBigDeal', 'yongbyonPlus'] as const;

/** One finished table, whichever way it reached the board. */
export interface FinishedTable {
  readonly table: number;
  readonly label: string;
  readonly ending: EndingId;
  /** The signed package; null when there was no deal; 'unknown' for a deal whose terms the source did not carry. */
  readonly terms: Package | null | 'unknown';
  readonly scores: Scores;
  /** Moves played after the table's start point, to the end of the game (its agreement, for a deal). */
  readonly moves: number;
}

export interface EndingCount {
  readonly ending: EndingId;
  readonly count: number;
  /** This ending is what happened at Hanoi. */
  readonly onRecord: boolean;
}

export interface BoardPoint {
  /** A table number, or a reference preset's ID. */
  readonly id: string;
  readonly label: string;
  readonly us: number;
  readonly dprk: number;
  /** A signed deal (a table without one sits at both sides' walk-away values). */
  readonly deal: boolean;
}

export interface IssueSpread {
  readonly issue: string;
  /** How many deals agreed each level of the issue, by level. */
  readonly levels: readonly number[];
}

export interface TimeToAgreement {
  readonly table: number;
  readonly label: string;
  readonly ending: EndingId;
  readonly moves: number;
}

export interface BoardData {
  readonly tables: number;
  readonly deals: number;
  /** Every ending, in the game's order, with how many tables reached it (zero included). */
  readonly endings: readonly EndingCount[];
  /** Each table's outcome in (U_US, U_DPRK). */
  readonly points: readonly BoardPoint[];
  readonly references: readonly BoardPoint[];
  /** Per issue on the table in any deal (optional issues only when a deal put them on), the agreed levels. */
  readonly issues: readonly IssueSpread[];
  /** Deals counted in `issues`, and deals whose terms the source did not carry. */
  readonly termsKnown: number;
  readonly termsUnknown: number;
  /** The deals, fastest first, and the median number of moves to agreement (null without a deal). */
  readonly time: readonly TimeToAgreement[];
  readonly medianMoves: number | null;
  /** The historical record beside the class: its ending, and how many tables ended the same way. */
  readonly record: { readonly ending: EndingId; readonly deal: false; readonly sameAsRecord: number };
}

const median = (xs: readonly number[]): number | null => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

export function buildBoard(tables: readonly FinishedTable[]): BoardData {
  const known = tables.flatMap((t) => (Array.isArray(t.terms) ? [t.terms as Package] : []));
  const deals = tables.filter((t) => t.terms !== null);
  const issues = ISSUES.flatMap((issue, i): IssueSpread[] => {
    const levels = Array.from({ length: LEVEL_COUNTS[i] }, () => 0);
    for (const pkg of known) levels[pkg[i]]++;
    // An optional issue is on the table only when a deal's settings put it there (a level above "off").
    const onTable = !OPTIONAL[i] || levels.slice(1).some((n) => n > 0);
    return known.length > 0 && onTable ? [{ issue: issue.id, levels }] : [];
  });
  const time = deals
    .map((t) => ({ table: t.table, label: t.label, ending: t.ending, moves: t.moves }))
    .sort((a, b) => a.moves - b.moves || a.table - b.table);
  return {
    tables: tables.length,
    deals: deals.length,
    endings: ENDING_IDS.map((ending) => ({
      ending,
      count: tables.filter((t) => t.ending === ending).length,
      onRecord: ending === RECORD_ENDING,
    })),
    points: tables.map((t) => ({
      id: String(t.table),
      label: t.label,
      us: t.scores.us.raw,
      dprk: t.scores.dprk.raw,
      deal: t.terms !== null,
    })),
    references: BOARD_REFERENCES.map((id) => ({
      id,
      label: PRESETS[id].name,
      us: rawUtility('us', PRESETS[id].pkg),
      dprk: rawUtility('dprk', PRESETS[id].pkg),
      deal: true,
    })),
    issues,
    termsKnown: known.length,
    termsUnknown: deals.length - known.length,
    time,
    medianMoves: median(time.map((t) => t.moves)),
    record: { ending: RECORD_ENDING, deal: false, sameAsRecord: tables.filter((t) => t.ending === RECORD_ENDING).length },
  };
}

/** A finished table from its dashboard summary; `terms` as the source knows them. */
function finished(t: ClassTableSummary, terms: Package | null | 'unknown'): FinishedTable | null {
  if (!t.ending || !t.scores) return null;
  return {
    table: t.table,
    label: m.class_table_label({ table: t.table }),
    ending: t.ending,
    terms: DEAL_ENDINGS.has(t.ending) ? terms : null,
    scores: t.scores,
    moves: t.moves,
  };
}

/**
 * The finished tables of a live dashboard. It carries no signed terms today; if the server adds the
 * signed package to a table's summary as `agreement`, it is read here and the issue view fills in.
 */
export function tablesFromDashboard(d: ClassDashboard): FinishedTable[] {
  return d.tables.flatMap((t) => {
    // A deal always carries its terms; 'unknown' only guards a summary that somehow lacks them.
    const f = finished(t, t.agreement ?? 'unknown');
    return f ? [f] : [];
  });
}

/** The tables of a live dashboard that have not finished yet, by label (the board names them). */
export function tablesStillPlaying(d: ClassDashboard): string[] {
  return d.tables.filter((t) => !t.ending || !t.scores).map((t) => m.class_table_label({ table: t.table }));
}

/** What a table's summary would be on the wire (the server's `summarizeTable`, from both seats' view). */
export function summaryOfSession(table: number, session: Session): ClassTableSummary {
  const seat = (side: 'us' | 'dprk') => ({
    label: `${side === 'us' ? 'US' : 'DPRK'}-${table}`,
    kind: session.settings.seats[side] === 'human' ? ('human' as const) : ('ai' as const),
    taken: session.settings.seats[side] === 'human',
    connected: false,
  });
  return { table, seats: { us: seat('us'), dprk: seat('dprk') }, paused: false, ...gameSummary(session) };
}

export interface CodeProblem {
  /** The code as pasted, shortened for the message (a code is long). */
  readonly code: string;
  readonly message: string;
}

export interface CodesResult {
  readonly tables: readonly FinishedTable[];
  readonly problems: readonly CodeProblem[];
  /** The good codes' tables as a dashboard, for the CSV/JSON export. */
  readonly dashboard: ClassDashboard;
  /** The good codes, in order, to keep in the box when the bad ones are taken out. */
  readonly codes: readonly string[];
}

/** The code a piece of pasted text holds: itself, or the `code=` of a share link. */
function codeOf(piece: string): string {
  const fromLink = /[?&]code=([A-Za-z0-9_-]+)/.exec(piece);
  return fromLink ? fromLink[1] : piece;
}

/** A code as a problem names it: short enough to find in the box, never the whole (it may be long). */
export const shortCode = (code: string): string => (code.length > 16 ? `${code.slice(0, 12)}…` : code);

/** The class name the export's file carries for a board built from codes. */
export const CODES_EXPORT_NAME = 'codes';

/**
 * Reads pasted result codes (separated by spaces, commas or line breaks; a share link counts as its
 * code): each good code becomes a finished table, numbered in order; each bad one a problem saying
 * which and why, in the reader's language. A code pasted twice is one table and one problem.
 */
export function resultCodesToTables(text: string): CodesResult {
  const pieces = text
    .split(/[\s,;]+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  const seen = new Set<string>();
  const reported = new Set<string>();
  const tables: FinishedTable[] = [];
  const summaries: ClassTableSummary[] = [];
  const problems: CodeProblem[] = [];
  const codes: string[] = [];
  for (const piece of pieces) {
    const code = codeOf(piece);
    if (seen.has(code)) {
      if (!reported.has(code)) problems.push({ code: shortCode(code), message: m.class_board_code_duplicate() });
      reported.add(code);
      continue;
    }
    seen.add(code);
    let session: Session;
    try {
      session = replayShareCode(code, { strict: true }).session;
    } catch (err) {
      problems.push({
        code: shortCode(code),
        message: err instanceof GameProblem ? problemText(err) : m.class_board_code_unreadable(),
      });
      continue;
    }
    const view = session.view('us');
    if (!view.over) {
      problems.push({ code: shortCode(code), message: m.class_board_code_unfinished() });
      continue;
    }
    const summary = summaryOfSession(tables.length + 1, session);
    const table = finished(summary, view.signed ? view.agreement : null);
    if (!table) continue;
    tables.push(table);
    summaries.push(summary);
    codes.push(code);
  }
  return { tables, problems, codes, dashboard: { code: CODES_EXPORT_NAME, debriefReleased: true, tables: summaries } };
}
