/** Two branches side by side (placeholder until built). */
import type { Controller } from '../controller.ts';
import { h } from '../dom.ts';

export function comparePanel(_controller: Controller, a: number, b: number): HTMLElement {
  return h('section', { class: 'compare-panel' }, h('h3', {}, `Compare nodes ${a} and ${b}`));
}
