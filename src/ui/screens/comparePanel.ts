/**
 * Two branches side by side: where they split, the moves each made after, the packages on the table at
 * their ends, the viewer's meters over time (a table, with a decorative sparkline beside it), and the
 * endings and scores. Columns sit side by side when the panel is wide enough and stack when it is not.
 */
import '../../styles/compare-odds.css';
import { ISSUES, problemText } from '../../app/content.ts';
import type { Controller } from '../../app/controller.ts';
import { METER_NAME, REACTION_TEXT, SIDE_NAME, SIDE_SHORT } from '../../app/labels.ts';
import { moveLabel } from '../../app/moveWords.ts';
import { score100 } from '../../app/packages.ts';
import { m } from '../../app/strings/catalogue.ts';
import { type BranchSummary, type Comparison, compareBranches, type MoveSummary } from '../../sim/session/compare.ts';
import type { MeterId, Package, Side, SideScore } from '../../sim/session/index.ts';
import { h, uid } from '../dom.ts';

const SVG = 'http://www.w3.org/2000/svg';
type Key = 'A' | 'B';

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

/** A small line of a meter's values along the path; decorative (the table beside it is the truth). */
function sparkline(values: readonly number[], splitIndex: number): SVGSVGElement {
  const w = 96;
  const hgt = 22;
  const x = (i: number) => (values.length < 2 ? w / 2 : (i * (w - 4)) / (values.length - 1) + 2);
  const y = (v: number) => hgt - 2 - v * (hgt - 4);
  const el = svg('svg', {
    class: 'sparkline',
    viewBox: `0 0 ${w} ${hgt}`,
    width: w,
    height: hgt,
    'aria-hidden': 'true',
    focusable: 'false',
  });
  el.append(svg('line', { class: 'spark-split', x1: x(splitIndex), x2: x(splitIndex), y1: 1, y2: hgt - 1 }));
  el.append(
    svg('polyline', { class: 'spark-line', points: values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ') }),
  );
  const last = values.length - 1;
  if (last >= 0) el.append(svg('circle', { class: 'spark-end', cx: x(last), cy: y(values[last]), r: 2 }));
  return el;
}

const signed100 = (x: number): string => {
  const n = Math.round(x * 100);
  return n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0';
};

/** A compared move in words: a choice as its own game worded it. */
const movedLabel = (move: MoveSummary): string => move.label ?? moveLabel(move.event);

function moveText(move: MoveSummary): string {
  const parts = { side: SIDE_SHORT[move.side], beat: move.beatTitle, label: movedLabel(move) };
  if (!move.reaction) return m.compare_move(parts);
  const reader = SIDE_SHORT[move.side === 'us' ? 'dprk' : 'us'];
  return m.compare_move_read({ ...parts, reader, reaction: REACTION_TEXT[move.reaction] });
}

function branchName(key: Key, b: BranchSummary, current: number | null): string {
  const where = b.ending ? b.ending.title : b.beatTitle ? m.compare_at_beat({ beat: b.beatTitle }) : m.compare_the_start();
  const name = { key, where, depth: b.depth };
  return b.nodeId === current ? m.compare_branch_name_current(name) : m.compare_branch_name(name);
}

function splitSentence(c: Comparison): string {
  const s = c.split;
  // The split node is the game after move `depth`; the two branches differ from the next move on.
  const at = s.beatTitle
    ? m.compare_at_move_beat({ move: s.depth + 1, beat: s.beatTitle })
    : m.compare_at_move({ move: s.depth + 1 });
  if (!s.a && !s.b) return m.compare_split_same({ depth: s.depth });
  if (!s.a) return m.compare_split_b_goes_on({ at, label: s.b ? movedLabel(s.b) : '' });
  if (!s.b) return m.compare_split_a_goes_on({ at, label: movedLabel(s.a) });
  const labelA = movedLabel(s.a);
  const labelB = movedLabel(s.b);
  if (s.a.side === s.b.side) return m.compare_split_same_side({ at, side: SIDE_NAME[s.a.side], labelA, labelB });
  return m.compare_split_sides({ at, sideA: SIDE_NAME[s.a.side], labelA, sideB: SIDE_NAME[s.b.side], labelB });
}

function packageTable(caption: string, pkg: Package, other: Package | null, drills: boolean): HTMLTableElement {
  return h(
    'table',
    { class: 'pkg-table' },
    h('caption', {}, caption),
    h(
      'thead',
      {},
      h('tr', {}, h('th', { scope: 'col' }, m.compare_col_issue()), h('th', { scope: 'col' }, m.compare_col_level())),
    ),
    h(
      'tbody',
      {},
      ...ISSUES.flatMap((issue, i) => {
        if (issue.optional && !drills) return [];
        const differs = other !== null && other[i] !== pkg[i];
        return [
          h(
            'tr',
            { class: [pkg[i] === 0 ? 'zero' : '', differs ? 'differs' : ''].join(' ').trim() || null },
            h('th', { scope: 'row' }, issue.name),
            h('td', {}, issue.levels[pkg[i]], differs ? h('span', { class: 'differs-mark' }, ' (differs)') : null),
          ),
        ];
      }),
    ),
  );
}

/** What is on the table at the end of a branch: the agreement if there is one, else the standing offer. */
function tableSection(b: BranchSummary, other: BranchSummary, drills: boolean): HTMLElement[] {
  const otherPkg = other.agreement ?? other.standing?.pkg ?? null;
  if (b.agreement) {
    const caption = b.signed ? m.compare_agreement_signed() : m.compare_agreement_unsigned();
    return [packageTable(caption, b.agreement, otherPkg, drills)];
  }
  if (b.standing)
    return [packageTable(m.compare_standing_offer({ side: SIDE_SHORT[b.standing.by] }), b.standing.pkg, otherPkg, drills)];
  return [h('p', {}, m.compare_no_offer())];
}

function metersTable(c: Comparison, b: BranchSummary, key: Key): HTMLElement[] {
  const splitIndex = Math.min(c.split.depth, b.meters.length - 1);
  const series = (id: MeterId) => b.meters.map((p) => p.values[id] ?? 0);
  const summary = h(
    'table',
    { class: 'meters-table' },
    h('caption', {}, m.compare_meters_caption({ side: SIDE_NAME[c.viewer], key })),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, m.compare_col_meter()),
        h('th', { scope: 'col', class: 'num' }, m.compare_col_at_split()),
        h('th', { scope: 'col', class: 'num' }, m.compare_col_at_end()),
        h('th', { scope: 'col', class: 'num' }, m.compare_col_change()),
        h(
          'th',
          { scope: 'col' },
          h('span', { class: 'sr-only' }, m.compare_col_trend_drawn()),
          h('span', { 'aria-hidden': 'true' }, m.compare_col_trend()),
        ),
      ),
    ),
    h(
      'tbody',
      {},
      ...c.meterIds.map((id) => {
        const values = series(id);
        const start = values[splitIndex];
        const end = values[values.length - 1];
        return h(
          'tr',
          {},
          h('th', { scope: 'row' }, METER_NAME[id]),
          h('td', { class: 'num' }, score100(start)),
          h('td', { class: 'num' }, score100(end)),
          h('td', { class: 'num' }, signed100(end - start)),
          h('td', { class: 'spark-cell' }, sparkline(values, splitIndex)),
        );
      }),
    ),
  );
  const every = h(
    'details',
    { class: 'notes meters-every' },
    h('summary', {}, m.compare_meters_every_move({ count: b.meters.length })),
    h(
      'div',
      { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': m.compare_meters_region({ key }) },
      h(
        'table',
        { class: 'meters-series' },
        h('caption', {}, m.compare_meters_every_caption({ key, side: SIDE_NAME[c.viewer] })),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, m.compare_col_move()),
            ...c.meterIds.map((id) => h('th', { scope: 'col', class: 'num' }, METER_NAME[id])),
          ),
        ),
        h(
          'tbody',
          {},
          ...b.meters.map((p) =>
            h(
              'tr',
              { class: p.depth === c.split.depth ? 'at-split' : null },
              h(
                'th',
                { scope: 'row' },
                p.depth === 0
                  ? m.slot_start()
                  : p.depth === c.split.depth
                    ? m.compare_split_row({ depth: p.depth })
                    : String(p.depth),
              ),
              ...c.meterIds.map((id) => h('td', { class: 'num' }, score100(p.values[id] ?? 0))),
            ),
          ),
        ),
      ),
    ),
  );
  return [summary, every];
}

function scoreRow(side: Side, s: SideScore): HTMLTableRowElement {
  return h(
    'tr',
    {},
    h('th', { scope: 'row' }, SIDE_NAME[side]),
    h('td', { class: 'num' }, score100(s.utility)),
    h('td', { class: 'num' }, score100(s.reservation)),
    h('td', { class: 'num' }, signed100(s.surplus)),
  );
}

function outcomeSection(b: BranchSummary, key: Key): HTMLElement[] {
  if (!b.ending || !b.scores) return [h('p', {}, m.compare_not_finished({ key, beat: b.beatTitle ?? m.compare_the_start() }))];
  const s = b.scores;
  return [
    h('p', { class: 'ending-title' }, h('strong', {}, b.ending.title)),
    h('p', { class: 'hint' }, b.ending.summary),
    h(
      'table',
      { class: 'scores' },
      h('caption', {}, m.compare_scores_caption({ key })),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, m.debrief_col_side()),
          h('th', { scope: 'col', class: 'num' }, m.debrief_col_outcome()),
          h('th', { scope: 'col', class: 'num' }, m.debrief_col_walk_away()),
          h('th', { scope: 'col', class: 'num' }, m.debrief_col_gain()),
        ),
      ),
      h('tbody', {}, scoreRow('us', s.us), scoreRow('dprk', s.dprk)),
    ),
    h(
      'p',
      { class: 'hint' },
      m.compare_facts({ joint: signed100(s.jointGain), trust: score100(s.trust), chemistry: score100(s.chemistry) }),
    ),
  ];
}

function column(
  c: Comparison,
  key: Key,
  b: BranchSummary,
  other: BranchSummary,
  current: number | null,
  drills: boolean,
): HTMLElement {
  const id = uid(`branch-${key.toLowerCase()}`);
  return h(
    'section',
    { class: `compare-column branch-${key.toLowerCase()}`, 'aria-labelledby': id, 'data-node': b.nodeId },
    h('h4', { id }, branchName(key, b, current)),
    h('h5', {}, m.compare_moves_after_split()),
    b.moves.length === 0
      ? h('p', {}, m.compare_stops_at_split())
      : h(
          'details',
          { class: 'notes moves', open: b.moves.length <= 8 },
          h('summary', {}, m.compare_moves_count({ count: b.moves.length, from: c.split.depth + 1 })),
          h('ol', { start: c.split.depth + 1, class: 'moves-list' }, ...b.moves.map((m) => h('li', {}, moveText(m)))),
        ),
    h('h5', {}, m.compare_table_at_end()),
    ...tableSection(b, other, drills),
    h('h5', {}, m.compare_meters_over_time()),
    ...metersTable(c, b, key),
    h('h5', {}, m.compare_ending_and_scores()),
    ...outcomeSection(b, key),
  );
}

export function comparePanel(controller: Controller, a: number, b: number): HTMLElement {
  const headingId = uid('compare-heading');
  const section = h(
    'section',
    { class: 'compare-panel', 'aria-labelledby': headingId, 'data-a': a, 'data-b': b },
    h('h3', { id: headingId }, m.compare_heading()),
  );
  const timeline = controller.timeline;
  if (!timeline) {
    section.append(h('p', { class: 'alert', role: 'alert' }, m.compare_no_game()));
    return section;
  }
  let c: Comparison;
  try {
    c = compareBranches(timeline, a, b, controller.viewer);
  } catch (err) {
    section.append(h('p', { class: 'alert', role: 'alert' }, problemText(err)));
    return section;
  }
  const current = timeline.current.id;
  section.append(
    h('p', { class: 'compare-split' }, splitSentence(c)),
    h('p', { class: 'hint' }, m.compare_meters_note({ side: SIDE_NAME[c.viewer] })),
    h(
      'div',
      { class: 'compare-columns' },
      column(c, 'A', c.a, c.b, current, timeline.settings.drills),
      column(c, 'B', c.b, c.a, current, timeline.settings.drills),
    ),
  );
  return section;
}
