/**
 * "Odds from here": the distribution of endings over seeded AI rollouts from one node of the timeline,
 * worked out in a Web Worker (src/ui/odds) so the page never blocks. The rollout policy is stated on
 * screen, and the panel says plainly that these are the model's odds, not history's.
 */
import '../../styles/compare-odds.css';
import { ROLLOUT_POLICY } from '../../app/content.ts';
import type { Controller } from '../../app/controller.ts';
import { SIDE_NAME } from '../../app/labels.ts';
import { m } from '../../app/strings/catalogue.ts';
import { Session } from '../../sim/session/session.ts';
import { h, onDispose, replace, uid } from '../dom.ts';
import { liveText } from '../live.ts';
import { ODDS_ROLLOUTS, type OddsRow, oddsRows, percent } from '../odds/distribution.ts';
import { type OddsRun, startOdds } from '../odds/oddsClient.ts';

const HONEST_NOTE = m.odds_honest_note;

const seconds = (ms: number): string => m.odds_seconds({ seconds: (ms / 1000).toFixed(1) });

function resultRows(rows: readonly OddsRow[]): HTMLTableRowElement[] {
  return rows.map((r) => {
    const bar = h('span', { class: 'odds-bar' });
    bar.style.width = `${r.tenths / 10}%`;
    return h(
      'tr',
      { 'data-ending': r.id },
      h('th', { scope: 'row' }, r.title),
      h('td', { class: 'num' }, r.count),
      h(
        'td',
        { class: 'odds-share' },
        h(
          'span',
          { class: 'odds-share-row' },
          h('span', { class: 'num' }, percent(r.tenths)),
          h('span', { class: 'odds-bar-track', 'aria-hidden': 'true' }, bar),
        ),
      ),
    );
  });
}

export function oddsPanel(controller: Controller, nodeId: number): HTMLElement {
  const headingId = uid('odds-heading');
  const section = h(
    'section',
    { class: 'odds-panel', 'aria-labelledby': headingId, 'data-node': nodeId },
    h('h3', { id: headingId }, m.odds_heading()),
  );
  const timeline = controller.timeline;
  const node = timeline?.nodes[nodeId];
  if (!timeline || !node) {
    section.append(h('p', { class: 'alert', role: 'alert' }, m.odds_no_such_move({ node: nodeId })));
    return section;
  }
  let session: Session;
  try {
    session = Session.replay(timeline.seed, timeline.settings, timeline.pathTo(nodeId));
  } catch (err) {
    section.append(h('p', { class: 'alert', role: 'alert' }, m.odds_cannot_rebuild({ problem: String(err) })));
    return section;
  }
  const view = session.view(controller.viewer);
  if (!view.beat) {
    section.append(h('p', {}, m.odds_game_over({ depth: node.depth, ending: view.ending?.title ?? m.odds_it_has_ended() })));
    return section;
  }
  const from = node.depth === 0 ? m.odds_from_start() : m.odds_after_move({ depth: node.depth });
  const where = view.turn
    ? m.odds_where_to_move({ from, beat: view.beat.title, side: SIDE_NAME[view.turn.side] })
    : m.odds_where({ from, beat: view.beat.title });

  const progressId = uid('odds-progress');
  const progress = h('progress', { id: progressId, max: ODDS_ROLLOUTS, value: 0 });
  const count = h('span', { class: 'odds-count' }, m.odds_count({ done: 0, total: ODDS_ROLLOUTS }));
  const status = h('p', { class: 'odds-status', role: 'status' });
  const fallback = h('p', { class: 'alert odds-fallback', hidden: true });
  const tbody = h('tbody', {});
  const caption = h('caption', {}, m.odds_endings_so_far());
  const total = h('td', { class: 'num' }, '0');
  const totalShare = h('td', { class: 'odds-share' }, '—');
  const table = h(
    'table',
    { class: 'odds-table' },
    caption,
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, m.odds_col_ending()),
        h('th', { scope: 'col', class: 'num' }, m.odds_col_rollouts()),
        h('th', { scope: 'col' }, m.odds_col_share()),
      ),
    ),
    tbody,
    h('tfoot', {}, h('tr', {}, h('th', { scope: 'row' }, m.odds_total()), total, totalShare)),
  );
  const cancel = h('button', { type: 'button', class: 'btn small' }, m.odds_cancel());
  const again = h('button', { type: 'button', class: 'btn small', disabled: true }, m.odds_run_again());

  section.append(
    h('p', { class: 'odds-where' }, where),
    h(
      'p',
      { class: 'odds-policy' },
      h('strong', {}, m.odds_policy_lead()),
      ROLLOUT_POLICY,
      ` ${m.odds_rollout_count({ count: ODDS_ROLLOUTS })}`,
    ),
    h('div', { class: 'odds-progress' }, h('label', { for: progressId }, m.odds_rollouts_done()), progress, count),
    status,
    fallback,
    table,
    h('div', { class: 'menu odds-actions' }, cancel, again),
    h('p', { class: 'hint odds-note' }, HONEST_NOTE()),
  );

  let run: OddsRun | null = null;
  let wasConnected = false;
  const show = (done: number, rowsOf: OddsRow[]): void => {
    progress.value = done;
    count.textContent = m.odds_count({ done, total: ODDS_ROLLOUTS });
    total.textContent = String(done);
    totalShare.textContent = done > 0 ? '100.0%' : '—';
    replace(tbody, ...resultRows(rowsOf));
  };
  const setRunning = (on: boolean): void => {
    // Focus on a button about to be disabled would drop to <body>: it moves to the one enabled next.
    const hadFocus = document.activeElement === (on ? again : cancel);
    cancel.disabled = !on;
    again.disabled = on;
    if (hadFocus) (on ? cancel : again).focus();
    section.toggleAttribute('data-running', on);
  };
  /** A panel taken off the page stops its run. */
  const detached = (): boolean => {
    wasConnected ||= section.isConnected;
    if (wasConnected && !section.isConnected) {
      run?.cancel();
      return true;
    }
    return false;
  };
  const start = (): void => {
    show(0, []);
    caption.textContent = m.odds_endings_so_far();
    liveText(status, m.odds_running({ count: ODDS_ROLLOUTS }));
    setRunning(true);
    run = startOdds(session.oddsStart(), ODDS_ROLLOUTS, {
      progress(odds) {
        if (detached()) return;
        show(odds.rollouts, oddsRows(odds));
      },
      done(odds, ms, mode, slices) {
        setRunning(false);
        if (detached()) return;
        show(odds.rollouts, oddsRows(odds));
        const rate = Math.round(odds.rollouts / (ms / 1000));
        caption.textContent = m.odds_endings_over({ count: odds.rollouts });
        const summary = { count: odds.rollouts, time: seconds(ms), rate };
        status.textContent = mode === 'worker' ? m.odds_done_worker(summary) : m.odds_done_page(summary);
        section.dataset.rate = String(rate);
        section.dataset.ms = String(Math.round(ms));
        if (slices?.length) {
          const sorted = [...slices].sort((a, b) => a - b);
          section.dataset.slices = String(sorted.length);
          section.dataset.medianSliceMs = sorted[Math.floor(sorted.length / 2)].toFixed(1);
          section.dataset.longestSliceMs = (sorted.at(-1) as number).toFixed(1);
        }
      },
      error(message) {
        setRunning(false);
        status.textContent = message;
      },
      fallback(reason) {
        fallback.textContent = reason;
        fallback.hidden = false;
      },
    });
  };
  cancel.addEventListener('click', () => {
    if (!run?.running) return;
    run.cancel();
    setRunning(false);
    const done = progress.value;
    caption.textContent = m.odds_endings_cancelled({ count: done });
    status.textContent = m.odds_cancelled({ done, total: ODDS_ROLLOUTS });
    again.focus();
  });
  again.addEventListener('click', () => {
    start();
    cancel.focus();
  });
  onDispose(() => run?.cancel());
  start();
  return section;
}
