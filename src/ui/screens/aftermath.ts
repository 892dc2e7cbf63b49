/** The aftermath as a dated sequence, then the way to the debrief. */
import type { Controller } from '../../app/controller.ts';
import { formatMonth } from '../../app/labels.ts';
import { aftermathSequence } from '../../app/storyData.ts';
import { m } from '../../app/strings/catalogue.ts';
import { h } from '../dom.ts';

export function aftermathScreen(controller: Controller): HTMLElement {
  const session = controller.session;
  const view = controller.view();
  if (!session || !view) return h('div', {});
  const entries = aftermathSequence(session.record(), view.ending);
  return h(
    'article',
    { class: 'screen aftermath-screen' },
    h('p', { class: 'eyebrow' }, m.phase_aftermath()),
    h('h2', { id: 'screen-heading', tabindex: -1 }, m.aftermath_heading()),
    h(
      'ol',
      { class: 'timeline' },
      ...entries.map((e) =>
        h('li', {}, h('time', { datetime: e.time.slice(0, 10) }, formatMonth(e.time)), h('h3', {}, e.title), h('p', {}, e.text)),
      ),
    ),
    h('button', { type: 'button', class: 'btn primary', onclick: () => controller.toDebrief() }, m.aftermath_to_debrief()),
  );
}
