/**
 * The class results board, for the projector: how the tables ended, every table on the Pareto chart
 * beside the reference deals, the agreed levels issue by issue, moves to agreement, and the class
 * beside the record. Every chart has its table twin. The same board whichever way the games came:
 * live from the dashboard feed (`openLiveBoard`, reached by "Show class results"), or from pasted
 * result codes (`boardCodes.ts`); the data is `app/classBoard.ts`, the export `app/classExport.ts`.
 */

import { type BoardData, buildBoard, tablesFromDashboard, tablesStillPlaying } from '../../app/classBoard.ts';
import type { ClassClient, ClassDashboard } from '../../app/classClient.ts';
import { dashboardCsv, dashboardJson, exportFileName } from '../../app/classExport.ts';
import { ENDINGS, ISSUES } from '../../app/content.ts';
import { score100 } from '../../app/packages.ts';
import { formatLocale, m } from '../../app/strings/catalogue.ts';
import type { EndingId } from '../../sim/session/index.ts';
import { type Child, h, replace } from '../dom.ts';
import { barChart, issueChart, paretoChart } from './boardCharts.ts';
import { downloadText } from './download.ts';
import { showClassScreen } from './host.ts';

const endingTitle = (id: EndingId): string => ENDINGS[id]?.title ?? id;

/** A chart's table twin: a caption, column headings, and rows whose first cell heads the row. */
function twin(caption: string, cols: readonly string[], rows: readonly (readonly Child[])[]): HTMLElement {
  return h(
    'details',
    { class: 'notes chart-twin results-twin' },
    h('summary', {}, m.class_board_twin()),
    h(
      'table',
      { class: 'results-table' },
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, ...cols.map((c) => h('th', { scope: 'col' }, c)))),
      h(
        'tbody',
        {},
        ...rows.map(([head, ...cells]) => h('tr', {}, h('th', { scope: 'row' }, head), ...cells.map((c) => h('td', {}, c)))),
      ),
    ),
  );
}

function section(id: string, heading: string, ...children: Child[]): HTMLElement {
  return h(
    'section',
    { class: 'results-section', id, 'aria-labelledby': `${id}-h` },
    h('h3', { id: `${id}-h` }, heading),
    ...children,
  );
}

function endingsSection(b: BoardData): HTMLElement {
  const heading = m.class_board_endings_heading();
  return section(
    'results-endings',
    heading,
    barChart(
      b.endings.map((e) => ({
        label: endingTitle(e.ending),
        value: e.count,
        note: e.onRecord ? m.class_board_on_record() : undefined,
        highlight: e.onRecord,
      })),
      m.class_board_endings_label(),
    ),
    twin(
      heading,
      [m.class_board_col_ending(), m.class_board_col_tables()],
      b.endings.map((e) => [
        e.onRecord ? `${endingTitle(e.ending)} (${m.class_board_on_record()})` : endingTitle(e.ending),
        e.count,
      ]),
    ),
  );
}

function paretoSection(b: BoardData): HTMLElement {
  const heading = m.class_board_pareto_heading();
  const kind = (p: { deal: boolean }, ref: boolean) =>
    ref ? m.class_board_kind_reference() : p.deal ? m.class_board_kind_deal() : m.class_board_kind_no_deal();
  return section(
    'results-pareto',
    heading,
    h('p', { class: 'hint' }, m.class_board_pareto_hint()),
    h('div', { class: 'results-pareto-box' }, paretoChart(b, m.class_board_pareto_label())),
    twin(
      heading,
      [m.class_board_col_point(), m.side_short_us(), m.side_short_dprk(), m.class_board_col_kind()],
      [
        ...b.points.map((p) => [p.label, score100(p.us), score100(p.dprk), kind(p, false)]),
        ...b.references.map((p) => [p.label, score100(p.us), score100(p.dprk), kind(p, true)]),
      ],
    ),
  );
}

function issuesSection(b: BoardData): HTMLElement {
  const heading = m.class_board_issues_heading();
  const rows = b.issues.flatMap((s) => {
    const issue = ISSUES.find((i) => i.id === s.issue);
    return s.levels.map((count, level) => [issue?.name ?? s.issue, issue?.levels[level] ?? String(level), count]);
  });
  return section(
    'results-issues',
    heading,
    b.termsUnknown > 0
      ? h('p', { class: 'hint', id: 'results-terms-unknown' }, m.class_board_terms_unknown({ count: b.termsUnknown }))
      : null,
    ...(b.issues.length === 0
      ? [h('p', {}, m.class_board_issues_none())]
      : [
          issueChart(b.issues, b.termsKnown, m.class_board_issues_label()),
          twin(heading, [m.class_board_col_issue(), m.class_board_col_level(), m.class_board_col_deals()], rows),
        ]),
  );
}

function timeSection(b: BoardData): HTMLElement {
  const heading = m.class_board_time_heading();
  const label = (t: BoardData['time'][number]) => `${t.label}: ${endingTitle(t.ending)}`;
  return section(
    'results-time',
    heading,
    ...(b.medianMoves === null
      ? [h('p', {}, m.class_board_time_none())]
      : [
          h('p', {}, m.class_board_time_median({ moves: b.medianMoves })),
          barChart(
            b.time.map((t) => ({ label: label(t), value: t.moves })),
            m.class_board_time_label(),
          ),
          twin(
            heading,
            [m.class_col_table(), m.class_board_col_ending(), m.class_board_col_moves()],
            b.time.map((t) => [t.label, endingTitle(t.ending), t.moves]),
          ),
        ]),
  );
}

function recordSection(b: BoardData): HTMLElement {
  return section(
    'results-record',
    m.class_board_record_heading(),
    h('p', {}, m.class_board_record_text({ ending: endingTitle(b.record.ending) })),
    h(
      'ul',
      { class: 'facts' },
      h('li', {}, m.class_board_record_same({ count: b.record.sameAsRecord, total: b.tables })),
      h('li', {}, m.class_board_record_deals({ deals: b.deals, total: b.tables })),
    ),
  );
}

/** The board's body for some finished tables (or a note that none has finished yet), naming any still playing. */
export function boardBody(b: BoardData, playing: readonly string[] = []): HTMLElement {
  const still =
    playing.length > 0 &&
    h(
      'p',
      { id: 'results-playing' },
      m.class_board_still_playing({ tables: new Intl.ListFormat(formatLocale(), { type: 'conjunction' }).format(playing) }),
    );
  if (b.tables === 0)
    return h('div', { class: 'results-body' }, h('p', { id: 'results-waiting' }, m.class_board_waiting()), still);
  return h(
    'div',
    { class: 'results-body' },
    h('p', { class: 'results-summary', id: 'results-summary' }, m.class_board_summary({ count: b.tables, deals: b.deals })),
    still,
    endingsSection(b),
    paretoSection(b),
    issuesSection(b),
    timeSection(b),
    recordSection(b),
  );
}

/** The export buttons for whatever dashboard `current` gives (the live one, or the codes' tables). */
export function exportButtons(current: () => ClassDashboard | null | undefined): HTMLElement {
  const exportAs = (ext: 'csv' | 'json') => {
    const d = current();
    if (!d) return;
    const now = new Date().toISOString();
    if (ext === 'csv') downloadText(exportFileName(d.code, now, 'csv'), dashboardCsv(d), 'text/csv');
    else downloadText(exportFileName(d.code, now, 'json'), dashboardJson(d, now), 'application/json');
  };
  return h(
    'div',
    { class: 'class-actions results-actions' },
    h('button', { type: 'button', class: 'btn', id: 'results-export-csv', onclick: () => exportAs('csv') }, m.class_export_csv()),
    h(
      'button',
      { type: 'button', class: 'btn', id: 'results-export-json', onclick: () => exportAs('json') },
      m.class_export_json(),
    ),
  );
}

/** The board from the live dashboard feed: redrawn as tables finish, until the teacher goes back. */
export function openLiveBoard(client: ClassClient, back: () => void): void {
  const body = h('div', { class: 'results-host', 'aria-live': 'off' });
  const draw = (d: ClassDashboard) => replace(body, boardBody(buildBoard(tablesFromDashboard(d)), tablesStillPlaying(d)));
  const first = client.latest('dashboard');
  draw(first ?? { code: client.code ?? '', debriefReleased: false, tables: [] });
  const off = client.on('dashboard', draw);
  document.title = m.page_title({ screen: m.class_board_results_heading() });
  showClassScreen(
    h(
      'div',
      { class: 'screen class-screen class-results' },
      h('h2', { id: 'screen-heading', tabindex: -1 }, m.class_board_results_heading()),
      h(
        'div',
        { class: 'class-actions' },
        h(
          'button',
          {
            type: 'button',
            class: 'btn',
            id: 'results-back',
            onclick: () => {
              off();
              back();
            },
          },
          m.class_board_back_dashboard(),
        ),
      ),
      body,
      exportButtons(() => client.latest('dashboard')),
    ),
  );
}
