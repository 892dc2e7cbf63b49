/**
 * Odds in words and numbers: the ending distribution as table rows whose shares add up to exactly
 * 100%, and the check that a game context is plain data a worker can receive. Pure: tested in Node.
 */

import { ENDINGS } from '../../app/content.ts';
import { m } from '../../app/strings/catalogue.ts';
import { ENDING_IDS, type EndingId } from '../../sim/session/index.ts';
import type { Odds } from '../../sim/session/odds.ts';

/** Rollouts per "Odds from here" run (the issue asks for at least 500). */
export const ODDS_ROLLOUTS = 500;
/** Rollouts between two progress reports. */
export const ODDS_CHUNK = 25;

export interface OddsRow {
  /** An ending, or `unfinished` for rollouts that reached no ending within the move limit. */
  readonly id: EndingId | 'unfinished';
  readonly title: string;
  readonly count: number;
  /** Share of the rollouts done, in tenths of a percent; the rows add up to 1000 exactly. */
  readonly tenths: number;
}

/**
 * Rows for the endings that occurred, in the content's order, with shares rounded by largest
 * remainder so they always add up to 100.0%.
 */
export function oddsRows(odds: Odds): OddsRow[] {
  const rows: { id: OddsRow['id']; title: string; count: number }[] = [];
  let counted = 0;
  for (const id of ENDING_IDS) {
    const count = odds.endings[id] ?? 0;
    counted += count;
    if (count > 0) rows.push({ id, title: ENDINGS[id].title, count });
  }
  if (odds.rollouts > counted) rows.push({ id: 'unfinished', title: m.odds_unfinished(), count: odds.rollouts - counted });
  if (odds.rollouts === 0) return [];
  const exact = rows.map((r) => (r.count * 1000) / odds.rollouts);
  const tenths = exact.map(Math.floor);
  let left = 1000 - tenths.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((x, y) => y[0] - x[0] || x[1] - y[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    tenths[i]++;
    left--;
  }
  return rows.map((r, i) => ({ ...r, tenths: tenths[i] }));
}

/** "41.2%" from tenths of a percent. */
export const percent = (tenths: number): string => `${(tenths / 10).toFixed(1)}%`;

/**
 * Where a value is not plain data (JSON-like: objects, arrays, strings, finite numbers, booleans,
 * null), a path to the first offending part; null when it is plain and so survives structuredClone
 * and postMessage unchanged.
 */
export function notPlainData(value: unknown, path = 'context'): string | null {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? null : `${path} is ${value}`;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = notPlainData(value[i], `${path}[${i}]`);
      if (bad) return bad;
    }
    return null;
  }
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return `${path} is a ${proto?.constructor?.name ?? 'class instance'}`;
    for (const [key, v] of Object.entries(value)) {
      const bad = notPlainData(v, `${path}.${key}`);
      if (bad) return bad;
    }
    return null;
  }
  return value === undefined ? `${path} is undefined` : `${path} is a ${typeof value}`;
}
