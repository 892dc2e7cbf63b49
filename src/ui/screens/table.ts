/**
 * The bargaining table: an offer builder with one level per issue, the reference packages as presets,
 * the acting side's own live value of the package, the offer standing and the answers so far.
 */

import type { Controller } from '../../app/controller.ts';
import { REACTION_TEXT, SIDE_NAME, SIDE_SHORT, timeOf } from '../../app/labels.ts';
import { packageLines, score100 } from '../../app/packages.ts';
import {
  ISSUES,
  OPTIONAL,
  otherSide,
  type Package,
  PRESETS,
  type PresetId,
  type Side,
  toIso,
  withoutOptional,
} from '../../sim/session/index.ts';
import type { View } from '../../sim/session/view.ts';
import { h } from '../dom.ts';

const PRESET_ORDER: readonly PresetId[] = ['dprkHanoiOffer', 'usBigDeal', 'smallDeal', 'yongbyonPlus'];
const OPENING: Readonly<Record<Side, PresetId>> = { us: 'usBigDeal', dprk: 'dprkHanoiOffer' };

/** The package being built, kept across redraws of the same game and side. */
let draft: { key: string; pkg: number[] } | null = null;

function startingDraft(view: View, side: Side, drills: boolean): number[] {
  const mine = [...(view.table?.offers ?? [])].reverse().find((o) => o.by === side);
  const pkg = mine ? mine.pkg : PRESETS[OPENING[side]].pkg;
  return drills ? [...pkg] : withoutOptional(pkg);
}

function packageList(pkg: Package): HTMLElement {
  const lines = packageLines(pkg);
  return h('ul', { class: 'pkg' }, ...(lines.length ? lines : ['Nothing on any issue']).map((l) => h('li', {}, l)));
}

export function tableControls(controller: Controller, view: View): HTMLElement {
  const session = controller.session;
  const side = view.turn?.side ?? view.viewer;
  if (!session || !view.table) return h('p', {}, 'The table is not open.');
  const drills = session.settings.drills;
  const key = `${session.seed}:${side}:${view.beat?.id}`;
  if (!draft || draft.key !== key) draft = { key, pkg: startingDraft(view, side, drills) };
  const pkg = draft.pkg;

  const value = h('p', { class: 'value', role: 'status', 'aria-live': 'polite' });
  const selects: HTMLSelectElement[] = [];
  const refresh = () => {
    selects.forEach((s, i) => {
      s.value = String(pkg[i]);
    });
    const v = session.valueOf(side, pkg).perceived;
    const margin = v - view.reservation;
    value.textContent = `Worth to you: ${score100(v)} / 100. Walking away is worth ${score100(view.reservation)}. ${margin >= 0 ? 'Better than no deal.' : 'Worse than no deal.'}`;
    value.dataset.good = String(margin >= 0);
  };

  const rows = ISSUES.map((issue, i) => {
    if (issue.optional && !drills) return null;
    const id = `issue-${issue.id}`;
    const select = h(
      'select',
      {
        id,
        'data-issue': issue.id,
        onchange: (e: Event) => {
          pkg[i] = Number((e.target as HTMLSelectElement).value);
          refresh();
        },
      },
      ...issue.levels.map((label, level) => h('option', { value: level }, label)),
    );
    selects[i] = select;
    const gives = issue.givenBy === side ? 'you give' : 'you get';
    return h(
      'div',
      { class: 'issue-row' },
      h('label', { for: id }, issue.name, h('span', { class: 'gives' }, ` (${gives})`)),
      select,
    );
  });

  const load = (source: Package) => {
    source.forEach((l, i) => {
      pkg[i] = drills || !OPTIONAL[i] ? l : 0;
    });
    refresh();
  };
  const standing = view.table.standing;
  const theirs = standing && standing.by !== side ? standing : null;
  const presets = h(
    'div',
    { class: 'presets', role: 'group', 'aria-label': 'Load a reference package' },
    ...PRESET_ORDER.map((id) =>
      h('button', { type: 'button', class: 'btn small', onclick: () => load(PRESETS[id].pkg) }, PRESETS[id].name),
    ),
    theirs && h('button', { type: 'button', class: 'btn small', onclick: () => load(theirs.pkg) }, 'Start from their offer'),
  );
  const act = (type: 'ACCEPT' | 'WALK' | 'ADJOURN') => controller.act({ type, by: side });
  const recent = view.table.offers.slice(-4).reverse();
  refresh();
  return h(
    'div',
    { class: 'table-ui' },
    h('p', { class: 'closes' }, `The table closes at ${timeOf(view.table.closesAt)}.`),
    theirs
      ? h(
          'section',
          { class: 'standing', 'aria-labelledby': 'standing-h' },
          h('h3', { id: 'standing-h' }, `On the table: the ${SIDE_NAME[theirs.by]} offer`),
          packageList(theirs.pkg),
          h('p', { class: 'value' }, `Worth to you: ${score100(theirs.valueToViewer)} / 100.`),
        )
      : h('p', {}, standing ? 'Your offer is on the table.' : 'No offer is on the table yet.'),
    h(
      'form',
      {
        class: 'builder',
        'aria-labelledby': 'builder-h',
        onsubmit: (e: Event) => {
          e.preventDefault();
          controller.offer(side, [...pkg]);
        },
      },
      h('h3', { id: 'builder-h' }, 'Your offer'),
      presets,
      h('fieldset', { class: 'issues' }, h('legend', { class: 'sr-only' }, 'One level for each issue'), ...rows),
      value,
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'submit', class: 'btn primary' }, 'Table this offer'),
        h('button', { type: 'button', class: 'btn', disabled: !theirs, onclick: () => act('ACCEPT') }, 'Accept their offer'),
        h('button', { type: 'button', class: 'btn', onclick: () => act('ADJOURN') }, 'Adjourn'),
        h('button', { type: 'button', class: 'btn danger', onclick: () => act('WALK') }, 'Walk out'),
      ),
    ),
    recent.length > 0 &&
      h(
        'section',
        { class: 'answers', 'aria-labelledby': 'answers-h' },
        h('h3', { id: 'answers-h' }, 'Offers so far'),
        h(
          'ol',
          {},
          ...recent.map((o) =>
            h(
              'li',
              {},
              `${SIDE_SHORT[o.by]} offer, ${timeOf(toIso(o.at))}`,
              ` read by the ${SIDE_SHORT[otherSide(o.by)]} side as ${REACTION_TEXT[o.reaction]}.`,
            ),
          ),
        ),
      ),
  );
}
