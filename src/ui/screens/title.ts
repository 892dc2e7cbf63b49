/** The title screen: the first interactive control a visitor meets, and any start-link error. */
import type { Controller } from '../../app/controller.ts';
import { freshSeed } from '../../app/params.ts';
import { h } from '../dom.ts';
import { teacherGuideButton } from '../teacherGuideDialog.ts';

export function titleScreen(controller: Controller, error: string | null): HTMLElement {
  return h(
    'div',
    { class: 'screen title-screen' },
    h('h1', { class: 'game-title', id: 'screen-heading', tabindex: -1 }, 'Hanoi Summit'),
    h('p', { class: 'subtitle' }, 'Sofitel Legend Metropole, 27–28 February 2019'),
    h(
      'p',
      { class: 'tagline' },
      'Two delegations, one word nobody agreed on, and a lunch that never happened. Play either side of the second Trump–Kim summit.',
    ),
    error && h('p', { class: 'alert', role: 'alert' }, error),
    h(
      'div',
      { class: 'menu' },
      h('button', { type: 'button', class: 'btn primary', onclick: () => controller.showBriefing() }, 'New game'),
      h(
        'button',
        {
          type: 'button',
          class: 'btn',
          onclick: () => controller.start({ seats: { us: 'ai', dprk: 'ai' }, mode: 'historical' }, freshSeed(), 'normal'),
        },
        'Watch the computer play both sides',
      ),
      teacherGuideButton(),
    ),
    h(
      'p',
      { class: 'fineprint' },
      'An educational simulation. Portraits are stylised; historical notes carry sources and a confidence tag.',
    ),
    h('p', { class: 'fineprint' }, h('a', { href: '?print=briefs' }, 'Printable briefs and teacher guide')),
  );
}
