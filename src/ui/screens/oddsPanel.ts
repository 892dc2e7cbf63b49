/** Odds from a node, computed off the main thread (placeholder until built). */
import type { Controller } from '../controller.ts';
import { h } from '../dom.ts';

export function oddsPanel(_controller: Controller, nodeId: number): HTMLElement {
  return h('section', { class: 'odds-panel' }, h('h3', {}, `Odds from node ${nodeId}`));
}
