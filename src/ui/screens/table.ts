/**
 * The bargaining table: an offer builder with one level per issue, the reference packages as presets,
 * the acting side's own live value of the package, the offer standing and the answers so far.
 */

import { concessionSeries } from '../../app/concession.ts';
import { ISSUES, PRESETS } from '../../app/content.ts';
import type { Controller } from '../../app/controller.ts';
import { REACTION_TEXT, SIDE_NAME, SIDE_SHORT, timeOf } from '../../app/labels.ts';
import { packageLines, score100 } from '../../app/packages.ts';
import { m } from '../../app/strings/catalogue.ts';
import { OPTIONAL, otherSide, type Package, type PresetId, type Side, toIso, withoutOptional } from '../../sim/session/index.ts';
import type { View } from '../../sim/session/view.ts';
import { concessionChart } from '../concessionChart.ts';
import { h } from '../dom.ts';
import { showValue } from '../valueLine.ts';
import { tableBoardTable } from './tableBoardTable.ts';
import { tableReasons } from './tableReasons.ts';
import { tableTalk } from './tableTalk.ts';

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
  return h('ul', { class: 'pkg' }, ...packageLines(pkg).map((l) => h('li', {}, l)));
}

export function tableControls(controller: Controller, view: View): HTMLElement {
  const session = controller.session;
  const side = view.turn?.side ?? view.viewer;
  if (!session || !view.table) return h('p', {}, m.table_not_open());
  const drills = session.settings.drills;
  const key = `${session.seed}:${side}:${view.beat?.id}`;
  if (!draft || draft.key !== key) draft = { key, pkg: startingDraft(view, side, drills) };
  const pkg = draft.pkg;

  const value = h('p', { class: 'value', role: 'status', 'aria-live': 'polite' });
  const radios: HTMLInputElement[][] = [];
  const refresh = () => {
    radios.forEach((group, i) => {
      group.forEach((r, level) => {
        r.checked = pkg[i] === level;
      });
    });
    showValue(value, session.valueOf(side, pkg), view.reservation);
  };

  // One radio group per issue: every level named in full, operable with the arrow keys and a finger.
  const rows = ISSUES.map((issue, i) => {
    if (issue.optional && !drills) return null;
    const name = `issue-${issue.id}`;
    const gives = issue.givenBy === side ? m.table_you_give() : m.table_you_get();
    radios[i] = issue.levels.map((_, level) =>
      h('input', {
        type: 'radio',
        name,
        value: level,
        id: `${name}-${level}`,
        onchange: () => {
          pkg[i] = level;
          refresh();
        },
      }),
    );
    return h(
      'fieldset',
      { class: 'issue-row', 'data-issue': issue.id },
      h('legend', {}, issue.name, h('span', { class: 'gives' }, m.table_gives({ gives }))),
      h(
        'div',
        { class: 'levels' },
        ...issue.levels.map((label, level) => h('label', { class: 'level', for: `${name}-${level}` }, radios[i][level], label)),
      ),
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
    { class: 'presets', role: 'group', 'aria-label': m.table_presets_label() },
    ...PRESET_ORDER.map((id) =>
      h('button', { type: 'button', class: 'btn small', onclick: () => load(PRESETS[id].pkg) }, PRESETS[id].name),
    ),
    theirs && h('button', { type: 'button', class: 'btn small', onclick: () => load(theirs.pkg) }, m.table_start_from_theirs()),
  );
  const act = (type: 'ACCEPT' | 'WALK' | 'ADJOURN') => controller.act({ type, by: side });
  const recent = view.table.offers.slice(-4).reverse();
  refresh();
  return h(
    'div',
    { class: 'table-ui' },
    h('p', { class: 'closes' }, m.table_closes_at({ time: timeOf(view.table.closesAt) })),
    theirs
      ? h(
          'section',
          { class: 'standing', 'aria-labelledby': 'standing-h' },
          h('h3', { id: 'standing-h' }, m.table_standing_heading({ side: SIDE_NAME[theirs.by] })),
          packageList(theirs.pkg),
          h(
            'p',
            { class: 'value' },
            m.value_standing({ value: score100(theirs.valueToViewer), raw: score100(theirs.rawToViewer) }),
          ),
        )
      : h('p', {}, standing ? m.table_yours_standing() : m.table_no_offer_yet()),
    tableReasons(view),
    tableTalk(view, side, drills, String(session.seed), (say) => controller.act({ type: 'SAY', by: side, say })),
    tableBoardTable(view, drills),
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
      h('h3', { id: 'builder-h' }, m.table_your_offer()),
      presets,
      h('div', { class: 'issues', role: 'group', 'aria-label': m.table_issues_legend() }, ...rows),
      value,
      h('p', { class: 'hint value-why' }, m.value_readout_why()),
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'submit', class: 'btn primary' }, m.table_submit()),
        h('button', { type: 'button', class: 'btn', disabled: !theirs, onclick: () => act('ACCEPT') }, m.table_accept()),
        h('button', { type: 'button', class: 'btn', onclick: () => act('ADJOURN') }, m.branch_move_adjourn()),
        h('button', { type: 'button', class: 'btn danger', onclick: () => act('WALK') }, m.branch_move_walk()),
      ),
    ),
    recent.length > 0 &&
      h(
        'section',
        { class: 'answers', 'aria-labelledby': 'answers-h' },
        h('h3', { id: 'answers-h' }, m.table_offers_so_far()),
        h(
          'ol',
          {},
          ...recent.map((o) =>
            h(
              'li',
              {},
              m.table_offer_read({
                side: SIDE_SHORT[o.by],
                time: timeOf(toIso(o.at)),
                reader: SIDE_SHORT[otherSide(o.by)],
                reaction: REACTION_TEXT[o.reaction],
              }),
            ),
          ),
        ),
      ),
    dance(view, side, (pkg) => session.valueOf(side, pkg).perceived),
  );
}

/** The concession chart in this seat's own values (the other side's are hidden until the debrief). */
function dance(view: View, side: Side, worth: (pkg: Package) => number): HTMLElement | null {
  const offers = view.table?.offers ?? [];
  if (offers.length === 0) return null;
  const chart = concessionChart(
    concessionSeries(offers, [side], (_s, pkg) => worth(pkg), { [side]: view.reservation }),
    side,
    true,
  );
  return (
    chart &&
    h('section', { class: 'dance-section', 'aria-labelledby': 'dance-h' }, h('h3', { id: 'dance-h' }, m.dance_heading()), chart)
  );
}
