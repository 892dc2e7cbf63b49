/**
 * The pieces every sheet of the teacher's pack is made of: a printed page (`.pack-sheet`) with its
 * audience note and heading, a confidence tag, a line of source links, and a list item with a bold label.
 */
import { m } from '../app/strings/catalogue.ts';
import type { Confidence, PackItem, Source } from '../sim/session/index.ts';
import { type Child, h } from './dom.ts';

export const tag = (c: Confidence): HTMLElement => h('span', { class: 'pack-tag', 'data-tag': c }, `[${c}]`);

/** Source labels as links, each once, after a lead. */
export function sourcesLine(sources: readonly Source[]): HTMLElement | null {
  const unique = [...new Map(sources.map((s) => [s.id, s])).values()];
  if (unique.length === 0) return null;
  return h(
    'p',
    { class: 'print-sources' },
    m.glossary_sources_lead(),
    ...unique.flatMap((s, i) => [i ? '; ' : '', h('a', { href: s.url }, s.label)]),
  );
}

export const audienceNote = (item: PackItem): string =>
  item.audience === 'teacher' ? m.print_for_teacher() : item.audience === 'student' ? m.pack_for_student() : m.pack_for_table();

/** One printed page of an item. */
export function sheet(item: PackItem, n: number, title: string, note: string, ...children: Child[]): HTMLElement {
  const headingId = `pack-${item.id}-${n}`;
  return h(
    'section',
    { class: 'print-page pack-sheet', 'data-pack': item.id, 'data-sheet': n, 'aria-labelledby': headingId },
    h('p', { class: 'print-note' }, note),
    h('h2', { id: headingId }, title),
    ...children,
  );
}

/** A leading label of a few words ("Tables of six.") set in bold. */
export const LABEL = /^(\p{Lu}[\p{L}-]*(?: [\p{L}\p{N}-]+){0,2})\. /u;
export function labelled(text: string): HTMLLIElement {
  const label = LABEL.exec(text);
  return label ? h('li', {}, h('strong', {}, `${label[1]}.`), text.slice(label[1].length + 1)) : h('li', {}, text);
}
