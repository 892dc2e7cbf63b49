/**
 * The one-page teacher guide in the app: a modal dialog opened from the title and the briefing screens,
 * with the 45-minute plan and the advice in two columns, and links to the printable version and the
 * teacher's pack. Focus goes to the heading on opening; Escape or "Close" closes and returns focus to the
 * button that opened it. The body is shared with the print view, so the two cannot drift apart.
 */
import '../styles/record-extra.css';
import { TEACHER_GUIDE } from '../app/content.ts';
import { m } from '../app/strings/catalogue.ts';
import type { TeacherGuide } from '../sim/session/index.ts';
import { modalDialog, sharedDialog } from './dialog.ts';
import { h } from './dom.ts';

/** Where the printable guide is: the print view's guide page. */
export const PRINTABLE_GUIDE = '?print=briefs#guide-title';

/** Where the teacher's pack is: objectives, rubric, primer, worksheets, handouts and role cards. */
export const TEACHER_PACK = '?print=pack';

/** A leading label of one or two words ("Mode.", "Event cards.") is set in bold. */
const LABEL = /^(\p{Lu}[\p{L}-]*(?: [\p{L}-]+)?)\. /u;
function guideItem(text: string): HTMLLIElement {
  const label = LABEL.exec(text);
  return label ? h('li', {}, h('strong', {}, `${label[1]}.`), text.slice(label[1].length + 1)) : h('li', {}, text);
}

/** The plan as a table, then each section as a heading and a list; the caller places the title. */
export function teacherGuideBody(g: TeacherGuide = TEACHER_GUIDE): HTMLElement {
  return h(
    'div',
    { class: 'guide-body' },
    h(
      'table',
      { class: 'guide-plan' },
      h('caption', {}, m.guide_plan_caption()),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, m.guide_col_minute()),
          h('th', { scope: 'col' }, m.guide_col_step()),
          h('th', { scope: 'col' }, m.guide_col_what()),
        ),
      ),
      h(
        'tbody',
        {},
        ...g.plan.map((p) =>
          h(
            'tr',
            { 'data-step': p.id },
            h('td', { class: 'guide-minute' }, m.guide_minutes({ from: p.start, to: p.start + p.minutes })),
            h('th', { scope: 'row' }, p.label),
            h('td', {}, p.text),
          ),
        ),
      ),
    ),
    ...g.sections.map((s) =>
      h('section', { class: 'guide-section' }, h('h3', {}, s.heading), h('ul', {}, ...s.items.map(guideItem))),
    ),
  );
}

const guideDialog = sharedDialog(() =>
  modalDialog({
    headingId: 'teacher-guide-title',
    className: 'guide-dialog',
    title: TEACHER_GUIDE.title,
    focusHeading: true,
    content: [teacherGuideBody()],
    actionsClass: 'actions guide-actions',
    actions: [
      h('a', { href: PRINTABLE_GUIDE, target: '_blank', rel: 'noopener' }, m.guide_printable()),
      h('a', { href: TEACHER_PACK, target: '_blank', rel: 'noopener' }, m.pack_guide_link()),
    ],
    closeClass: 'btn primary',
  }),
);

/** Opens the teacher guide at its top; focus returns to `opener` when it closes. */
export function openTeacherGuide(opener: HTMLElement): void {
  const d = guideDialog();
  d.open(opener);
  d.dialog.scrollTop = 0;
}

/** A "Teacher guide" button for a screen's menu. */
export function teacherGuideButton(className = 'btn'): HTMLButtonElement {
  const btn: HTMLButtonElement = h(
    'button',
    { type: 'button', class: className, 'aria-haspopup': 'dialog', onclick: () => openTeacherGuide(btn) },
    m.guide_button(),
  );
  return btn;
}
