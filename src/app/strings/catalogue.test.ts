import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE_LOCALE, currentLocale, formatLocale, LOCALES, m, messageRecord } from './catalogue.ts';

const ROOT = resolve(new URL('../../..', import.meta.url).pathname);
const SRC = join(ROOT, 'src');
const GENERATED = join(SRC, 'app', 'strings', 'paraglide');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (path === GENERATED) return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

const english = JSON.parse(readFileSync(join(ROOT, 'messages', 'en.json'), 'utf8')) as Record<string, unknown>;
const catalogueKeys = Object.keys(english).filter((k) => k !== '$schema');

/** Message keys the front ends use: `m.some_key` (called, or handed to `messageRecord`; `msg.` where `m` is taken). */
function usedKeys(): Set<string> {
  const used = new Set<string>();
  for (const file of sourceFiles(SRC)) {
    for (const match of readFileSync(file, 'utf8').matchAll(/\b(?:m|msg)\.([a-z][a-z0-9]*(?:_[a-z0-9]+)+)\b/g))
      used.add(match[1]);
  }
  return used;
}

describe('the English string catalogue', () => {
  it('names every message area_name in snake case', () => {
    expect(catalogueKeys.filter((k) => !/^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/.test(k))).toEqual([]);
  });

  it('has no unused and no missing keys', () => {
    const used = usedKeys();
    expect(catalogueKeys.filter((k) => !used.has(k))).toEqual([]);
    expect([...used].filter((k) => !(k in english))).toEqual([]);
  });

  it('fills named placeholders and picks plural forms by Intl.PluralRules', () => {
    expect(m.pass_heading({ side: 'DPRK' })).toBe('Pass the device to the DPRK player');
    expect(m.history_other_branches({ count: 1 })).toBe('1 other branch');
    expect(m.history_other_branches({ count: 2 })).toBe('2 other branches');
    expect(m.node_next_decision({ title: 'Dinner', count: 1 })).toBe('Next decision: Dinner, 1 choice untried');
    expect(m.node_next_decision({ title: 'Dinner', count: 3 })).toBe('Next decision: Dinner, 3 choices untried');
  });

  it('starts in English, and formats English dates the British way', () => {
    expect(BASE_LOCALE).toBe('en');
    expect(LOCALES).toContain('en');
    expect(currentLocale()).toBe('en');
    expect(formatLocale('en')).toBe('en-GB');
    expect(formatLocale('ko')).toBe('ko');
  });

  it('reads a table of names lazily, so a later locale switch shows', () => {
    let word = 'one';
    const table = messageRecord({ a: () => word });
    expect(table.a).toBe('one');
    word = 'two';
    expect(table.a).toBe('two');
    expect(Object.keys(table)).toEqual(['a']);
  });
});
