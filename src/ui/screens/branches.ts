/** The branch map's DOM side: the whole timeline as an accessible tree (placeholder until built). */
import type { Controller } from '../controller.ts';
import { h } from '../dom.ts';

export function branchesScreen(controller: Controller): HTMLElement {
  return h(
    'section',
    { class: 'screen branches-screen' },
    h('h2', { id: 'screen-heading', tabindex: -1 }, 'Branch map'),
    h('button', { type: 'button', class: 'btn', onclick: () => controller.closeBranches() }, 'Back to the game'),
  );
}
