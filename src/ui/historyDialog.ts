/**
 * The history log: the player's own decisions on this path, newest last, each with a way back to
 * decide again (or, in a locked game, to review), and the kept branch ahead to roll forward along.
 */
import type { Controller } from '../app/controller.ts';
import { forwardPath, historyEntries } from '../app/historyModel.ts';
import { SIDE_SHORT } from '../app/labels.ts';
import { m } from '../app/strings/catalogue.ts';
import { type DialogHandle, modalDialog } from './dialog.ts';
import { h, replace } from './dom.ts';

export function createHistoryDialog(controller: Controller): DialogHandle {
  const body = h('div', { class: 'history-body' });
  const modal = modalDialog({
    headingId: 'history-title',
    className: 'history-dialog',
    title: m.toolbar_history(),
    content: [body],
  });

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
      replace(body, h('p', {}, m.history_no_game()));
      return;
    }
    const entries = historyEntries(t);
    const ahead = forwardPath(t);
    const locked = t.locked;
    replace(
      body,
      h('p', { class: 'hint' }, t.locked ? m.history_locked_hint() : m.history_branch_hint()),
      entries.length === 0
        ? h('p', {}, m.history_no_decisions())
        : h(
            'ol',
            { class: 'history-list', 'aria-label': m.history_list_label() },
            ...entries.map((e) =>
              h(
                'li',
                { class: 'history-item', 'data-node': e.nodeId },
                h(
                  'p',
                  { class: 'history-move' },
                  h('span', { class: 'history-meta' }, m.history_meta({ move: e.move, beat: e.beatTitle })),
                  h('br', {}),
                  m.history_move({ side: SIDE_SHORT[e.side], label: e.label }),
                  e.onRecord &&
                    (e.inferred
                      ? h('span', { class: 'badge inferred' }, m.history_inferred())
                      : h('span', { class: 'badge record' }, m.history_as_on_record())),
                  e.otherBranches > 0 && h('span', { class: 'badge' }, m.history_other_branches({ count: e.otherBranches })),
                ),
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'btn small',
                    'aria-label': locked
                      ? m.history_review_label({ move: e.move, beat: e.beatTitle })
                      : m.history_decide_again_label({ move: e.move, beat: e.beatTitle }),
                    onclick: () => go(e.beforeId),
                  },
                  locked ? m.history_review() : m.history_decide_again(),
                ),
              ),
            ),
          ),
      ahead.length > 0 &&
        h(
          'div',
          { class: 'history-forward', role: 'group', 'aria-label': m.history_roll_forward() },
          h('p', {}, m.history_kept_branch({ count: ahead.length })),
          h('button', { type: 'button', class: 'btn small', onclick: () => go(ahead[0]) }, m.history_forward_one()),
          h(
            'button',
            { type: 'button', class: 'btn small', onclick: () => go(ahead[ahead.length - 1]) },
            m.history_forward_end(),
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
