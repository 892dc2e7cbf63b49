import { describe, expect, it } from 'vitest';
import { tablesFromText } from './tableChoice.ts';

describe('tablesFromText', () => {
  it('blank or "all" is every table', () => {
    expect(tablesFromText('  ', 5)).toEqual({ ok: true, tables: 'all' });
    expect(tablesFromText('All', 5)).toEqual({ ok: true, tables: 'all' });
  });
  it('reads numbers, commas, spaces and ranges, once each and in order', () => {
    expect(tablesFromText('3, 1 2-4;1', 5)).toEqual({ ok: true, tables: [1, 2, 3, 4] });
    expect(tablesFromText('5–5', 5)).toEqual({ ok: true, tables: [5] });
  });
  it('names the first part that is not a table of this class', () => {
    expect(tablesFromText('1, 6', 5)).toEqual({ ok: false, bad: '6' });
    expect(tablesFromText('0', 5)).toEqual({ ok: false, bad: '0' });
    expect(tablesFromText('4-2', 5)).toEqual({ ok: false, bad: '4-2' });
    expect(tablesFromText('two', 5)).toEqual({ ok: false, bad: 'two' });
  });
});
