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
      { type: 'button', class: 'btn primary', 'data-key': '1', onclick: () => controller.confirmPass() },
      `I am the ${SIDE_NAME[side]} player: show my screen`,
    ),
  );
}
