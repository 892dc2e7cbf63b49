/**
 * The teacher's pack (`?print=pack`) as data: its items in print order, each with the number of printed
 * pages it is laid out to fill (the e2e test holds the PDF to this, for A4 and US Letter), and every
 * translatable string of it keyed `pack.<itemId>.<field>` for the content catalogue (contentText.ts).
 */

import { type TextLeaf, textLeaves } from '../../textTree.ts';
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
  MAP_LABELS,
  MAP_PLACES,
  MAP_TITLE,
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
  SOURCE_SHEET,
  TIMELINE_HANDOUTS,
} as const;
export type PackContent = typeof PACK_CONTENT;

/** Every translatable string of the pack, keyed as the content translation keys it. */
export function packTexts(): TextLeaf[] {
  return textLeaves('pack', PACK_CONTENT);
}
