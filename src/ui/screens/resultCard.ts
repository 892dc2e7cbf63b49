/**
 * The result card: after a decision, what it did stays at the top of the screen until the player
 * continues (or decides again), instead of one log line that scrolls away. Its changes are the
 * readings as the meters show them, each with its sign, and the canvas marks the same changes on its
 * meters for a moment. A screen reader has heard all of it already in the narration log.
 */
import { type ChoiceResult, signedChange } from '../../app/choiceResult.ts';
import type { Controller } from '../../app/controller.ts';
import { SIDE_NAME } from '../../app/labels.ts';
import { m } from '../../app/strings/catalogue.ts';
import { h } from '../dom.ts';
import '../../styles/result.css';

export function resultCard(controller: Controller, result: ChoiceResult): HTMLElement {
  const heading = controller.hotSeat ? m.result_heading_side({ side: SIDE_NAME[result.by] }) : m.result_heading();
  return h(
    'section',
    { class: 'result-card', 'aria-labelledby': 'result-h' },
    h('h3', { id: 'result-h' }, heading),
    h('p', { class: 'result-decision' }, result.decision),
    result.outcome && h('p', { class: 'result-outcome' }, result.outcome),
    result.metersShown &&
      (result.changes.length > 0
        ? h(
            'ul',
            { class: 'result-changes', 'aria-label': m.result_changes_label() },
            ...result.changes.map((d) =>
              h(
                'li',
                { 'data-meter': d.id, 'data-up': String(d.to > d.from) },
                m.result_change({ meter: d.label, from: d.from, to: d.to, change: signedChange(d) }),
              ),
            ),
          )
        : h('p', { class: 'hint' }, m.result_no_change())),
    h(
      'button',
      {
        type: 'button',
        class: 'btn small',
        onclick: () => {
          controller.dismissResult();
          document.getElementById('screen-heading')?.focus();
        },
      },
      m.result_continue(),
    ),
  );
}
