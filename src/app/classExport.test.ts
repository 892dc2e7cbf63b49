import { describe, expect, it } from 'vitest';
import type { ClassDashboard, ClassTableSummary } from './classClient.ts';
import { CSV_COLUMNS, csvField, dashboardCsv, dashboardJson, exportFileName } from './classExport.ts';

const seat = (label: string, kind: 'human' | 'ai' = 'human', taken = true) => ({ label, kind, taken, connected: taken });
const table = (n: number, over: Partial<ClassTableSummary> = {}): ClassTableSummary => ({
  table: n,
  seats: { us: seat(`US-${n}`), dprk: seat(`DPRK-${n}`) },
  phase: 'talks',
  beat: 'b.dinner',
  turn: 'us',
  lastMove: { side: 'dprk', move: 'CHOOSE, "b"' },
  moves: 4,
  paused: false,
  ending: null,
  scores: null,
  agreement: null,
  ...over,
});
const dash = (tables: ClassTableSummary[]): ClassDashboard => ({ code: 'ACD346', debriefReleased: false, tables });

describe('class export', () => {
  it('writes a header and one row per table', () => {
    const csv = dashboardCsv(dash([table(1), table(2, { paused: true }), table(3)]));
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines[2].startsWith('2,US-2,DPRK-2,true,true,talks,b.dinner,us,')).toBe(true);
    expect(lines[2]).toContain(',true,');
  });

  it('quotes commas and quotes, and defuses spreadsheet formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField('-cmd')).toBe("'-cmd");
    expect(csvField(-5)).toBe('-5');
    expect(csvField(null)).toBe('');
    const line = dashboardCsv(dash([table(1)])).split('\r\n')[1];
    expect(line).toContain('"dprk: CHOOSE, ""b"""');
  });

  it('names computer seats and gives scores on the 0–100 scale once over', () => {
    const done = table(1, {
      seats: { us: seat('US-1'), dprk: seat('DPRK-1', 'ai', false) },
      ending: 'walkout',
      scores: {
        us: { utility: 0.514, raw: 0.6, reservation: 0.5, surplus: 0.014, credibility: 1 },
        dprk: { utility: 0.4, raw: 0.55, reservation: 0.45, surplus: -0.05, credibility: 1 },
        jointGain: 0.3,
        paretoDistance: 0.1,
        trust: 0,
        chemistry: 0,
      },
    });
    const cells = dashboardCsv(dash([done]))
      .split('\r\n')[1]
      .split(',');
    expect(cells[4]).toBe('computer');
    expect(cells.slice(-6)).toEqual(['walkout', '51', '1', '40', '-5', '30']);
  });

  it('exports JSON with the code, time and every table', () => {
    const parsed = JSON.parse(dashboardJson(dash([table(1), table(2)]), '2026-12-01T10:00:00Z'));
    expect(parsed.code).toBe('ACD346');
    expect(parsed.exportedAt).toBe('2026-12-01T10:00:00Z');
    expect(parsed.tables.map((t: ClassTableSummary) => t.table)).toEqual([1, 2]);
    expect(exportFileName('ACD346', '2026-12-01T10:00:00Z', 'csv')).toBe('hanoi-class-ACD346-2026-12-01.csv');
  });
});
