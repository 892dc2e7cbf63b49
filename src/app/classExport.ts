/**
 * The teacher's export of a class: the dashboard's data as CSV (one row per table, for a
 * spreadsheet) and as JSON (everything, for a program). Pure builders; the screen makes the download.
 */
import type { ClassDashboard, ClassTableSummary } from './classClient.ts';

/** Values and surpluses on the game's 0–100 scale, as the debrief shows them. */
export const CSV_COLUMNS = [
  'table',
  'us_seat',
  'dprk_seat',
  'us_taken',
  'dprk_taken',
  'phase',
  'beat',
  'turn',
  'last_move',
  'moves',
  'paused',
  'ending',
  'us_value',
  'us_surplus',
  'dprk_value',
  'dprk_surplus',
  'joint_gain',
] as const;

/** One CSV field: quoted when it holds a comma, quote or line break; a leading formula sign is defused. */
export function csvField(value: unknown): string {
  if (typeof value === 'number') return String(value);
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const round = (x: number | undefined): number | '' => (x === undefined ? '' : Math.round(x * 100));

function row(t: ClassTableSummary): unknown[] {
  return [
    t.table,
    t.seats.us.label,
    t.seats.dprk.label,
    t.seats.us.kind === 'ai' ? 'computer' : t.seats.us.taken,
    t.seats.dprk.kind === 'ai' ? 'computer' : t.seats.dprk.taken,
    t.phase,
    t.beat,
    t.turn,
    t.lastMove ? `${t.lastMove.side}: ${t.lastMove.move}` : '',
    t.moves,
    t.paused,
    t.ending,
    round(t.scores?.us.utility),
    round(t.scores?.us.surplus),
    round(t.scores?.dprk.utility),
    round(t.scores?.dprk.surplus),
    round(t.scores?.jointGain),
  ];
}

export function dashboardCsv(d: ClassDashboard): string {
  const lines = [CSV_COLUMNS.join(','), ...d.tables.map((t) => row(t).map(csvField).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

export function dashboardJson(d: ClassDashboard, exportedAt: string): string {
  return `${JSON.stringify({ code: d.code, exportedAt, debriefReleased: d.debriefReleased, tables: d.tables }, null, 2)}\n`;
}

/** The download's file name: the class code and the date. */
export const exportFileName = (code: string, isoDate: string, ext: 'csv' | 'json') =>
  `hanoi-class-${code}-${isoDate.slice(0, 10)}.${ext}`;
