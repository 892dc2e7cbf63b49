/**
 * The printable briefs (`?print=briefs`): the public brief, both confidential briefs and the teacher
 * guide as plain DOM, one per printed page (see `@media print` in main.css and record-extra.css). No
 * canvas, no game. A link to one part (`#guide-title`) scrolls to it once the page is drawn.
 */
import '../styles/record-extra.css';
import { BRIEFS, CONCEPT_PROMPTS, PUBLIC_BRIEF, TEACHER_GUIDE } from '../app/content.ts';
import { m } from '../app/strings/catalogue.ts';
import type { Brief } from '../sim/session/index.ts';
import { h } from './dom.ts';
import { teacherGuideBody } from './teacherGuideDialog.ts';

function briefPage(b: Brief, note: string, lead?: string): HTMLElement {
  return h(
    'section',
    { class: 'print-page', 'data-brief': b.id, 'aria-labelledby': `${b.id}-title` },
    h('p', { class: 'print-note' }, note),
    h('h2', { id: `${b.id}-title` }, b.title),
    lead ? h('p', { class: 'print-lead dramatization' }, lead) : null,
    ...b.sections.map((s) =>
      h(
        'section',
        { class: 'print-section' },
        h('h3', {}, s.heading),
        ...s.paragraphs.map((p) => h('p', {}, p)),
        s.sources?.length
          ? h(
              'p',
              { class: 'print-sources' },
              m.glossary_sources_lead(),
              ...s.sources.flatMap((src, i) => [i ? '; ' : '', h('a', { href: src.url }, src.label)]),
            )
          : null,
      ),
    ),
  );
}

function guidePage(): HTMLElement {
  return h(
    'section',
    { class: 'print-page', 'data-brief': 'teacher-guide', 'aria-labelledby': 'guide-title' },
    h('p', { class: 'print-note' }, m.print_for_teacher()),
    h('h2', { id: 'guide-title' }, TEACHER_GUIDE.title),
    teacherGuideBody(),
  );
}

function promptsPage(): HTMLElement {
  return h(
    'section',
    { class: 'print-page', 'data-brief': 'discussion', 'aria-labelledby': 'discuss-title' },
    h('p', { class: 'print-note' }, m.print_for_debrief()),
    h('h2', { id: 'discuss-title' }, m.print_discussion_heading()),
    ...Object.values(CONCEPT_PROMPTS).map((c) =>
      h('section', { class: 'print-section' }, h('h3', {}, c.title), h('ol', {}, ...c.prompts.map((p) => h('li', {}, p.text)))),
    ),
  );
}

/** Replaces the page with the print view. */
export function renderPrintView(root: HTMLElement): void {
  document.documentElement.classList.add('print-view');
  document.title = m.print_title();
  root.replaceChildren(
    h(
      'div',
      { class: 'print-doc' },
      h(
        'header',
        { class: 'print-chrome' },
        h('h1', {}, m.print_title()),
        h('p', {}, m.print_intro()),
        h(
          'p',
          {},
          h('button', { type: 'button', class: 'btn primary', onclick: () => window.print() }, m.print_button()),
          ' ',
          h('a', { href: location.pathname }, m.print_back()),
        ),
      ),
      briefPage(PUBLIC_BRIEF, m.print_for_both(), m.lesson_dramatization()),
      briefPage(BRIEFS.us.confidential, m.print_confidential_us()),
      briefPage(BRIEFS.dprk.confidential, m.print_confidential_dprk()),
      guidePage(),
      promptsPage(),
    ),
  );
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  target?.scrollIntoView();
}
