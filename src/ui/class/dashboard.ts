/**
 * The teacher's live board: a table of tables from the server's `dashboard` message (label, seats
 * taken and connected, phase and beat, last move, moves, paused, ending, scores), with the teacher's
 * actions (pause or resume all or one, free a seat, put the computer in a seat or hand it back, send an
 * event card, release the debrief), the CSV/JSON export, and the way to the class results board. It holds
 * nothing confidential: the server sends the teacher no meters.
 */
import type { ClassClient, ClassDashboard, ClassTableSummary } from '../../app/classClient.ts';
import { dashboardCsv, dashboardJson, exportFileName } from '../../app/classExport.ts';
import { beatById, choiceById, ENDINGS, EVENTS } from '../../app/content.ts';
import { PHASE_NAME, SIDE_SHORT } from '../../app/labels.ts';
import { score100 } from '../../app/packages.ts';
import { roundText } from '../../app/roundClock.ts';
import { m } from '../../app/strings/catalogue.ts';
import { tablesFromText } from '../../app/tableChoice.ts';
import type { EndingId, Phase, Side } from '../../sim/session/index.ts';
import { h, replace } from '../dom.ts';
import { askFirst } from './askFirst.ts';
import { downloadText } from './download.ts';

const SIDES: readonly Side[] = ['us', 'dprk'];

function seatCell(t: ClassTableSummary, side: Side, client: ClassClient): HTMLElement {
  const s = t.seats[side];
  const state =
    s.kind === 'ai'
      ? m.class_seat_computer()
      : !s.taken
        ? m.class_seat_free()
        : s.connected
          ? m.class_seat_online()
          : m.class_seat_offline();
  return h(
    'td',
    {},
    h('span', { class: 'seat-label' }, s.label),
    ' ',
    h(
      'span',
      { class: `seat-state seat-${s.kind === 'ai' ? 'ai' : s.taken ? (s.connected ? 'online' : 'offline') : 'free'}` },
      state,
    ),
    s.kind === 'human' &&
      s.taken &&
      h(
        'button',
        {
          type: 'button',
          class: 'btn small',
          'aria-label': m.class_free_seat_label({ seat: s.label }),
          onclick: (e: Event) =>
            askFirst(
              e.currentTarget as HTMLElement,
              m.class_free_seat_label({ seat: s.label }),
              m.class_free_seat_confirm({ seat: s.label }),
              m.class_free_seat(),
              () => client.send('freeSeat', { table: t.table, side }),
            ),
        },
        m.class_free_seat(),
      ),
    t.phase !== 'debrief' && ' ',
    t.phase !== 'debrief' && seatHandover(t, side, client),
  );
}

/** "Computer plays" for a student's seat (asked first: its student is disconnected); "Student plays" back. */
function seatHandover(t: ClassTableSummary, side: Side, client: ClassClient): HTMLElement {
  const s = t.seats[side];
  const toComputer = s.kind === 'human';
  const label = toComputer
    ? m.class_seat_ai_computer_plays_label({ seat: s.label })
    : m.class_seat_ai_student_plays_label({ seat: s.label });
  const assign = () => client.send('assignSeat', { table: t.table, side, seat: toComputer ? 'ai' : 'human' });
  return h(
    'button',
    {
      type: 'button',
      class: 'btn small',
      'data-seat-handover': `${t.table}:${side}`,
      'aria-label': label,
      onclick: (e: Event) =>
        toComputer && s.taken
          ? askFirst(e.currentTarget as HTMLElement, label, m.class_seat_ai_confirm({ seat: s.label }), label, assign)
          : assign(),
    },
    toComputer ? m.class_seat_ai_computer_plays() : m.class_seat_ai_student_plays(),
  );
}

/** A move as the dashboard names it: a choice by its label, other moves by their word. */
const moveName = (move: string): string => choiceById(move)?.choice.label ?? EVENTS.find((e) => e.id === move)?.title ?? move;

function outcome(t: ClassTableSummary): string {
  if (!t.ending) return '';
  const title = ENDINGS[t.ending as EndingId]?.title ?? t.ending;
  if (!t.scores) return title;
  return m.class_scores({ ending: title, us: score100(t.scores.us.utility), dprk: score100(t.scores.dprk.utility) });
}

/** A table's round timer `elapsedMs` after the dashboard came: time left, stopped, or called. */
function roundCell(t: ClassTableSummary, elapsedMs: number): string {
  if (!t.round || t.ending) return m.class_round_none();
  return roundText(t.round, elapsedMs);
}

function tableRow(t: ClassTableSummary, client: ClassClient): HTMLElement {
  const beat = t.beat ? (beatById(t.beat)?.title ?? t.beat) : '';
  return h(
    'tr',
    { 'data-table': t.table, class: t.paused ? 'paused' : '' },
    h('th', { scope: 'row' }, m.class_table_label({ table: t.table })),
    ...SIDES.map((side) => seatCell(t, side, client)),
    h('td', {}, PHASE_NAME[t.phase as Phase] ?? t.phase, beat && h('br'), beat),
    h('td', { class: 'last-move' }, t.lastMove ? `${SIDE_SHORT[t.lastMove.side]}: ${moveName(t.lastMove.move)}` : '—'),
    h('td', { class: 'moves' }, t.moves),
    h('td', { class: 'round' }, roundCell(t, 0)),
    h(
      'td',
      {},
      h(
        'button',
        {
          type: 'button',
          class: 'btn small',
          'aria-pressed': t.paused ? 'true' : 'false',
          'aria-label': t.paused ? m.class_resume_table({ table: t.table }) : m.class_pause_table({ table: t.table }),
          onclick: () => client.send(t.paused ? 'resume' : 'pause', { tables: [t.table] }),
        },
        t.paused ? m.class_resume() : m.class_pause(),
      ),
    ),
    h('td', { class: 'outcome' }, outcome(t)),
  );
}

function board(d: ClassDashboard, client: ClassClient): HTMLElement {
  return h(
    'div',
    { class: 'class-board-scroll' },
    h(
      'table',
      { class: 'class-board', id: 'class-board' },
      h('caption', {}, m.class_board_caption({ count: d.tables.length })),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ...[
            m.class_col_table(),
            m.class_col_us(),
            m.class_col_dprk(),
            m.class_col_phase(),
            m.class_col_last_move(),
            m.class_col_moves(),
            m.class_col_round(),
            m.class_col_paused(),
            m.class_col_outcome(),
          ].map((label) => h('th', { scope: 'col' }, label)),
        ),
      ),
      h('tbody', {}, ...d.tables.map((t) => tableRow(t, client))),
    ),
  );
}

/** The dashboard; `showResults` opens the class results board (the "Show class results" button). */
export function dashboardPanel(client: ClassClient, showResults?: () => void): HTMLElement {
  const boardHost = h('div', { class: 'class-board-host' }, h('p', {}, m.class_waiting_dashboard()));
  const status = h('p', { class: 'alert', role: 'alert', hidden: true, id: 'class-refusal' });
  const connection = h('p', { class: 'class-connection', role: 'status' });
  const cardSelect = h(
    'select',
    { id: 'class-event-card' },
    ...EVENTS.map((card) => h('option', { value: card.id }, card.title)),
  );
  // Blank for every table, or some ("1, 3-5"): news that reaches only some tables makes a comparison.
  const cardTables = h('input', {
    id: 'class-card-tables',
    type: 'text',
    inputmode: 'numeric',
    size: 8,
    placeholder: m.class_card_tables_all(),
  });
  const release = h(
    'button',
    { type: 'button', class: 'btn', id: 'class-release', onclick: () => client.send('releaseDebrief') },
    m.class_release_debrief(),
  );
  const exportAs = (ext: 'csv' | 'json') => {
    const d = client.latest('dashboard');
    if (!d) return;
    const now = new Date().toISOString();
    if (ext === 'csv') downloadText(exportFileName(d.code, now, 'csv'), dashboardCsv(d), 'text/csv');
    else downloadText(exportFileName(d.code, now, 'json'), dashboardJson(d, now), 'application/json');
  };
  // The round timers count down between dashboards: the last one, and when it came.
  let drawnAt = 0;
  const ticker = setInterval(() => {
    if (drawnAt > 0 && !boardHost.isConnected) return clearInterval(ticker);
    const d = client.latest('dashboard');
    if (!d) return;
    for (const t of d.tables) {
      const cell = boardHost.querySelector<HTMLElement>(`tr[data-table="${t.table}"] td.round`);
      if (cell) cell.textContent = roundCell(t, performance.now() - drawnAt);
    }
  }, 1000);
  const draw = (d: ClassDashboard) => {
    drawnAt = performance.now();
    replace(boardHost, board(d, client));
    release.disabled = d.debriefReleased;
    release.textContent = d.debriefReleased ? m.class_debrief_released() : m.class_release_debrief();
  };
  client.on('dashboard', draw);
  client.on('refused', (r) => {
    status.hidden = false;
    status.textContent = m.class_refused({ message: r.message });
  });
  client.on('connection', (c) => {
    connection.textContent = c === 'connected' ? '' : c === 'reconnecting' ? m.class_reconnecting() : m.class_connection_lost();
  });
  const first = client.latest('dashboard');
  if (first) draw(first);
  return h(
    'section',
    { class: 'class-dashboard', 'aria-labelledby': 'class-board-h' },
    h('h3', { id: 'class-board-h' }, m.class_board_heading()),
    connection,
    h(
      'div',
      { class: 'class-actions', role: 'group', 'aria-label': m.class_all_tables() },
      h(
        'button',
        { type: 'button', class: 'btn', id: 'class-pause-all', onclick: () => client.send('pause', { tables: 'all' }) },
        m.class_pause_all(),
      ),
      h(
        'button',
        { type: 'button', class: 'btn', id: 'class-resume-all', onclick: () => client.send('resume', { tables: 'all' }) },
        m.class_resume_all(),
      ),
      h('label', { for: 'class-event-card' }, m.class_event_card()),
      cardSelect,
      h('label', { for: 'class-card-tables' }, m.class_card_tables()),
      cardTables,
      h(
        'button',
        {
          type: 'button',
          class: 'btn',
          id: 'class-send-card',
          onclick: () => {
            status.hidden = true;
            const count = client.latest('dashboard')?.tables.length ?? 0;
            const choice = tablesFromText(cardTables.value, count);
            if (!choice.ok) {
              status.hidden = false;
              status.textContent = m.class_card_tables_bad({ part: choice.bad, count });
              return;
            }
            client.send('eventCard', { eventId: cardSelect.value, tables: choice.tables });
          },
        },
        m.class_send_card(),
      ),
      release,
      showResults &&
        h('button', { type: 'button', class: 'btn', id: 'class-show-results', onclick: showResults }, m.class_board_show()),
      h('button', { type: 'button', class: 'btn', id: 'class-export-csv', onclick: () => exportAs('csv') }, m.class_export_csv()),
      h(
        'button',
        { type: 'button', class: 'btn', id: 'class-export-json', onclick: () => exportAs('json') },
        m.class_export_json(),
      ),
    ),
    status,
    boardHost,
  );
}
