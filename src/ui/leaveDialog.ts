/**
 * "Title" during play: leaving a game for the title asks first, and says the game is kept (in Saves,
 * and behind the title's Continue), so a class can hand the device on without losing anyone's game.
 */
import type { Controller } from '../app/controller.ts';
import { m } from '../app/strings/catalogue.ts';
import { type DialogHandle, modalDialog } from './dialog.ts';
import { h } from './dom.ts';

export function createLeaveDialog(controller: Controller): DialogHandle {
  const confirm = h(
    'button',
    {
      type: 'button',
      id: 'leave-confirm',
      class: 'btn primary',
      onclick: () => {
        modal.close(false);
        controller.showTitle();
      },
    },
    m.leave_confirm(),
  );
  const modal = modalDialog({
    headingId: 'leave-title',
    className: 'leave-dialog',
    title: m.leave_heading(),
    content: [h('p', {}, m.leave_text())],
    actions: [confirm],
    closeLabel: m.leave_stay(),
  });
  return { dialog: modal.dialog, open: (opener) => modal.open(opener, confirm) };
}
