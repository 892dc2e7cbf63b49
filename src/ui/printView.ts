/**
 * The printable briefs (`?print=briefs`): the public brief, both confidential briefs and the teacher
 * guide as plain DOM, one per printed page (see `@media print` in main.css and record-extra.css). No
 * canvas, no game. A link to one part (`#guide-title`) scrolls to it once the page is drawn.
 */
import '../styles/record-extra.css';
import { BRIEFS, type Brief, CONCEPT_PROMPTS, PUBLIC_BRIEF, TEACHER_GUIDE } from '../sim/session/index.ts';
import { h } from './dom.ts';
import { teacherGuideBody } from './teacherGuideDialog.ts';

function briefPage(b: Brief, note: string): HTMLElement {
  return h(
    'section',
    { class: 'print-page', 'data-brief': b.id, 'aria-labelledby': `${b.id}-title` },
    h('p', { class: 'print-note' }, note),
    h('h2', { id: `${b.id}-title` }, b.title),
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
              'Sources: ',
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
    h('p', { class: 'print-note' }, 'For the teacher'),
    h('h2', { id: 'guide-title' }, TEACHER_GUIDE.title),
    teacherGuideBody(),
  );
}

function promptsPage(): HTMLElement {
  return h(
    'section',
    { class: 'print-page', 'data-brief': 'discussion', 'aria-labelledby': 'discuss-title' },
    h('p', { class: 'print-note' }, 'For the debrief'),
    h('h2', { id: 'discuss-title' }, 'Discussion prompts by concept'),
    ...Object.values(CONCEPT_PROMPTS).map((c) =>
      h('section', { class: 'print-section' }, h('h3', {}, c.title), h('ol', {}, ...c.prompts.map((p) => h('li', {}, p.text)))),
    ),
  );
}

/** Replaces the page with the print view. */
export function renderPrintView(root: HTMLElement): void {
  document.documentElement.classList.add('print-view');
  document.title = 'Hanoi Summit: briefs and teacher guide';
  root.replaceChildren(
    h(
      'div',
      { class: 'print-doc' },
      h(
        'header',
        { class: 'print-chrome' },
        h('h1', {}, 'Hanoi Summit: briefs and teacher guide'),
        h(
          'p',
          {},
          'Everyone reads the public brief. Each side reads only its own confidential brief. Print on A4 or Letter: each brief starts on a new page.',
        ),
        h(
          'p',
          {},
          h('button', { type: 'button', class: 'btn primary', onclick: () => window.print() }, 'Print'),
          ' ',
          h('a', { href: location.pathname }, 'Back to the game'),
        ),
      ),
      briefPage(PUBLIC_BRIEF, 'For both sides'),
      briefPage(BRIEFS.us.confidential, 'Confidential: United States only'),
      briefPage(BRIEFS.dprk.confidential, 'Confidential: DPRK only'),
      guidePage(),
      promptsPage(),
    ),
  );
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  target?.scrollIntoView();
}
