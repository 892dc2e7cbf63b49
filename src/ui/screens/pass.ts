/** Hot-seat hand-over: nothing of either side's confidential screen is shown. */

import type { Controller } from '../../app/controller.ts';
import { SIDE_NAME } from '../../app/labels.ts';
import type { Side } from '../../sim/session/index.ts';
import { h } from '../dom.ts';

export function passScreen(controller: Controller, side: Side): HTMLElement {
  const other = side === 'us' ? 'dprk' : 'us';
  return h(
    'div',
    { class: `screen pass-screen side-${side}` },
    h('h2', { id: 'screen-heading', tabindex: -1 }, `Pass the device to the ${SIDE_NAME[side]} player`),
    h(
      'p',
      {},
      `The ${SIDE_NAME[other]} player should look away now. The next screen shows the ${SIDE_NAME[side]} side's confidential notes and readings.`,
    ),
    h(
      'button',
      // No number key: handing over takes a deliberate act, so a second press of the key that made the
      // last move can never open the next player's private screen.
      { type: 'button', class: 'btn primary', onclick: () => controller.confirmPass() },
      `I am the ${SIDE_NAME[side]} player: show my screen`,
    ),
  );
}
