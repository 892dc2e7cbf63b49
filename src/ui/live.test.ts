import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * No live region is built holding its text (see `live.ts`): every `h()` call in the DOM layer that makes
 * a `role="status"`/`role="log"` or `aria-live` element has no children; its words come after, through
 * `liveText`. The class screens (`ui/class/`) are checked too.
 */
const UI = resolve(new URL('.', import.meta.url).pathname);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

/** The top-level arguments of the call whose `(` is at `open`, as source text. */
function callArgs(text: string, open: number): string[] {
  const args: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = open + 1;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') quote = c;
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) {
      depth--;
      if (depth === 0) {
        args.push(text.slice(start, i));
        return args.map((a) => a.trim()).filter(Boolean);
      }
    } else if (c === ',' && depth === 1) {
      args.push(text.slice(start, i));
      start = i + 1;
    }
  }
  return args;
}

const LIVE = /role:\s*'(?:status|log)'|'aria-live':\s*'(?:polite|assertive)'/;

/** Each `h(tag, attrs, …children)` call that makes a live region with children. */
function filledRegions(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/\bh\(/g)) {
    const [tag, attrs, ...children] = callArgs(text, (match.index ?? 0) + 1);
    if (attrs && LIVE.test(attrs) && children.length > 0)
      found.push(`h(${tag}, ${attrs.replace(/\s+/g, ' ')}, ${children.join(', ')})`);
  }
  return found;
}

describe('live regions go in empty', () => {
  it('finds a region built with its text, and not one built empty', () => {
    expect(filledRegions("h('p', { class: 'x', role: 'status' }, m.saved())")).toHaveLength(1);
    expect(filledRegions("h('div', {\n  'aria-live': 'polite',\n}, list)")).toHaveLength(1);
    expect(filledRegions("h('p', { role: 'status', 'aria-label': f(a, b) })")).toEqual([]);
    expect(filledRegions("h('div', { 'aria-live': 'off' }, body)")).toEqual([]);
    expect(filledRegions("h('p', { class: 'hint' }, 'Not live, (with a paren')")).toEqual([]);
  });

  it('holds for every screen and dialog of the DOM layer', () => {
    const all = files(UI);
    expect(all.length).toBeGreaterThan(20);
    const offences = all.flatMap((path) =>
      filledRegions(readFileSync(path, 'utf8')).map((call) => `${relative(UI, path)}: ${call}`),
    );
    expect(offences).toEqual([]);
  });
});
