/**
 * Under the counterpart's counteroffer, why it said no to the player's offer: its red line, what
 * costs it most and what it would have accepted, as a region with its own heading (screen readers
 * reach it by heading or landmark), in reading text at full size.
 */
import { SIDE_SHORT } from '../../app/labels.ts';
import { reasonLines } from '../../app/reasonWords.ts';
import { m } from '../../app/strings/catalogue.ts';
import type { View } from '../../sim/session/view.ts';
import { h } from '../dom.ts';

/** The reasons section for the viewer's last answered offer, or null when there is none to show. */
export function tableReasons(view: View): HTMLElement | null {
  const answer = view.table?.lastAnswer;
  if (!answer) return null;
  const lines = reasonLines(answer.reasons);
  if (lines.length === 0) return null;
  return h(
    'section',
    { class: 'reasons', 'aria-labelledby': 'reasons-h' },
    h('h3', { id: 'reasons-h' }, m.reasons_heading({ side: SIDE_SHORT[answer.by] })),
    h('ul', {}, ...lines.map((line) => h('li', {}, line))),
  );
}
