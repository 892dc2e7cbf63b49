/**
 * The one way the DOM layer opens and closes a modal `<dialog>`, so every dialog behaves alike:
 *
 * - it is named by its heading (`aria-labelledby`) and ends with a row of actions whose last button
 *   closes it; Escape closes it too (the browser's own `cancel`);
 * - opening shows it modally (once, if it is already open) and puts focus on the control the caller
 *   names, else on the heading when the heading takes focus, else where the browser puts it (the first
 *   control);
 * - closing gives focus back to the control that opened it, but only if focus was lost (on the page's
 *   body or still inside the closed dialog). The `close` event comes a task after the dialog shut, so
 *   focus the player has moved by then is left alone; a close that moved the game on (`close(false)`)
 *   leaves focus to the new screen. The opener is forgotten once the dialog has closed.
 *
 * The decision is `FocusReturn`, which is plain logic so it can be tested without a browser.
 */

import { m } from '../app/strings/catalogue.ts';
import { type Child, h } from './dom.ts';

/** What a dialog module hands the layer: the element to place, and how to open it from a control. */
export interface DialogHandle {
  readonly dialog: HTMLDialogElement;
  open(opener: HTMLElement): void;
}

export interface ModalDialog {
  readonly dialog: HTMLDialogElement;
  readonly heading: HTMLHeadingElement;
  /** Shows the dialog (once) and moves focus to `focus`, or to the heading if it takes focus. */
  open(opener: HTMLElement, focus?: HTMLElement | null): void;
  /** Closes the dialog; `returnFocus: false` when the close moved the game on and the new screen takes focus. */
  close(returnFocus?: boolean): void;
}

export interface DialogOptions {
  /** The heading's id, which names the dialog. */
  readonly headingId: string;
  /** Classes besides `dialog`. */
  readonly className?: string;
  /** The heading's text (callers that show different things may `replace` it later). */
  readonly title?: Child;
  /** The heading takes focus on opening (it gets tabindex -1), rather than the first control. */
  readonly focusHeading?: boolean;
  readonly content: readonly Child[];
  /** Controls before the closing button in the actions row (e.g. a link), and that row's classes. */
  readonly actions?: readonly Child[];
  readonly actionsClass?: string;
  /** The closing button's words and classes. */
  readonly closeLabel?: string;
  readonly closeClass?: string;
}

/** Whether focus was lost when a dialog closed: nowhere, on the page's body, or inside the dialog. */
export function focusWasLost(active: Element | null, body: Element | null, dialog: Pick<Node, 'contains'>): boolean {
  return !active || active === body || dialog.contains(active);
}

/** Remembers who opened a dialog and decides, once it has closed, whether focus goes back there. */
export class FocusReturn<T> {
  private opener: T | null = null;
  private giveBack = true;

  opened(opener: T): void {
    this.opener = opener;
    this.giveBack = true;
  }

  closing(giveBack: boolean): void {
    this.giveBack = giveBack;
  }

  /** The control to focus now that the dialog has closed, or null; either way the dialog is reset. */
  closed(focusLost: boolean): T | null {
    const target = this.giveBack && focusLost ? this.opener : null;
    this.opener = null;
    this.giveBack = true;
    return target;
  }
}

export function modalDialog(options: DialogOptions): ModalDialog {
  const heading = h('h2', { id: options.headingId, tabindex: options.focusHeading ? -1 : null }, options.title);
  const closeButton = h(
    'button',
    { type: 'button', class: options.closeClass ?? 'btn', onclick: () => close() },
    options.closeLabel ?? m.dialog_close(),
  );
  const dialog = h(
    'dialog',
    { class: `dialog ${options.className ?? ''}`.trim(), 'aria-labelledby': options.headingId },
    heading,
    ...options.content,
    h('div', { class: options.actionsClass ?? 'actions' }, ...(options.actions ?? []), closeButton),
  );
  const focus = new FocusReturn<HTMLElement>();
  dialog.addEventListener('close', () => {
    focus.closed(focusWasLost(document.activeElement, document.body, dialog))?.focus();
  });
  const close = (returnFocus = true) => {
    focus.closing(returnFocus);
    dialog.close();
  };
  return {
    dialog,
    heading,
    close,
    open: (opener, target) => {
      focus.opened(opener);
      if (!dialog.open) dialog.showModal();
      (target ?? (options.focusHeading ? heading : null))?.focus();
    },
  };
}

/**
 * A dialog built the first time it is needed and kept on the page's body, shared by every control that
 * opens it (the glossary, the teacher guide); built again if it was taken off the page.
 */
export function sharedDialog<T extends { readonly dialog: HTMLDialogElement }>(build: () => T): () => T {
  let made: T | null = null;
  return () => {
    if (made?.dialog.isConnected) return made;
    made = build();
    document.body.appendChild(made.dialog);
    return made;
  };
}
