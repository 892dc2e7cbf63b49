/**
 * The students' pages of the pack: the two-page primer with its map, and the worksheets (preparation
 * sheet, outcome form, exit ticket, source evaluation) with ruled lines to write on.
 */

import { DISPUTES, ENDINGS, ISSUES, PACK, TIMELINE } from '../app/content.ts';
import { m } from '../app/strings/catalogue.ts';
import type {
  Confidence,
  EntryRef,
  PackItem,
  PrimerSection,
  TimelineEntry,
  Worksheet,
  WorksheetField,
} from '../sim/session/index.ts';
import { type Child, h } from './dom.ts';
import { packMap } from './packMap.ts';
import { audienceNote, sheet, sourcesLine, tag } from './packSheet.ts';

function primerSection(s: PrimerSection): HTMLElement {
  return h(
    'section',
    { class: 'print-section pack-primer-section', 'data-section': s.id },
    h('h3', {}, s.heading),
    h('p', {}, ...s.claims.flatMap((c, i) => [i ? ' ' : '', h('span', { 'data-claim': c.id }, c.text, ' ', tag(c.confidence))])),
    s.gap ? h('p', { class: 'pack-gap' }, h('strong', {}, m.pack_primer_gap()), ' ', s.gap) : null,
    sourcesLine(s.claims.flatMap((c) => c.sources)),
  );
}

export function primerSheets(item: PackItem): HTMLElement[] {
  const map = h(
    'figure',
    { class: 'pack-figure' },
    packMap(PACK.MAP_TITLE),
    h(
      'figcaption',
      {},
      h('strong', {}, PACK.MAP_TITLE),
      h(
        'dl',
        { class: 'pack-map-key', 'aria-label': m.pack_map_key() },
        ...PACK.MAP_PLACES.flatMap((p) => [h('dt', {}, p.name), h('dd', {}, p.note, ' ', tag(p.confidence))]),
      ),
      sourcesLine(PACK.MAP_PLACES.flatMap((p) => p.sources)),
    ),
  );
  const on = (page: 1 | 2) => PACK.PRIMER.filter((s) => s.page === page).map(primerSection);
  return [
    sheet(item, 1, PACK.PRIMER_TITLE, audienceNote(item), h('p', { class: 'pack-small' }, PACK.PRIMER_INTRO), map, ...on(1)),
    sheet(item, 2, PACK.PRIMER_TITLE, audienceNote(item), ...on(2)),
  ];
}

const ruled = (lines: number): HTMLElement =>
  h(
    'div',
    { class: 'pack-lines', 'aria-hidden': 'true' },
    ...Array.from({ length: lines }, () => h('div', { class: 'pack-line' })),
  );

function field(f: WorksheetField): HTMLElement {
  return h(
    'section',
    { class: 'pack-field', 'data-field': f.id },
    h('h3', {}, f.label, ' ', h('span', { class: 'pack-prompt' }, f.prompt)),
    ruled(f.lines),
  );
}

const nameLine = (): HTMLElement =>
  h('p', { class: 'pack-name' }, h('span', {}, m.pack_name_line()), h('span', { class: 'pack-fill', 'aria-hidden': 'true' }));

export function worksheetSheet(item: PackItem, w: Worksheet, ...extra: Child[]): HTMLElement {
  return sheet(
    item,
    1,
    w.title,
    audienceNote(item),
    h('p', { class: 'pack-intro' }, w.intro),
    nameLine(),
    ...extra,
    ...w.fields.map(field),
  );
}

export function outcomeSheets(item: PackItem): HTMLElement[] {
  const endings = h(
    'section',
    { class: 'pack-field pack-endings' },
    h('h3', {}, m.pack_outcome_ending()),
    h(
      'ul',
      { class: 'pack-ticks' },
      ...Object.entries(ENDINGS).map(([id, e]) => h('li', { 'data-ending': id }, h('span', { class: 'pack-box' }), e.title)),
    ),
  );
  const issues = h(
    'table',
    { class: 'pack-issues' },
    h(
      'thead',
      {},
      h('tr', {}, h('th', { scope: 'col' }, m.pack_outcome_issue()), h('th', { scope: 'col' }, m.pack_outcome_level())),
    ),
    h('tbody', {}, ...ISSUES.map((i) => h('tr', { 'data-issue': i.id }, h('th', { scope: 'row' }, i.name), h('td', {})))),
  );
  // The table's own field (table and seed) stands in for the name line, first; the reasons come last.
  const [first, ...rest] = PACK.OUTCOME_FORM.fields;
  return [
    sheet(
      item,
      1,
      PACK.OUTCOME_FORM.title,
      audienceNote(item),
      h('p', { class: 'pack-intro' }, PACK.OUTCOME_FORM.intro),
      field(first),
      endings,
      issues,
      ...rest.map(field),
    ),
  ];
}

function entryBlock(ref: EntryRef, n: number): HTMLElement {
  const heading = h('h3', {}, m.pack_source_entry({ n }));
  if (ref.kind === 'timeline') {
    const e = TIMELINE.find((t) => t.id === ref.id) as TimelineEntry;
    return h(
      'section',
      { class: 'pack-entry', 'data-entry': e.id },
      heading,
      h('p', { class: 'pack-entry-head' }, tag(e.confidence), ` ${e.dateLabel} · ${e.place}`),
      h('p', {}, e.text, e.caveat ? ` (${e.caveat})` : ''),
      sourcesLine(e.sources),
      ...PACK.SOURCE_SHEET.questions.map((q) =>
        h(
          'p',
          { class: 'pack-question' },
          h('strong', {}, q.label),
          h('span', { class: 'pack-prompt' }, q.prompt),
          h('span', { class: 'pack-fill', 'aria-hidden': 'true' }),
        ),
      ),
    );
  }
  const d = DISPUTES.find((x) => x.id === ref.id);
  return h('section', { class: 'pack-entry', 'data-entry': ref.id }, heading, h('p', {}, tag('D'), ' ', d?.question ?? ''));
}

export function sourceSheets(item: PackItem): HTMLElement[] {
  const key = h(
    'dl',
    { class: 'pack-tag-key', 'aria-label': m.pack_tag_key() },
    ...(Object.entries(PACK.SOURCE_SHEET.tagKey) as [Confidence, string][]).flatMap(([c, text]) => [
      h('dt', {}, tag(c)),
      h('dd', {}, text),
    ]),
  );
  return [
    worksheetSheet(
      item,
      PACK.SOURCE_SHEET,
      h('h3', { class: 'pack-small-heading' }, m.pack_tag_key()),
      key,
      ...PACK.SOURCE_SHEET.entries.map((e, i) => entryBlock(e, i + 1)),
    ),
  ];
}
