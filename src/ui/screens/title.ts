/** The title screen: the first interactive control a visitor meets, and any start-link error. */
import type { Controller } from '../../app/controller.ts';
import { freshSeed } from '../../app/params.ts';
import { m } from '../../app/strings/catalogue.ts';
import { h } from '../dom.ts';
import { teacherGuideButton } from '../teacherGuideDialog.ts';

export function titleScreen(controller: Controller, error: string | null): HTMLElement {
  return h(
    'div',
    { class: 'screen title-screen' },
    h('h1', { class: 'game-title', id: 'screen-heading', tabindex: -1 }, m.game_title()),
    h('p', { class: 'subtitle' }, m.title_subtitle()),
    h('p', { class: 'tagline' }, m.title_tagline()),
    error && h('p', { class: 'alert', role: 'alert' }, error),
    h(
      'div',
      { class: 'menu' },
      h('button', { type: 'button', class: 'btn primary', onclick: () => controller.showBriefing() }, m.title_new_game()),
      h(
        'button',
        {
          type: 'button',
          class: 'btn',
          onclick: () => controller.start({ seats: { us: 'ai', dprk: 'ai' }, mode: 'historical' }, freshSeed(), 'normal'),
        },
        m.title_watch(),
      ),
      teacherGuideButton(),
    ),
    h('p', { class: 'fineprint' }, m.title_fineprint()),
    h('p', { class: 'fineprint' }, h('a', { href: '?print=briefs' }, m.title_print_link())),
  );
}
