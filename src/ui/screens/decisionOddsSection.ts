/**
 * The debrief's section on what each of the player's decisions did to the odds of a deal. The
 * decisions and their starts come from the core (`decisionPoints`), the rollouts run in a worker
 * (`startOddsBatch`), and the words from `app/decisionOddsLines.ts`; the lines fill in as each decision's
 * odds come back. The run starts when the section is scrolled into view and stops when the debrief
 * leaves the page.
 */
import { biggestMove, DECISION_ROLLOUTS, decisionOddsLines } from '../../app/decisionOddsLines.ts';
import { m } from '../../app/strings/catalogue.ts';
import { decisionPoints, type Odds } from '../../sim/session/index.ts';
import type { Session } from '../../sim/session/session.ts';
import '../../styles/decisionOdds.css';
import { h } from '../dom.ts';
import { type OddsRun, startOddsBatch } from '../odds/oddsClient.ts';

export function decisionOddsSection(session: Session, useWorker = true): HTMLElement {
  // Progress is shown, not announced (it changes twenty times); the status says once when it is done.
  const progress = h('p', { class: 'decision-odds-progress' });
  const status = h('p', { class: 'decision-odds-status', role: 'status' });
  const list = h('ol', { class: 'decision-odds' });
  const lead = h('p', { class: 'decision-odds-most' });
  const section = h(
    'section',
    { class: 'decision-odds-section', 'aria-labelledby': 'decision-odds-h' },
    h('h3', { id: 'decision-odds-h' }, m.decision_odds_heading()),
    h('p', { class: 'hint' }, m.decision_odds_intro({ rollouts: String(DECISION_ROLLOUTS) })),
    lead,
    list,
    progress,
    status,
  );
  let shown = false;
  let run: OddsRun | null = null;
  // Replaying the game for its decisions' states is work too: done only when the section is seen.
  const measure = (): void => {
    shown = section.isConnected;
    const points = decisionPoints(session);
    if (points.length === 0) {
      status.textContent = m.decision_odds_none();
      return;
    }
    const results: { before?: Odds; after?: Odds }[] = points.map(() => ({}));
    const draw = (finished: boolean): void => {
      const lines = decisionOddsLines(points, results);
      const known = lines.filter((l) => l.text !== null);
      list.replaceChildren(...known.map((l) => h('li', { class: l.clear ? 'clear' : 'noise' }, l.text ?? '')));
      progress.textContent = finished
        ? ''
        : m.decision_odds_running({ done: String(known.length), total: String(points.length) });
      if (finished) {
        status.textContent = m.decision_odds_done({ total: String(points.length) });
        const most = biggestMove(lines);
        lead.textContent = most ? m.decision_odds_most({ line: most.text ?? '' }) : m.decision_odds_none_clear();
      }
    };
    draw(false);
    run = startOddsBatch(
      points.flatMap((p) => [p.before, p.after]),
      DECISION_ROLLOUTS,
      {
        item(index, odds) {
          // The debrief was left (a new game, the title): nothing to fill in.
          if (section.isConnected) shown = true;
          else if (shown) {
            run?.cancel();
            return;
          }
          const r = results[Math.floor(index / 2)];
          if (index % 2 === 0) r.before = odds;
          else r.after = odds;
          draw(false);
        },
        done: () => draw(true),
        error: (message) => {
          progress.textContent = '';
          status.textContent = m.decision_odds_failed({ problem: message });
        },
      },
      useWorker,
    );
  };
  // The rollouts take a core for some seconds: they start when the section comes into view, not while
  // the student reads the ending above it.
  if (typeof IntersectionObserver === 'undefined') measure();
  else {
    const seen = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      seen.disconnect();
      measure();
    });
    seen.observe(section);
  }
  return section;
}
