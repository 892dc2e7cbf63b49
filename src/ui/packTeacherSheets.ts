/**
 * The teacher's pages of the pack: the opening page (what is history and what is the game, the
 * contents, printing), the learning objectives and the assessment rubric (the lesson pages are in
 * packLessonSheets.ts, the whiteboard tally in packTallySheets.ts).
 */

import { PACK, TEACHER_GUIDE } from '../app/content.ts';
import { m } from '../app/strings/catalogue.ts';
import type { Framework, PackItem, PackItemId, RubricRow } from '../sim/session/index.ts';
import { h } from './dom.ts';
import { audienceNote, sheet } from './packSheet.ts';

/** The title each item shows first (the contents list uses it too). */
export function itemTitle(id: PackItemId): string {
  switch (id) {
    case 'about':
      return PACK.ABOUT_TITLE;
    case 'objectives':
      return PACK.PACK_TITLES.objectives;
    case 'rubric':
      return PACK.PACK_TITLES.rubric;
    case 'variants':
      return PACK.VARIANTS_TITLE;
    case 'misconceptions':
      return PACK.MISCONCEPTIONS_TITLE;
    case 'sensitive':
      return PACK.SENSITIVE_TITLE;
    case 'primer':
      return PACK.PRIMER_TITLE;
    case 'prep':
      return PACK.PREP_SHEET.title;
    case 'outcome':
      return PACK.OUTCOME_FORM.title;
    case 'tally':
      return PACK.TALLY.title;
    case 'exit':
      return PACK.EXIT_TICKET.title;
    case 'sources':
      return PACK.SOURCE_SHEET.title;
    case 'timeline':
      return PACK.PACK_TITLES.timeline;
    case 'disputes':
      return PACK.DISPUTES_HANDOUT.title;
    case 'roles':
      return PACK.ROLE_CARDS_TITLE;
    case 'homework':
      return PACK.HOMEWORK_TITLE;
  }
}

export function aboutSheets(item: PackItem): HTMLElement[] {
  let page = 1;
  const contents = PACK.PACK_ITEMS.map((it) => {
    const li = h('li', {}, itemTitle(it.id), ' ', h('span', { class: 'pack-page-no' }, `(${m.pack_contents_page({ page })})`));
    page += it.pages;
    return li;
  });
  return [
    sheet(
      item,
      1,
      PACK.ABOUT_TITLE,
      audienceNote(item),
      h('p', { class: 'print-lead' }, PACK.ABOUT_INTRO),
      h('h3', {}, PACK.ABOUT_HONESTY_HEADING),
      h('ul', { class: 'pack-honesty' }, ...PACK.ABOUT_HONESTY.map((n) => h('li', { 'data-note': n.id }, n.text))),
      h('h3', {}, m.pack_contents_heading()),
      h('ol', { class: 'pack-contents' }, ...contents),
      h('h3', {}, PACK.ABOUT_PRINT_HEADING),
      h('ul', {}, ...PACK.ABOUT_PRINT.map((n) => h('li', {}, n.text))),
    ),
  ];
}

export function objectivesSheets(item: PackItem): HTMLElement[] {
  return [
    sheet(
      item,
      1,
      PACK.PACK_TITLES.objectives,
      audienceNote(item),
      h(
        'ol',
        { class: 'pack-objectives' },
        ...PACK.OBJECTIVES.map((o) =>
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
  const frameworks = Object.keys(PACK.FRAMEWORK_NAMES) as Framework[];
  return [
    h('tr', { 'data-row': r.id }, h('th', { scope: 'row' }, r.criterion), ...r.levels.map((l) => h('td', {}, l))),
    h(
      'tr',
      { class: 'pack-align' },
      h(
        'td',
        { colspan: 4 },
        h('strong', {}, `${m.pack_rubric_alignment()}. `),
        ...frameworks.flatMap((f, i) => [i ? ' ' : '', h('em', {}, `${PACK.FRAMEWORK_NAMES[f]}:`), ` ${r.alignment[f]}`]),
      ),
    ),
  ];
}

export function rubricSheets(item: PackItem): HTMLElement[] {
  const tasks = Object.keys(PACK.RUBRIC_TASK_NAMES) as (keyof typeof PACK.RUBRIC_TASK_NAMES)[];
  return [
    sheet(
      item,
      1,
      PACK.PACK_TITLES.rubric,
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
            ...PACK.RUBRIC_LEVELS.map((l) => h('th', { scope: 'col' }, l)),
          ),
        ),
        ...tasks.map((t) =>
          h(
            'tbody',
            { 'data-task': t },
            h('tr', { class: 'pack-task' }, h('th', { colspan: 4, scope: 'rowgroup' }, PACK.RUBRIC_TASK_NAMES[t])),
            ...PACK.RUBRIC.filter((r) => r.task === t).flatMap(rubricRows),
          ),
        ),
      ),
    ),
  ];
}
