/**
 * The teacher's pack (`?print=pack`): every item of PACK.PACK_ITEMS as plain DOM, one printed sheet per
 * `.pack-sheet` (an item of several pages draws several sheets), sized to fit A4 and US Letter alike
 * (src/styles/pack.css). No canvas, no game. The text is the pack's content; the timeline and
 * disputed-accounts handouts and the source sheet show record entries selected by ID. The sheets are
 * built by packTeacherSheets.ts, packStudentSheets.ts and packHandoutSheets.ts, from packSheet.ts.
 */
import '../styles/pack.css';
import { PACK } from '../app/content.ts';
import { m } from '../app/strings/catalogue.ts';
import { PACK_PAGES, type PackItem, type PackItemId } from '../sim/session/index.ts';
import { h } from './dom.ts';
import { disputeSheets, roleSheets, timelineSheets } from './packHandoutSheets.ts';
import { homeworkSheets, misconceptionsSheets, sensitiveSheets, variantsSheets } from './packLessonSheets.ts';
import { outcomeSheets, primerSheets, sourceSheets, worksheetSheet } from './packStudentSheets.ts';
import { tallySheets } from './packTallySheets.ts';
import { aboutSheets, objectivesSheets, rubricSheets } from './packTeacherSheets.ts';

const SHEETS: Readonly<Record<PackItemId, (item: PackItem) => HTMLElement[]>> = {
  about: aboutSheets,
  objectives: objectivesSheets,
  rubric: rubricSheets,
  variants: variantsSheets,
  misconceptions: misconceptionsSheets,
  sensitive: sensitiveSheets,
  primer: primerSheets,
  prep: (item) => [worksheetSheet(item, PACK.PREP_SHEET)],
  outcome: outcomeSheets,
  tally: tallySheets,
  exit: (item) => [worksheetSheet(item, PACK.EXIT_TICKET)],
  sources: sourceSheets,
  timeline: timelineSheets,
  disputes: disputeSheets,
  roles: roleSheets,
  homework: homeworkSheets,
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
      ...PACK.PACK_ITEMS.flatMap((item) => SHEETS[item.id](item)),
    ),
  );
}
