/** Hot-seat hand-over: nothing of either side's confidential screen is shown. */

import type { Controller } from '../../app/controller.ts';
import { SIDE_NAME } from '../../app/labels.ts';
import { m } from '../../app/strings/catalogue.ts';
import type { Side } from '../../sim/session/index.ts';
import { h } from '../dom.ts';

export function passScreen(controller: Controller, side: Side): HTMLElement {
  const other = side === 'us' ? 'dprk' : 'us';
  return h(
    'div',
    { class: `screen pass-screen side-${side}` },
    h('h2', { id: 'screen-heading', tabindex: -1 }, m.pass_heading({ side: SIDE_NAME[side] })),
    h('p', {}, m.pass_look_away({ other: SIDE_NAME[other], side: SIDE_NAME[side] })),
    h(
      'button',
      // No number key: handing over takes a deliberate act, so a second press of the key that made the
      // last move can never open the next player's private screen.
      { type: 'button', class: 'btn primary', onclick: () => controller.confirmPass() },
      m.pass_confirm({ side: SIDE_NAME[side] }),
    ),
  );
}
