/**
 * Two branches side by side: where they split, the moves each made after, the packages on the table at
 * their ends, the viewer's meters over time (a table, with a decorative sparkline beside it), and the
 * endings and scores. Columns sit side by side when the panel is wide enough and stack when it is not.
 */
import '../../styles/compare-odds.css';
import type { Controller } from '../../app/controller.ts';
import { METER_NAME, REACTION_TEXT, SIDE_NAME, SIDE_SHORT } from '../../app/labels.ts';
import { moveLabel } from '../../app/moveWords.ts';
import { score100 } from '../../app/packages.ts';
import { type BranchSummary, type Comparison, compareBranches, type MoveSummary } from '../../sim/session/compare.ts';
import { ISSUES, type MeterId, type Package, type Side, type SideScore } from '../../sim/session/index.ts';
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

function moveText(m: MoveSummary): string {
  const reading = m.reaction
    ? ` (the ${SIDE_SHORT[m.side === 'us' ? 'dprk' : 'us']} side reads it as ${REACTION_TEXT[m.reaction]})`
    : '';
  return `${SIDE_SHORT[m.side]}, ${m.beatTitle}: ${moveLabel(m.event)}${reading}`;
}

function branchName(key: Key, b: BranchSummary, current: number | null): string {
  const where = b.ending ? b.ending.title : b.beatTitle ? `at ${b.beatTitle}` : 'the start';
  return `Branch ${key}: ${where} (move ${b.depth}${b.nodeId === current ? ', where you are' : ''})`;
}

function splitSentence(c: Comparison): string {
  const s = c.split;
  // The split node is the game after move `depth`; the two branches differ from the next move on.
  const at = `move ${s.depth + 1}${s.beatTitle ? ` (${s.beatTitle})` : ''}`;
  if (!s.a && !s.b) return `Both columns show the same point of the game, after move ${s.depth}.`;
  if (!s.a) return `Branch B goes on from where branch A stops: it continues at ${at} with “${s.b ? moveLabel(s.b.event) : ''}”.`;
  if (!s.b) return `Branch A goes on from where branch B stops: it continues at ${at} with “${moveLabel(s.a.event)}”.`;
  if (s.a.side === s.b.side)
    return `They split at ${at}: there the ${SIDE_NAME[s.a.side]} chose “${moveLabel(s.a.event)}” in branch A and “${moveLabel(s.b.event)}” in branch B.`;
  return `They split at ${at}: in branch A the ${SIDE_NAME[s.a.side]} chose “${moveLabel(s.a.event)}”; in branch B the ${SIDE_NAME[s.b.side]} chose “${moveLabel(s.b.event)}”.`;
}

function packageTable(caption: string, pkg: Package, other: Package | null, drills: boolean): HTMLTableElement {
  return h(
    'table',
    { class: 'pkg-table' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Issue'), h('th', { scope: 'col' }, 'Level'))),
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
    const caption = b.signed ? 'The agreement, signed' : 'The agreement, accepted at the table but not signed';
    return [packageTable(caption, b.agreement, otherPkg, drills)];
  }
  if (b.standing)
    return [packageTable(`The standing offer, from the ${SIDE_SHORT[b.standing.by]} side`, b.standing.pkg, otherPkg, drills)];
  return [h('p', {}, 'No offer has been on the table on this branch.')];
}

function metersTable(c: Comparison, b: BranchSummary, key: Key): HTMLElement[] {
  const splitIndex = Math.min(c.split.depth, b.meters.length - 1);
  const series = (id: MeterId) => b.meters.map((p) => p.values[id] ?? 0);
  const summary = h(
    'table',
    { class: 'meters-table' },
    h('caption', {}, `${SIDE_NAME[c.viewer]} meters, out of 100: at the split and at the end of branch ${key}`),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Meter'),
        h('th', { scope: 'col', class: 'num' }, 'At the split'),
        h('th', { scope: 'col', class: 'num' }, 'At the end'),
        h('th', { scope: 'col', class: 'num' }, 'Change'),
        h(
          'th',
          { scope: 'col' },
          h('span', { class: 'sr-only' }, 'Trend (drawn)'),
          h('span', { 'aria-hidden': 'true' }, 'Trend'),
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
    h('summary', {}, `Meters after every move (${b.meters.length} points)`),
    h(
      'div',
      { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': `Branch ${key}: meters after every move` },
      h(
        'table',
        { class: 'meters-series' },
        h('caption', {}, `Branch ${key}: ${SIDE_NAME[c.viewer]} meters out of 100, from the start of the game`),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, 'Move'),
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
                p.depth === 0 ? 'Start' : p.depth === c.split.depth ? `${p.depth} (split)` : String(p.depth),
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
  if (!b.ending || !b.scores) return [h('p', {}, `Not finished: branch ${key} stands at ${b.beatTitle ?? 'the start'}.`)];
  const s = b.scores;
  return [
    h('p', { class: 'ending-title' }, h('strong', {}, b.ending.title)),
    h('p', { class: 'hint' }, b.ending.summary),
    h(
      'table',
      { class: 'scores' },
      h('caption', {}, `Branch ${key} scores out of 100: the outcome against walking away`),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Side'),
          h('th', { scope: 'col', class: 'num' }, 'Outcome'),
          h('th', { scope: 'col', class: 'num' }, 'Walk-away'),
          h('th', { scope: 'col', class: 'num' }, 'Gain'),
        ),
      ),
      h('tbody', {}, scoreRow('us', s.us), scoreRow('dprk', s.dprk)),
    ),
    h(
      'p',
      { class: 'hint' },
      `Joint gain ${signed100(s.jointGain)} · Trust ${score100(s.trust)} · Chemistry ${score100(s.chemistry)}`,
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
    h('h5', {}, 'Moves after the split'),
    b.moves.length === 0
      ? h('p', {}, 'None: this branch stops at the split.')
      : h(
          'details',
          { class: 'notes moves', open: b.moves.length <= 8 },
          h('summary', {}, `${b.moves.length} move${b.moves.length === 1 ? '' : 's'}, from move ${c.split.depth + 1}`),
          h('ol', { start: c.split.depth + 1, class: 'moves-list' }, ...b.moves.map((m) => h('li', {}, moveText(m)))),
        ),
    h('h5', {}, 'On the table at the end'),
    ...tableSection(b, other, drills),
    h('h5', {}, 'Meters over time'),
    ...metersTable(c, b, key),
    h('h5', {}, 'Ending and scores'),
    ...outcomeSection(b, key),
  );
}

export function comparePanel(controller: Controller, a: number, b: number): HTMLElement {
  const headingId = uid('compare-heading');
  const section = h(
    'section',
    { class: 'compare-panel', 'aria-labelledby': headingId, 'data-a': a, 'data-b': b },
    h('h3', { id: headingId }, 'Compare two branches'),
  );
  const timeline = controller.timeline;
  if (!timeline) {
    section.append(h('p', { class: 'alert', role: 'alert' }, 'There is no game to compare branches in.'));
    return section;
  }
  let c: Comparison;
  try {
    c = compareBranches(timeline, a, b, controller.viewer);
  } catch (err) {
    section.append(h('p', { class: 'alert', role: 'alert' }, err instanceof Error ? err.message : String(err)));
    return section;
  }
  const current = timeline.current.id;
  section.append(
    h('p', { class: 'compare-split' }, splitSentence(c)),
    h(
      'p',
      { class: 'hint' },
      `Meters are the ${SIDE_NAME[c.viewer]} side’s, as that seat sees them; the other side’s stay hidden.`,
    ),
    h(
      'div',
      { class: 'compare-columns' },
      column(c, 'A', c.a, c.b, current, timeline.settings.drills),
      column(c, 'B', c.b, c.a, current, timeline.settings.drills),
    ),
  );
  return section;
}
