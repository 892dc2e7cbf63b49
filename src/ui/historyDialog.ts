/**
 * The history log: the player's own decisions on this path, newest last, each with a way back to
 * decide again (or, in a locked game, to review), and the kept branch ahead to roll forward along.
 */
import type { Controller } from '../app/controller.ts';
import { forwardPath, historyEntries } from '../app/historyModel.ts';
import { SIDE_SHORT } from '../app/labels.ts';
import { type DialogHandle, modalDialog } from './dialog.ts';
import { h, replace } from './dom.ts';

export function createHistoryDialog(controller: Controller): DialogHandle {
  const body = h('div', { class: 'history-body' });
  const modal = modalDialog({ headingId: 'history-title', className: 'history-dialog', title: 'History', content: [body] });

  const go = (nodeId: number) => {
    const problem = controller.goTo(nodeId);
    if (problem) {
      replace(body, h('p', { class: 'alert', role: 'alert' }, problem));
      return;
    }
    // After a jump in time the new screen takes focus; otherwise it returns to the toolbar button.
    modal.close(false);
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

  return {
    dialog: modal.dialog,
    open: (from) => {
      render();
      modal.open(from, body.querySelector<HTMLElement>('.history-item:last-child button'));
    },
  };
}
