/**
 * Which tables a teacher's action goes to, as typed on the dashboard: blank (or "all") for every
 * table, or table numbers separated by commas or spaces ("1, 3 5"), with ranges ("2-4"). Pure, so the
 * dashboard and its test read it the same way; the server checks the numbers again.
 */
export type TableChoice =
  | { readonly ok: true; readonly tables: 'all' | readonly number[] }
  | { readonly ok: false; readonly bad: string };

export function tablesFromText(text: string, tableCount: number): TableChoice {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.toLowerCase() === 'all') return { ok: true, tables: 'all' };
  const tables = new Set<number>();
  for (const part of trimmed.split(/[\s,;]+/).filter(Boolean)) {
    const range = /^(\d+)(?:\s*[-–]\s*(\d+))?$/.exec(part);
    const from = range ? Number(range[1]) : Number.NaN;
    const to = range?.[2] ? Number(range[2]) : from;
    if (!range || from < 1 || to < from || to > tableCount) return { ok: false, bad: part };
    for (let n = from; n <= to; n++) tables.add(n);
  }
  return { ok: true, tables: [...tables].sort((a, b) => a - b) };
}
