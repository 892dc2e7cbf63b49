/**
 * "Are you sure?" for the class actions that cannot be undone from the screen (freeing a seat,
 * leaving the class): the house's modal dialog helper, placed in the class screen, removed on close.
 */
import { m } from '../../app/strings/catalogue.ts';
import { modalDialog } from '../dialog.ts';
import { h } from '../dom.ts';

export function askFirst(opener: HTMLElement, title: string, text: string, yes: string, onYes: () => void): void {
  const confirm = h(
    'button',
    {
      type: 'button',
      class: 'btn primary',
      id: 'class-confirm',
      onclick: () => {
        modal.close();
        onYes();
      },
    },
    yes,
  );
  const modal = modalDialog({
    headingId: 'class-confirm-h',
    title,
    content: [h('p', {}, text)],
    actions: [confirm],
    closeLabel: m.class_cancel(),
  });
  modal.dialog.addEventListener('close', () => modal.dialog.remove());
  (opener.closest('.screen') ?? document.body).append(modal.dialog);
  modal.open(opener, confirm);
}
