/** The narration log: every line said in the game, in order, announced politely to screen readers. */
import type { Narration } from '../app/controller.ts';
import { m } from '../app/strings/catalogue.ts';
import { h } from './dom.ts';

const MAX_LINES = 200;

export class NarrationLog {
  readonly el: HTMLElement;
  private list: HTMLOListElement;

  constructor() {
    this.list = h('ol', { class: 'log-list' });
    // The live region is built empty (see ui/live.ts); its list goes in after.
    const scroller = h('div', {
      class: 'log-scroll',
      role: 'log',
      'aria-live': 'polite',
      'aria-relevant': 'additions',
      tabindex: 0,
      'aria-label': m.log_label(),
    });
    scroller.append(this.list);
    this.el = h(
      'section',
      { class: 'log', 'aria-labelledby': 'log-heading' },
      h('h2', { id: 'log-heading', class: 'log-heading' }, m.log_heading()),
      scroller,
    );
  }

  add(entry: Narration): void {
    const item = h('li', { class: `log-line tone-${entry.tone}` }, entry.text);
    this.list.append(item);
    while (this.list.children.length > MAX_LINES) this.list.firstElementChild?.remove();
    const scroller = this.list.parentElement;
    if (scroller) scroller.scrollTop = scroller.scrollHeight;
  }

  clear(): void {
    this.list.replaceChildren();
  }
}
