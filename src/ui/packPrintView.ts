/**
 * The teacher's pack (`?print=pack`): every item of PACK_ITEMS as plain DOM, one printed sheet per
 * `.pack-sheet` (an item of several pages draws several sheets), sized to fit A4 and US Letter alike
 * (src/styles/pack.css). No canvas, no game. The text is the pack's content; the timeline and
 * disputed-accounts handouts and the source sheet show record entries selected by ID.
 */
import '../styles/pack.css';
import { m } from '../app/strings/catalogue.ts';
import {
  ABOUT_HONESTY,
  ABOUT_HONESTY_HEADING,
  ABOUT_INTRO,
  ABOUT_PRINT,
  ABOUT_PRINT_HEADING,
  ABOUT_TITLE,
  type Confidence,
  DISPUTES,
  DISPUTES_HANDOUT,
  ENDINGS,
  type EntryRef,
  EXIT_TICKET,
  FRAMEWORK_NAMES,
  type Framework,
  ISSUES,
  MAP_PLACES,
  MAP_TITLE,
  OBJECTIVES,
  OUTCOME_FORM,
  PACK_ITEMS,
  PACK_PAGES,
  PACK_TITLES,
  type PackItem,
  type PackItemId,
  PREP_SHEET,
  PRIMER,
  PRIMER_INTRO,
  PRIMER_TITLE,
  type PrimerSection,
  ROLE_CARDS,
  ROLE_CARDS_HOW,
  ROLE_CARDS_TITLE,
  type RoleCard,
  RUBRIC,
  RUBRIC_LEVELS,
  RUBRIC_TASK_NAMES,
  type RubricRow,
  type Side,
  SOURCE_SHEET,
  type Source,
  TEACHER_GUIDE,
  TIMELINE,
  TIMELINE_HANDOUTS,
  type TimelineEntry,
  type Worksheet,
  type WorksheetField,
} from '../sim/session/index.ts';
import { type Child, h } from './dom.ts';
import { packMap } from './packMap.ts';

const tag = (c: Confidence): HTMLElement => h('span', { class: 'pack-tag', 'data-tag': c }, `[${c}]`);

/** Source labels as links, each once, after a lead. */
function sourcesLine(sources: readonly Source[]): HTMLElement | null {
  const unique = [...new Map(sources.map((s) => [s.id, s])).values()];
  if (unique.length === 0) return null;
  return h(
    'p',
    { class: 'print-sources' },
    m.glossary_sources_lead(),
    ...unique.flatMap((s, i) => [i ? '; ' : '', h('a', { href: s.url }, s.label)]),
  );
}

const audienceNote = (item: PackItem): string =>
  item.audience === 'teacher' ? m.print_for_teacher() : item.audience === 'student' ? m.pack_for_student() : m.pack_for_table();

/** One printed page of an item. */
function sheet(item: PackItem, n: number, title: string, note: string, ...children: Child[]): HTMLElement {
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
const LABEL = /^(\p{Lu}[\p{L}-]*(?: [\p{L}\p{N}-]+){0,2})\. /u;
function labelled(text: string): HTMLLIElement {
  const label = LABEL.exec(text);
  return label ? h('li', {}, h('strong', {}, `${label[1]}.`), text.slice(label[1].length + 1)) : h('li', {}, text);
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

/** The title each item shows first (the contents list uses it too). */
function itemTitle(id: PackItemId): string {
  switch (id) {
    case 'about':
      return ABOUT_TITLE;
    case 'objectives':
      return PACK_TITLES.objectives;
    case 'rubric':
      return PACK_TITLES.rubric;
    case 'primer':
      return PRIMER_TITLE;
    case 'prep':
      return PREP_SHEET.title;
    case 'outcome':
      return OUTCOME_FORM.title;
    case 'exit':
      return EXIT_TICKET.title;
    case 'sources':
      return SOURCE_SHEET.title;
    case 'timeline':
      return PACK_TITLES.timeline;
    case 'disputes':
      return DISPUTES_HANDOUT.title;
    case 'roles':
      return ROLE_CARDS_TITLE;
  }
}

function aboutSheets(item: PackItem): HTMLElement[] {
  let page = 1;
  const contents = PACK_ITEMS.map((it) => {
    const li = h('li', {}, itemTitle(it.id), ' ', h('span', { class: 'pack-page-no' }, `(${m.pack_contents_page({ page })})`));
    page += it.pages;
    return li;
  });
  return [
    sheet(
      item,
      1,
      ABOUT_TITLE,
      audienceNote(item),
      h('p', { class: 'print-lead' }, ABOUT_INTRO),
      h('h3', {}, ABOUT_HONESTY_HEADING),
      h('ul', { class: 'pack-honesty' }, ...ABOUT_HONESTY.map((n) => h('li', { 'data-note': n.id }, n.text))),
      h('h3', {}, m.pack_contents_heading()),
      h('ol', { class: 'pack-contents' }, ...contents),
      h('h3', {}, ABOUT_PRINT_HEADING),
      h('ul', {}, ...ABOUT_PRINT.map((n) => h('li', {}, n.text))),
    ),
  ];
}

function objectivesSheets(item: PackItem): HTMLElement[] {
  return [
    sheet(
      item,
      1,
      PACK_TITLES.objectives,
      audienceNote(item),
      h(
        'ol',
        { class: 'pack-objectives' },
        ...OBJECTIVES.map((o) =>
          h(
            'li',
            { 'data-objective': o.id },
            h('p', {}, o.text),
            h('p', { class: 'pack-evidence' }, m.pack_objective_evidence({ text: o.evidence })),
            h(
              'p',
              { class: 'pack-evidence' },
              m.pack_objective_when({
                steps: o.steps.map((id) => TEACHER_GUIDE.plan.find((p) => p.id === id)?.label ?? id).join(', '),
              }),
            ),
          ),
        ),
      ),
    ),
  ];
}

function rubricRows(r: RubricRow): HTMLElement[] {
  const frameworks = Object.keys(FRAMEWORK_NAMES) as Framework[];
  return [
    h('tr', { 'data-row': r.id }, h('th', { scope: 'row' }, r.criterion), ...r.levels.map((l) => h('td', {}, l))),
    h(
      'tr',
      { class: 'pack-align' },
      h(
        'td',
        { colspan: 4 },
        h('strong', {}, `${m.pack_rubric_alignment()}. `),
        ...frameworks.flatMap((f, i) => [i ? ' ' : '', h('em', {}, `${FRAMEWORK_NAMES[f]}:`), ` ${r.alignment[f]}`]),
      ),
    ),
  ];
}

function rubricSheets(item: PackItem): HTMLElement[] {
  const tasks = Object.keys(RUBRIC_TASK_NAMES) as (keyof typeof RUBRIC_TASK_NAMES)[];
  return [
    sheet(
      item,
      1,
      PACK_TITLES.rubric,
      audienceNote(item),
      h(
        'table',
        { class: 'pack-rubric' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, m.pack_rubric_criterion()),
            ...RUBRIC_LEVELS.map((l) => h('th', { scope: 'col' }, l)),
          ),
        ),
        ...tasks.map((t) =>
          h(
            'tbody',
            { 'data-task': t },
            h('tr', { class: 'pack-task' }, h('th', { colspan: 4, scope: 'rowgroup' }, RUBRIC_TASK_NAMES[t])),
            ...RUBRIC.filter((r) => r.task === t).flatMap(rubricRows),
          ),
        ),
      ),
    ),
  ];
}

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

function primerSheets(item: PackItem): HTMLElement[] {
  const map = h(
    'figure',
    { class: 'pack-figure' },
    packMap(MAP_TITLE),
    h(
      'figcaption',
      {},
      h('strong', {}, MAP_TITLE),
      h(
        'dl',
        { class: 'pack-map-key', 'aria-label': m.pack_map_key() },
        ...MAP_PLACES.flatMap((p) => [h('dt', {}, p.name), h('dd', {}, p.note, ' ', tag(p.confidence))]),
      ),
      sourcesLine(MAP_PLACES.flatMap((p) => p.sources)),
    ),
  );
  const on = (page: 1 | 2) => PRIMER.filter((s) => s.page === page).map(primerSection);
  return [
    sheet(item, 1, PRIMER_TITLE, audienceNote(item), h('p', { class: 'pack-small' }, PRIMER_INTRO), map, ...on(1)),
    sheet(item, 2, PRIMER_TITLE, audienceNote(item), ...on(2)),
  ];
}

function worksheetSheet(item: PackItem, w: Worksheet, ...extra: Child[]): HTMLElement {
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

function outcomeSheets(item: PackItem): HTMLElement[] {
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
  const [first, ...rest] = OUTCOME_FORM.fields;
  return [
    sheet(
      item,
      1,
      OUTCOME_FORM.title,
      audienceNote(item),
      h('p', { class: 'pack-intro' }, OUTCOME_FORM.intro),
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
      ...SOURCE_SHEET.questions.map((q) =>
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

function sourceSheets(item: PackItem): HTMLElement[] {
  const key = h(
    'dl',
    { class: 'pack-tag-key', 'aria-label': m.pack_tag_key() },
    ...(Object.entries(SOURCE_SHEET.tagKey) as [Confidence, string][]).flatMap(([c, text]) => [
      h('dt', {}, tag(c)),
      h('dd', {}, text),
    ]),
  );
  return [
    worksheetSheet(
      item,
      SOURCE_SHEET,
      h('h3', { class: 'pack-small-heading' }, m.pack_tag_key()),
      key,
      ...SOURCE_SHEET.entries.map((e, i) => entryBlock(e, i + 1)),
    ),
  ];
}

function timelineSheets(item: PackItem): HTMLElement[] {
  return TIMELINE_HANDOUTS.map((ho, i) =>
    sheet(
      item,
      i + 1,
      ho.title,
      audienceNote(item),
      h('p', { class: 'pack-intro' }, ho.intro),
      h(
        'table',
        { class: 'pack-timeline' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, m.pack_col_date()),
            h('th', { scope: 'col' }, m.pack_col_place()),
            h('th', { scope: 'col' }, m.pack_col_event()),
            h('th', { scope: 'col' }, m.pack_col_tag()),
          ),
        ),
        h(
          'tbody',
          {},
          ...ho.ids.map((id) => {
            const e = TIMELINE.find((t) => t.id === id) as TimelineEntry;
            return h(
              'tr',
              { 'data-entry': e.id },
              h('td', {}, e.dateLabel),
              h('td', {}, e.place),
              h(
                'td',
                {},
                e.text,
                e.caveat ? h('span', { class: 'pack-caveat' }, ` ${e.caveat}`) : null,
                h('span', { class: 'pack-src' }, ` (${e.sources.map((s) => s.label).join('; ')})`),
              ),
              h('td', {}, tag(e.confidence)),
            );
          }),
        ),
      ),
    ),
  );
}

function disputeSheets(item: PackItem): HTMLElement[] {
  const points = DISPUTES_HANDOUT.ids.map((id) => DISPUTES.find((d) => d.id === id)).filter((d) => d !== undefined);
  return [
    sheet(
      item,
      1,
      DISPUTES_HANDOUT.title,
      audienceNote(item),
      h('p', { class: 'pack-intro' }, DISPUTES_HANDOUT.intro),
      ...points.map((d) =>
        h(
          'section',
          { class: 'print-section pack-dispute', 'data-dispute': d.id },
          h('h3', {}, d.question, ' ', tag('D')),
          h(
            'ul',
            {},
            ...d.accounts.map((a) =>
              h(
                'li',
                {},
                h('strong', {}, `${a.who}: `),
                a.claim,
                ' ',
                tag(a.confidence),
                h('span', { class: 'pack-src' }, ` (${a.sources.map((s) => s.label).join('; ')})`),
              ),
            ),
          ),
          h('p', { class: 'pack-note' }, d.note),
        ),
      ),
    ),
  ];
}

function card(c: RoleCard): HTMLElement {
  return h(
    'section',
    { class: 'pack-card', 'data-card': c.id },
    h('h3', {}, c.title),
    h('p', {}, c.task),
    h('p', { class: 'pack-confidential' }, h('strong', {}, m.pack_card_confidential()), ' ', c.confidential),
  );
}

function roleSheets(item: PackItem): HTMLElement[] {
  const side = (s: Side, n: number, note: string) =>
    sheet(
      item,
      n,
      ROLE_CARDS_TITLE,
      note,
      h('p', { class: 'pack-small' }, m.pack_cards_cut()),
      ...ROLE_CARDS.filter((c) => c.side === s).map(card),
    );
  return [
    sheet(item, 1, ROLE_CARDS_TITLE, m.print_for_teacher(), h('ol', { class: 'pack-how' }, ...ROLE_CARDS_HOW.map(labelled))),
    side('us', 2, m.print_confidential_us()),
    side('dprk', 3, m.print_confidential_dprk()),
  ];
}

const SHEETS: Readonly<Record<PackItemId, (item: PackItem) => HTMLElement[]>> = {
  about: aboutSheets,
  objectives: objectivesSheets,
  rubric: rubricSheets,
  primer: primerSheets,
  prep: (item) => [worksheetSheet(item, PREP_SHEET)],
  outcome: outcomeSheets,
  exit: (item) => [worksheetSheet(item, EXIT_TICKET)],
  sources: sourceSheets,
  timeline: timelineSheets,
  disputes: disputeSheets,
  roles: roleSheets,
};

/** Replaces the page with the teacher's pack. */
export function renderPackView(root: HTMLElement): void {
  document.documentElement.classList.add('print-view', 'pack-view');
  document.title = m.pack_title();
  root.replaceChildren(
    h(
      'div',
      { class: 'print-doc pack-doc' },
      h(
        'header',
        { class: 'print-chrome' },
        h('h1', {}, m.pack_title()),
        h('p', {}, m.pack_intro({ pages: PACK_PAGES })),
        h(
          'p',
          {},
          h('button', { type: 'button', class: 'btn primary', onclick: () => window.print() }, m.print_button()),
          ' ',
          h('a', { href: location.pathname }, m.print_back()),
        ),
      ),
      ...PACK_ITEMS.flatMap((item) => SHEETS[item.id](item)),
    ),
  );
}
