/**
 * The seat's offer builder over the network: one radio group per issue (`#issue-<id>-<level>`),
 * "Make this offer", "Accept the offer standing", "Walk out". The screens' own `tableControls` needs a
 * local Session, which a networked seat does not have, so this one sends the move, values the draft
 * live from the seat's own View (`draftValue`: the same numbers, nothing more from the server) and
 * shows the standing offer's worth as the server's view gives it, with the counterpart's reasons and
 * the board of both sides' offers from the same View.
 */
import type { MoveBody } from '../../app/classMoves.ts';
import { ISSUES } from '../../app/content.ts';
import { SIDE_NAME } from '../../app/labels.ts';
import { packageLines, score100 } from '../../app/packages.ts';
import { m } from '../../app/strings/catalogue.ts';
import { draftValue } from '../../sim/session/draftValue.ts';
import type { View } from '../../sim/session/view.ts';
import { h } from '../dom.ts';
import { tableBoardTable } from '../screens/tableBoardTable.ts';
import { tableReasons } from '../screens/tableReasons.ts';
import { tableTalk } from '../screens/tableTalk.ts';
import { showValue } from '../valueLine.ts';

/** The draft package, kept across redraws of the same beat. */
let draft: { key: string; pkg: number[] } | null = null;

export function seatOffer(view: View, send: (move: MoveBody) => void): HTMLElement {
  const table = view.table;
  if (!table) return h('p', {}, m.table_not_open());
  const side = view.viewer;
  const key = `${view.beat?.id}:${side}`;
  if (!draft || draft.key !== key) {
    const mine = [...table.offers].reverse().find((o) => o.by === side);
    draft = { key, pkg: mine ? [...mine.pkg] : ISSUES.map(() => 0) };
  }
  const pkg = draft.pkg;
  const standing = table.standing;
  const theirs = standing && standing.by !== side ? standing : null;
  // The draft's worth to this seat, redrawn as each level is picked (announced politely, as on one device).
  const value = h('p', { class: 'value', role: 'status', 'aria-live': 'polite', id: 'class-draft-value' });
  const refresh = () => {
    showValue(value, draftValue(view, pkg), view.reservation);
  };
  const rows = ISSUES.map((issue, i) => {
    const name = `issue-${issue.id}`;
    const gives = issue.givenBy === side ? m.table_you_give() : m.table_you_get();
    return h(
      'fieldset',
      { class: 'issue-row', 'data-issue': issue.id },
      h('legend', {}, issue.name, h('span', { class: 'gives' }, m.table_gives({ gives }))),
      h(
        'div',
        { class: 'levels' },
        ...issue.levels.map((label, level) =>
          h(
            'label',
            { class: 'level', for: `${name}-${level}` },
            h('input', {
              type: 'radio',
              name,
              value: level,
              id: `${name}-${level}`,
              checked: pkg[i] === level,
              onchange: () => {
                pkg[i] = level;
                refresh();
              },
            }),
            label,
          ),
        ),
      ),
    );
  });
  refresh();
  return h(
    'div',
    { class: 'table-ui' },
    theirs
      ? h(
          'section',
          { class: 'standing', 'aria-labelledby': 'standing-h' },
          h('h3', { id: 'standing-h' }, m.table_standing_heading({ side: SIDE_NAME[theirs.by] })),
          h('ul', { class: 'pkg' }, ...packageLines(theirs.pkg).map((l) => h('li', {}, l))),
          h(
            'p',
            { class: 'value' },
            m.value_standing({ value: score100(theirs.valueToViewer), raw: score100(theirs.rawToViewer) }),
          ),
        )
      : h('p', {}, standing ? m.table_yours_standing() : m.table_no_offer_yet()),
    // The same reasons and board as a seat on one device: both are read from the seat's own View.
    tableReasons(view),
    // Talk across the table, when the teacher has given the other seat to the computer.
    tableTalk(view, side, false, 'class', (say) => send({ type: 'SAY', say })),
    tableBoardTable(view, false),
    h(
      'form',
      {
        class: 'builder',
        'aria-labelledby': 'builder-h',
        onsubmit: (e: Event) => {
          e.preventDefault();
          send({ type: 'OFFER', pkg: [...pkg] });
        },
      },
      h('h3', { id: 'builder-h' }, m.table_your_offer()),
      h('div', { class: 'issues', role: 'group', 'aria-label': m.table_issues_legend() }, ...rows),
      value,
      h('p', { class: 'hint value-why' }, m.value_readout_why()),
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'submit', class: 'btn primary', id: 'class-offer' }, m.class_make_offer()),
        h(
          'button',
          { type: 'button', class: 'btn', id: 'class-accept', disabled: !theirs, onclick: () => send({ type: 'ACCEPT' }) },
          m.class_accept_standing(),
        ),
        h(
          'button',
          { type: 'button', class: 'btn danger', id: 'class-walk', onclick: () => send({ type: 'WALK' }) },
          m.branch_move_walk(),
        ),
      ),
    ),
  );
}
