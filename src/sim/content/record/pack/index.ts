/**
 * The teacher's pack (`?print=pack`) as data: its items in print order, each with the number of printed
 * pages it is laid out to fill (the e2e test holds the PDF to this, for A4 and US Letter), and every
 * translatable string of it keyed `pack.<itemId>.<field>` for the content catalogue (contentText.ts).
 */
import { ABOUT_HONESTY, ABOUT_HONESTY_HEADING, ABOUT_INTRO, ABOUT_PRINT, ABOUT_PRINT_HEADING, ABOUT_TITLE } from './about.ts';
import { DISPUTES_HANDOUT, TIMELINE_HANDOUTS } from './handouts.ts';
import { OBJECTIVES } from './objectives.ts';
import { MAP_LABELS, MAP_PLACES, MAP_TITLE, PRIMER, PRIMER_INTRO, PRIMER_TITLE } from './primer.ts';
import { ROLE_CARDS, ROLE_CARDS_HOW, ROLE_CARDS_TITLE } from './roleCards.ts';
import { FRAMEWORK_NAMES, RUBRIC, RUBRIC_LEVELS, RUBRIC_TASK_NAMES } from './rubric.ts';
import { EXIT_TICKET, OUTCOME_FORM, PREP_SHEET, SOURCE_SHEET, type Worksheet } from './worksheets.ts';

export * from './about.ts';
export * from './handouts.ts';
export * from './objectives.ts';
export * from './primer.ts';
export * from './roleCards.ts';
export * from './rubric.ts';
export * from './worksheets.ts';

export type PackItemId =
  | 'about'
  | 'objectives'
  | 'rubric'
  | 'primer'
  | 'prep'
  | 'outcome'
  | 'exit'
  | 'sources'
  | 'timeline'
  | 'disputes'
  | 'roles';

export interface PackItem {
  readonly id: PackItemId;
  /** Who the page is for: the teacher alone, every student, or a table. */
  readonly audience: 'teacher' | 'student' | 'table';
  /** Printed pages the item is laid out to fill, on A4 and on US Letter alike. */
  readonly pages: number;
}

/** The pack in print order. */
export const PACK_ITEMS: readonly PackItem[] = [
  { id: 'about', audience: 'teacher', pages: 1 },
  { id: 'objectives', audience: 'teacher', pages: 1 },
  { id: 'rubric', audience: 'teacher', pages: 1 },
  { id: 'primer', audience: 'student', pages: 2 },
  { id: 'prep', audience: 'student', pages: 1 },
  { id: 'outcome', audience: 'table', pages: 1 },
  { id: 'exit', audience: 'student', pages: 1 },
  { id: 'sources', audience: 'student', pages: 1 },
  { id: 'timeline', audience: 'student', pages: TIMELINE_HANDOUTS.length },
  { id: 'disputes', audience: 'student', pages: 1 },
  // The how-to page, then one page of cards per side.
  { id: 'roles', audience: 'table', pages: 3 },
];

/** Printed pages of the whole pack. */
export const PACK_PAGES = PACK_ITEMS.reduce((n, item) => n + item.pages, 0);

/** Titles of the items whose title is not a worksheet's or a handout's own. */
export const PACK_TITLES = {
  objectives: 'Learning objectives',
  rubric: 'Assessment rubric: the exit ticket and the discussion',
  timeline: 'Timeline handouts',
} as const;

/** One translatable string of the pack. */
export interface PackText {
  readonly key: string;
  readonly english: string;
}

function worksheetTexts(item: PackItemId, w: Worksheet): PackText[] {
  return [
    { key: `pack.${item}.title`, english: w.title },
    { key: `pack.${item}.intro`, english: w.intro },
    ...w.fields.flatMap((f) => [
      { key: `pack.${item}.field.${f.id}.label`, english: f.label },
      { key: `pack.${item}.field.${f.id}.prompt`, english: f.prompt },
    ]),
  ];
}

/** Every translatable string of the pack, keyed `pack.<itemId>.<field>`, in print order. */
export function packTexts(): PackText[] {
  const out: PackText[] = [];
  const add = (item: PackItemId, field: string, english: string): void => {
    out.push({ key: `pack.${item}.${field}`, english });
  };
  add('about', 'title', ABOUT_TITLE);
  add('about', 'intro', ABOUT_INTRO);
  add('about', 'honestyHeading', ABOUT_HONESTY_HEADING);
  add('about', 'printHeading', ABOUT_PRINT_HEADING);
  for (const n of [...ABOUT_HONESTY, ...ABOUT_PRINT]) add('about', `${n.id}.text`, n.text);
  add('objectives', 'title', PACK_TITLES.objectives);
  for (const o of OBJECTIVES) {
    add('objectives', `${o.id}.text`, o.text);
    add('objectives', `${o.id}.evidence`, o.evidence);
  }
  add('rubric', 'title', PACK_TITLES.rubric);
  add('timeline', 'title', PACK_TITLES.timeline);
  for (const [k, v] of Object.entries(RUBRIC_TASK_NAMES)) add('rubric', `task.${k}`, v);
  for (const [k, v] of Object.entries(FRAMEWORK_NAMES)) add('rubric', `framework.${k}`, v);
  for (const [i, l] of RUBRIC_LEVELS.entries()) add('rubric', `level.${i}`, l);
  for (const r of RUBRIC) {
    add('rubric', `${r.id}.criterion`, r.criterion);
    for (const [i, l] of r.levels.entries()) add('rubric', `${r.id}.level.${i}`, l);
    for (const [k, v] of Object.entries(r.alignment)) add('rubric', `${r.id}.alignment.${k}`, v);
  }
  add('primer', 'title', PRIMER_TITLE);
  add('primer', 'intro', PRIMER_INTRO);
  for (const s of PRIMER) {
    add('primer', `${s.id}.heading`, s.heading);
    for (const c of s.claims) add('primer', `${c.id}.text`, c.text);
    if (s.gap) add('primer', `${s.id}.gap`, s.gap);
  }
  add('primer', 'mapTitle', MAP_TITLE);
  for (const [k, v] of Object.entries(MAP_LABELS)) add('primer', `mapLabel.${k}`, v);
  for (const p of MAP_PLACES) {
    add('primer', `${p.id}.name`, p.name);
    add('primer', `${p.id}.note`, p.note);
  }
  out.push(...worksheetTexts('prep', PREP_SHEET), ...worksheetTexts('outcome', OUTCOME_FORM));
  out.push(...worksheetTexts('exit', EXIT_TICKET), ...worksheetTexts('sources', SOURCE_SHEET));
  for (const q of SOURCE_SHEET.questions) {
    add('sources', `question.${q.id}.label`, q.label);
    add('sources', `question.${q.id}.prompt`, q.prompt);
  }
  for (const [k, v] of Object.entries(SOURCE_SHEET.tagKey)) add('sources', `tag.${k}`, v);
  for (const h of TIMELINE_HANDOUTS) {
    add('timeline', `${h.id}.title`, h.title);
    add('timeline', `${h.id}.intro`, h.intro);
  }
  add('disputes', 'title', DISPUTES_HANDOUT.title);
  add('disputes', 'intro', DISPUTES_HANDOUT.intro);
  add('roles', 'title', ROLE_CARDS_TITLE);
  for (const [i, t] of ROLE_CARDS_HOW.entries()) add('roles', `how.${i}`, t);
  for (const c of ROLE_CARDS) {
    add('roles', `${c.id}.title`, c.title);
    add('roles', `${c.id}.task`, c.task);
    add('roles', `${c.id}.confidential`, c.confidential);
  }
  return out;
}
