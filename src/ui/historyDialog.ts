/**
 * The history log: the player's own decisions on this path, newest last, each with a way back to
 * decide again (or, in a locked game, to review), and the kept branch ahead to roll forward along.
 */
import type { Controller } from '../app/controller.ts';
import { forwardPath, historyEntries } from '../app/historyModel.ts';
import { SIDE_SHORT } from '../app/labels.ts';
import { h, replace, returnFocusOnClose } from './dom.ts';

export function createHistoryDialog(controller: Controller): { dialog: HTMLDialogElement; open: (opener: HTMLElement) => void } {
  const body = h('div', { class: 'history-body' });
  let opener: HTMLElement | null = null;
  let navigated = false;
  const dialog = h(
    'dialog',
    { class: 'dialog history-dialog', 'aria-labelledby': 'history-title' },
    h('h2', { id: 'history-title' }, 'History'),
    body,
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'btn', onclick: () => dialog.close() }, 'Close')),
  );

  const go = (nodeId: number) => {
    const problem = controller.goTo(nodeId);
    if (problem) {
      replace(body, h('p', { class: 'alert', role: 'alert' }, problem));
      return;
    }
    navigated = true;
    dialog.close();
  };

  const render = () => {
    const t = controller.timeline;
    if (!t) {
      replace(body, h('p', {}, 'There is no game yet.'));
      return;
    }
    const entries = historyEntries(t);
    const ahead = forwardPath(t);
    const verb = t.locked ? 'Review from here' : 'Decide again';
    replace(
      body,
      h(
        'p',
        { class: 'hint' },
        t.locked
          ? 'This game is locked for assessment: you can go back and review, but not change past choices.'
          : 'Going back keeps everything you played: it stays on the branch map as a branch you can return to.',
      ),
      entries.length === 0
        ? h('p', {}, 'No decisions yet.')
        : h(
            'ol',
            { class: 'history-list', 'aria-label': 'Your decisions, first to last' },
            ...entries.map((e) =>
              h(
                'li',
                { class: 'history-item', 'data-node': e.nodeId },
                h(
                  'p',
                  { class: 'history-move' },
                  h('span', { class: 'history-meta' }, `Move ${e.move} · ${e.beatTitle}`),
                  h('br', {}),
                  `${SIDE_SHORT[e.side]}: ${e.label}`,
                  e.onRecord && h('span', { class: 'badge record' }, 'as on the record'),
                  e.otherBranches > 0 &&
                    h('span', { class: 'badge' }, `${e.otherBranches} other branch${e.otherBranches === 1 ? '' : 'es'}`),
                ),
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'btn small',
                    'aria-label': `${verb}: move ${e.move}, ${e.beatTitle}`,
                    onclick: () => go(e.beforeId),
                  },
                  verb,
                ),
              ),
            ),
          ),
      ahead.length > 0 &&
        h(
          'div',
          { class: 'history-forward', role: 'group', 'aria-label': 'Roll forward' },
          h('p', {}, `A kept branch continues ${ahead.length} move${ahead.length === 1 ? '' : 's'} ahead of here.`),
          h('button', { type: 'button', class: 'btn small', onclick: () => go(ahead[0]) }, 'Forward one move'),
          h(
            'button',
            { type: 'button', class: 'btn small', onclick: () => go(ahead[ahead.length - 1]) },
            'Forward to the end of that branch',
          ),
        ),
    );
  };

  // After a jump in time the new screen takes focus; otherwise it returns to the toolbar button.
  returnFocusOnClose(dialog, () => (navigated ? null : opener));
  dialog.addEventListener('close', () => {
    navigated = false;
  });
  return {
    dialog,
    open: (from: HTMLElement) => {
      opener = from;
      render();
      dialog.showModal();
      body.querySelector<HTMLElement>('.history-item:last-child button')?.focus();
    },
  };
}
