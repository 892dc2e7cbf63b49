/**
 * The teacher's pack (`?print=pack`) as data: its items in print order, each with the number of printed
 * pages it is laid out to fill (the e2e test holds the PDF to this, for A4 and US Letter), and every
 * translatable string of it keyed `pack.<itemId>.<field>` for the content catalogue (contentText.ts).
 */

import { type TextLeaf, textLeaves } from '../../textTree.ts';
import { ABOUT_HONESTY, ABOUT_HONESTY_HEADING, ABOUT_INTRO, ABOUT_PRINT, ABOUT_PRINT_HEADING, ABOUT_TITLE } from './about.ts';
import { DISPUTES_HANDOUT, TIMELINE_HANDOUTS } from './handouts.ts';
import { HOMEWORK, HOMEWORK_INTRO, HOMEWORK_TITLE } from './homework.ts';
import { MISCONCEPTIONS, MISCONCEPTIONS_INTRO, MISCONCEPTIONS_TITLE } from './misconceptions.ts';
import { OBJECTIVES } from './objectives.ts';
import { MAP_LABELS, MAP_PLACES, MAP_TITLE, PRIMER, PRIMER_INTRO, PRIMER_TITLE } from './primer.ts';
import { ROLE_CARDS, ROLE_CARDS_HOW, ROLE_CARDS_TITLE } from './roleCards.ts';
import { FRAMEWORK_NAMES, RUBRIC, RUBRIC_LEVELS, RUBRIC_TASK_NAMES } from './rubric.ts';
import { SENSITIVE_INTRO, SENSITIVE_TITLE, SENSITIVE_TOPICS, STUDENT_QUESTIONS, STUDENT_QUESTIONS_HEADING } from './sensitive.ts';
import { TALLY } from './tally.ts';
import { VARIANTS, VARIANTS_INTRO, VARIANTS_TITLE } from './variants.ts';
import { EXIT_TICKET, OUTCOME_FORM, PREP_SHEET, SOURCE_SHEET, type Worksheet } from './worksheets.ts';

export * from './about.ts';
export * from './handouts.ts';
export * from './homework.ts';
export * from './misconceptions.ts';
export * from './objectives.ts';
export * from './primer.ts';
export * from './roleCards.ts';
export * from './rubric.ts';
export * from './sensitive.ts';
export * from './tally.ts';
export * from './variants.ts';
export * from './worksheets.ts';

export type PackItemId =
  | 'about'
  | 'objectives'
  | 'rubric'
  | 'variants'
  | 'misconceptions'
  | 'sensitive'
  | 'primer'
  | 'prep'
  | 'outcome'
  | 'tally'
  | 'exit'
  | 'sources'
  | 'timeline'
  | 'disputes'
  | 'roles'
  | 'homework';

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
  { id: 'variants', audience: 'teacher', pages: 1 },
  { id: 'misconceptions', audience: 'teacher', pages: 1 },
  { id: 'sensitive', audience: 'teacher', pages: 1 },
  { id: 'primer', audience: 'student', pages: 2 },
  { id: 'prep', audience: 'student', pages: 1 },
  { id: 'outcome', audience: 'table', pages: 1 },
  // The endings grid, then the levels grid.
  { id: 'tally', audience: 'teacher', pages: 2 },
  { id: 'exit', audience: 'student', pages: 1 },
  { id: 'sources', audience: 'student', pages: 1 },
  { id: 'timeline', audience: 'student', pages: TIMELINE_HANDOUTS.length },
  { id: 'disputes', audience: 'student', pages: 1 },
  // The how-to page, then one page of cards per side.
  { id: 'roles', audience: 'table', pages: 3 },
  { id: 'homework', audience: 'student', pages: 1 },
];

/**
 * Most words of the pack's own prose on one printed page (source labels not counted). At 10 pt on the
 * printable area A4 and Letter share (182 mm × 251 mm), the misconceptions page, the densest, fills
 * about 95% of the height with 542 words and its source lines; the e2e test measures the real fit.
 */
export const PACK_PAGE_WORDS = 560;

/** Printed pages of the whole pack. */
export const PACK_PAGES = PACK_ITEMS.reduce((n, item) => n + item.pages, 0);

/** Titles of the items whose title is not a worksheet's or a handout's own. */
export const PACK_TITLES = {
  objectives: 'Learning objectives',
  rubric: 'Assessment rubric: the exit ticket and the discussion',
  timeline: 'Timeline handouts',
} as const;

/**
 * Every table of the pack's text under one name, so one walk (`textTree.ts`) keys it for a translator
 * (`pack.<TABLE>.<id or place>.<field>`) and puts a translation back (`app/content.ts`).
 */
export const PACK_CONTENT = {
  ABOUT_HONESTY,
  ABOUT_HONESTY_HEADING,
  ABOUT_INTRO,
  ABOUT_PRINT,
  ABOUT_PRINT_HEADING,
  ABOUT_TITLE,
  DISPUTES_HANDOUT,
  EXIT_TICKET,
  FRAMEWORK_NAMES,
  HOMEWORK,
  HOMEWORK_INTRO,
  HOMEWORK_TITLE,
  MAP_LABELS,
  MAP_PLACES,
  MAP_TITLE,
  MISCONCEPTIONS,
  MISCONCEPTIONS_INTRO,
  MISCONCEPTIONS_TITLE,
  OBJECTIVES,
  OUTCOME_FORM,
  PACK_ITEMS,
  PACK_TITLES,
  PREP_SHEET,
  PRIMER,
  PRIMER_INTRO,
  PRIMER_TITLE,
  ROLE_CARDS,
  ROLE_CARDS_HOW,
  ROLE_CARDS_TITLE,
  RUBRIC,
  RUBRIC_LEVELS,
  RUBRIC_TASK_NAMES,
  SENSITIVE_INTRO,
  SENSITIVE_TITLE,
  SENSITIVE_TOPICS,
  SOURCE_SHEET,
  STUDENT_QUESTIONS,
  STUDENT_QUESTIONS_HEADING,
  TALLY,
  TIMELINE_HANDOUTS,
  VARIANTS,
  VARIANTS_INTRO,
  VARIANTS_TITLE,
} as const;
export type PackContent = typeof PACK_CONTENT;

/** Every translatable string of the pack, keyed as the content translation keys it. */
export function packTexts(): TextLeaf[] {
  return textLeaves('pack', PACK_CONTENT);
}
