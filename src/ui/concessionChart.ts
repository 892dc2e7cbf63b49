/**
 * The concession chart ("negotiation dance"): what each offer at the table was worth to one side, offer by
 * offer, the two sides' offers as two lines and walking away as a dashed line under them. Drawn as SVG,
 * an image to assistive technology named by what it shows; the table twin under it holds the numbers
 * and is the truth the chart draws. The table screen shows it for the seat's own values only (the other
 * side's are hidden); the debrief shows one per side.
 */
import { type ConcessionSeries, movedToward } from '../app/concession.ts';
import { SIDE_NAME, SIDE_SHORT, timeOf } from '../app/labels.ts';
import { score100 } from '../app/packages.ts';
import { m } from '../app/strings/catalogue.ts';
import { type Side, toIso } from '../sim/session/index.ts';
import { h } from './dom.ts';
import { svg } from './svg.ts';
import '../styles/dance.css';

const W = 320;
const H = 150;
const LEFT = 30;
const RIGHT = 10;
const TOP = 10;
const BOTTOM = 22;

/** One chart of `series` in `valuer`'s values, with its twin. `you` names the valuer as "you" on the table. */
export function concessionChart(series: ConcessionSeries, valuer: Side, you: boolean): HTMLElement | null {
  const points = series.points.filter((p) => p.value[valuer] !== undefined);
  if (points.length === 0) return null;
  const last = points[points.length - 1].n;
  const x = (n: number) => LEFT + (last === 1 ? 0.5 : (n - 1) / (last - 1)) * (W - LEFT - RIGHT);
  const y = (v: number) => TOP + (1 - Math.max(0, Math.min(1, v))) * (H - TOP - BOTTOM);
  const who = you ? m.dance_you() : SIDE_NAME[valuer];

  const chart = svg('svg', {
    viewBox: `0 0 ${W} ${H}`,
    class: 'dance',
    role: 'img',
    'aria-label': m.dance_chart_label({ who }),
  });
  for (const v of [0, 0.5, 1]) {
    chart.append(svg('line', { x1: LEFT, x2: W - RIGHT, y1: y(v), y2: y(v), class: 'dance-grid' }));
    chart.append(svg('text', { x: LEFT - 4, y: y(v) + 4, 'text-anchor': 'end', class: 'dance-axis' }, String(v * 100)));
  }
  chart.append(
    svg('text', { x: (LEFT + W - RIGHT) / 2, y: H - 4, 'text-anchor': 'middle', class: 'dance-axis' }, m.dance_axis_offer()),
  );
  const walk = series.walkAway[valuer];
  if (walk !== undefined) chart.append(svg('line', { x1: LEFT, x2: W - RIGHT, y1: y(walk), y2: y(walk), class: 'dance-walk' }));
  for (const by of ['us', 'dprk'] as const) {
    const own = points.filter((p) => p.by === by);
    if (own.length === 0) continue;
    const line = own.map((p) => `${x(p.n).toFixed(1)},${y(p.value[valuer] ?? 0).toFixed(1)}`).join(' ');
    chart.append(svg('polyline', { points: line, class: `dance-line dance-${by}` }));
    for (const p of own)
      chart.append(svg('circle', { cx: x(p.n), cy: y(p.value[valuer] ?? 0), r: 3.5, class: `dance-dot dance-${by}` }));
  }

  const legend = h(
    'p',
    { class: 'dance-legend' },
    h('span', { class: 'dance-key dance-key-us' }, m.dance_legend({ side: SIDE_SHORT.us })),
    h('span', { class: 'dance-key dance-key-dprk' }, m.dance_legend({ side: SIDE_SHORT.dprk })),
    walk !== undefined && h('span', { class: 'dance-key dance-key-walk' }, m.dance_legend_walk({ value: score100(walk) })),
  );
  const moves = (['us', 'dprk'] as const)
    .map((by) => {
      const d = movedToward(series, by, valuer);
      if (d === null) return null;
      const moved = { side: SIDE_SHORT[by], points: score100(Math.abs(d)) };
      return d >= 0 ? m.dance_moved_toward(moved) : m.dance_moved_away(moved);
    })
    .filter((t) => t !== null);

  const twin = h(
    'details',
    { class: 'notes dance-twin' },
    h('summary', {}, m.dance_twin()),
    h(
      'table',
      {},
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, m.dance_col_offer()),
          h('th', { scope: 'col' }, m.dance_col_by()),
          h('th', { scope: 'col' }, m.dance_col_time()),
          h('th', { scope: 'col' }, m.dance_col_value({ who })),
        ),
      ),
      h(
        'tbody',
        {},
        ...points.map((p) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, String(p.n)),
            h('td', {}, SIDE_SHORT[p.by]),
            h('td', {}, timeOf(toIso(p.at))),
            h('td', {}, score100(p.value[valuer] ?? 0)),
          ),
        ),
      ),
    ),
  );
  return h(
    'figure',
    { class: 'dance-figure' },
    // On the table the section's heading says it all; in the debrief each chart names whose values it shows.
    !you && h('h4', {}, m.dance_col_value({ who })),
    chart,
    h('figcaption', {}, legend, moves.length > 0 && h('span', { class: 'dance-moves' }, moves.join(' '))),
    twin,
  );
}
