/**
 * The class results board's charts, drawn for a projector: bar charts as plain HTML (their text keeps
 * the page's size at any width) and the Pareto chart as SVG. Each chart is an image to assistive
 * technology, named by what it shows; the numbers are in the table twin beside it (`board.ts`), which
 * is the truth the chart draws.
 */

import { frontierPoints } from '../../app/chartData.ts';
import type { BoardData, BoardPoint, IssueSpread } from '../../app/classBoard.ts';
import { ISSUES } from '../../app/content.ts';
import { m, messageRecord } from '../../app/strings/catalogue.ts';
import { h } from '../dom.ts';
import { svg } from '../svg.ts';

export interface Bar {
  readonly label: string;
  readonly value: number;
  /** Shown after the value (e.g. "on the record"). */
  readonly note?: string;
  readonly highlight?: boolean;
}

/** Horizontal bars, one a row: the label, the bar (its share of the largest value) and the value. */
export function barChart(bars: readonly Bar[], name: string, className = ''): HTMLElement {
  const max = Math.max(1, ...bars.map((b) => b.value));
  return h(
    'div',
    { class: `results-bars ${className}`.trim(), role: 'img', 'aria-label': name },
    ...bars.map((b) => {
      const bar = h('span', { class: 'results-bar' });
      bar.style.width = `calc((100% - 3.5rem) * ${(b.value / max).toFixed(4)})`;
      return h(
        'div',
        { class: `results-bar-row${b.highlight ? ' on-record' : ''}` },
        h('span', { class: 'results-bar-label' }, b.label),
        h('span', { class: 'results-bar-track' }, bar, h('span', { class: 'results-bar-value' }, b.value)),
        b.note ? h('span', { class: 'results-bar-note' }, b.note) : null,
      );
    }),
  );
}

/** Per issue, the deals' agreed levels as one stacked bar, with the levels that occur named under it. */
export function issueChart(spreads: readonly IssueSpread[], deals: number, name: string): HTMLElement {
  return h(
    'div',
    { class: 'results-issues', role: 'img', 'aria-label': name },
    ...spreads.map((s) => {
      const issue = ISSUES.find((i) => i.id === s.issue);
      const segments = s.levels.flatMap((count, level) => {
        if (count === 0) return [];
        const seg = h('span', { class: `results-seg lvl-${Math.min(level, 4)}` }, count);
        seg.style.width = `${(count / Math.max(1, deals)) * 100}%`;
        return [seg];
      });
      const named = s.levels.flatMap((count, level) => (count > 0 ? [`${issue?.levels[level] ?? level}: ${count}`] : []));
      return h(
        'div',
        { class: 'results-issue' },
        h('span', { class: 'results-bar-label' }, issue?.name ?? s.issue),
        h('span', { class: 'results-stack' }, ...segments),
        h('span', { class: 'results-issue-levels' }, named.join(' · ')),
      );
    }),
  );
}

const SHORT: Readonly<Record<string, string>> = messageRecord({
  dprkHanoiOffer: m.chart_short_dprk_hanoi_offer,
  usBigDeal: m.chart_short_us_big_deal,
  yongbyonPlus: m.chart_short_yongbyon_plus,
});

/** U_US across, U_DPRK up: the frontier, the reference deals (diamonds) and each table (its number). */
export function paretoChart(board: BoardData, name: string): SVGSVGElement {
  const W = 640;
  const H = 480;
  const box = { x: 64, y: 16, w: W - 88, h: H - 80 };
  const front = frontierPoints();
  const all: { us: number; dprk: number }[] = [...front, ...board.references, ...board.points];
  const lo = Math.max(0, Math.floor(Math.min(...all.map((p) => Math.min(p.us, p.dprk))) * 10) / 10);
  const hi = Math.min(1.2, Math.ceil(Math.max(...all.map((p) => Math.max(p.us, p.dprk))) * 10) / 10);
  const px = (u: number) => box.x + ((u - lo) / (hi - lo)) * box.w;
  const py = (u: number) => box.y + box.h - ((u - lo) / (hi - lo)) * box.h;
  const el = svg('svg', { class: 'results-pareto', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': name });
  el.append(svg('rect', { class: 'pareto-bg', x: box.x, y: box.y, width: box.w, height: box.h }));
  for (let t = lo; t <= hi + 1e-9; t += 0.1) {
    el.append(svg('line', { class: 'pareto-grid', x1: px(t), x2: px(t), y1: box.y, y2: box.y + box.h }));
    el.append(svg('line', { class: 'pareto-grid', x1: box.x, x2: box.x + box.w, y1: py(t), y2: py(t) }));
    const n = String(Math.round(t * 100));
    el.append(svg('text', { class: 'pareto-tick', x: px(t), y: box.y + box.h + 20, 'text-anchor': 'middle' }, n));
    el.append(svg('text', { class: 'pareto-tick', x: box.x - 8, y: py(t) + 5, 'text-anchor': 'end' }, n));
  }
  el.append(svg('text', { class: 'pareto-axis', x: box.x + box.w / 2, y: H - 12, 'text-anchor': 'middle' }, m.chart_axis_us()));
  el.append(
    svg(
      'text',
      {
        class: 'pareto-axis',
        x: 18,
        y: box.y + box.h / 2,
        'text-anchor': 'middle',
        transform: `rotate(-90 18 ${box.y + box.h / 2})`,
      },
      m.chart_axis_dprk(),
    ),
  );
  el.append(
    svg('polyline', {
      class: 'pareto-frontier',
      points: front.map((p) => `${px(p.us).toFixed(1)},${py(p.dprk).toFixed(1)}`).join(' '),
    }),
  );
  for (const r of board.references) {
    const x = px(r.us);
    const y = py(r.dprk);
    el.append(
      svg('polygon', { class: `pareto-ref ref-${r.id}`, points: `${x},${y - 9} ${x + 9},${y} ${x},${y + 9} ${x - 9},${y}` }),
    );
    el.append(svg('text', { class: 'pareto-ref-label', x: x + 12, y: y - 8 }, SHORT[r.id] ?? r.label));
  }
  for (const p of board.points) el.append(...tableMark(p, px(p.us), py(p.dprk)));
  return el;
}

function tableMark(p: BoardPoint, x: number, y: number): SVGElement[] {
  return [
    svg('circle', { class: p.deal ? 'pareto-table deal' : 'pareto-table no-deal', cx: x, cy: y, r: 13 }),
    svg('text', { class: 'pareto-table-n', x, y: y + 5, 'text-anchor': 'middle' }, p.id),
  ];
}
