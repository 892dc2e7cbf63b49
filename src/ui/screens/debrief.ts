/**
 * The debrief: the ending, the scores, the chart's DOM twin, the path beside the record, and the
 * game's result code (its share code) for a class without a server to paste into the teacher's board.
 */

import { markedPoints } from '../../app/chartData.ts';
import { concessionSeries } from '../../app/concession.ts';
import type { Controller } from '../../app/controller.ts';
import { SIDE_NAME, SIDE_SHORT } from '../../app/labels.ts';
import { packageLines, score100 } from '../../app/packages.ts';
import { shareQuery } from '../../app/params.ts';
import { pathRows } from '../../app/storyData.ts';
import { m } from '../../app/strings/catalogue.ts';
import type { Compliance, PhaseId, Scores, Side, SideScore } from '../../sim/session/index.ts';
import type { Session } from '../../sim/session/session.ts';
import { encodeShareCode } from '../../sim/session/shareCode.ts';
import type { View } from '../../sim/session/view.ts';
import { concessionChart } from '../concessionChart.ts';
import { h } from '../dom.ts';
import { termsList } from '../glossaryUi.ts';
import { debriefGlance } from './debriefGlance.ts';
import { decisionOddsSection } from './decisionOddsSection.ts';
import { recordSection } from './record.ts';

const PHASE_NAME: Readonly<Record<PhaseId, () => string>> = {
  signing: m.value_phase_signing,
  implementation: m.value_phase_implementation,
  final: m.value_phase_final,
};

/** The compliance epilogue: each side's phases, kept or broken, and whether a break was seen. */
function epilogueList(compliance: Compliance): HTMLElement {
  const items = compliance.phases.map((p) => {
    const words = { side: SIDE_NAME[p.side], phase: PHASE_NAME[p.phase](), chance: String(Math.round(p.chance * 100)) };
    const text = p.kept
      ? m.value_epilogue_kept(words)
      : p.detected
        ? m.value_epilogue_broken_seen(words)
        : m.value_epilogue_broken_unseen(words);
    return h('li', {}, text);
  });
  return h('section', { class: 'epilogue' }, h('h3', {}, m.value_epilogue_heading()), h('ul', {}, ...items));
}

/** What came of the follow-up table after the summit: the first step agreed there, or none. */
function followUpSection(followUp: NonNullable<View['followUp']>): HTMLElement {
  return h(
    'section',
    { class: 'follow-up', 'aria-labelledby': 'follow-up-h' },
    h('h3', { id: 'follow-up-h' }, m.debrief_follow_up_heading({ table: followUp.title })),
    followUp.agreed
      ? h(
          'div',
          {},
          h('p', {}, m.debrief_follow_up_agreed()),
          h('ul', { class: 'pkg' }, ...packageLines(followUp.agreed).map((l) => h('li', {}, l))),
        )
      : h('p', {}, m.debrief_follow_up_none()),
  );
}

function scoreRow(side: Side, s: SideScore): HTMLElement {
  return h(
    'tr',
    {},
    h('th', { scope: 'row' }, SIDE_NAME[side]),
    h('td', {}, score100(s.utility)),
    h('td', {}, score100(s.raw)),
    h('td', {}, score100(s.reservation)),
    h('td', {}, `${s.surplus >= 0 ? '+' : ''}${score100(s.surplus)}`),
    h('td', {}, score100(s.credibility)),
  );
}

/** The result code, read-only with a copy button: the teacher's "Class results from codes" takes it. */
function resultCode(session: Session): HTMLElement {
  const code = encodeShareCode(session.seed, session.settings, session.log());
  const box = h('input', {
    id: 'result-code',
    type: 'text',
    readonly: true,
    value: code,
    class: 'mono',
    'aria-describedby': 'result-code-hint',
  });
  const said = h('span', { class: 'result-code-status', role: 'status' });
  const copy = async () => {
    box.select();
    try {
      await navigator.clipboard.writeText(code);
      said.textContent = m.class_board_code_copied();
    } catch {
      said.textContent = m.class_board_code_selected();
    }
  };
  return h(
    'div',
    { class: 'result-code' },
    h('label', { for: 'result-code' }, m.class_board_result_code()),
    h(
      'div',
      { class: 'result-code-row' },
      box,
      h('button', { type: 'button', class: 'btn small', id: 'result-code-copy', onclick: copy }, m.class_board_copy_code()),
    ),
    h('p', { class: 'hint', id: 'result-code-hint' }, m.class_board_result_code_hint()),
    said,
  );
}

export function debriefScreen(controller: Controller): HTMLElement {
  const session = controller.session;
  const view = controller.view();
  if (!session || !view?.scores) return h('div', {});
  const s = view.scores;
  const points = markedPoints(view.agreement, view.signed, s);
  const rows = pathRows(session.record());
  // The path played, move by move (a share code), not only its seed and settings.
  const link = `${location.origin}${location.pathname}?code=${encodeShareCode(session.seed, session.settings, session.log())}`;
  const article = h(
    'article',
    { class: 'screen debrief-screen' },
    h('p', { class: 'eyebrow' }, m.phase_debrief()),
    h('h2', { id: 'screen-heading', tabindex: -1 }, view.ending?.title ?? m.debrief_summit_over()),
    h('p', {}, view.ending?.summary ?? ''),
    debriefGlance(rows, view.ending?.id ?? null),
    h(
      'table',
      { class: 'scores' },
      h('caption', {}, m.debrief_scores_caption()),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, m.debrief_col_side()),
          h('th', { scope: 'col' }, m.debrief_col_outcome()),
          h('th', { scope: 'col' }, m.value_col_on_paper()),
          h('th', { scope: 'col' }, m.debrief_col_walk_away()),
          h('th', { scope: 'col' }, m.debrief_col_gain()),
          h('th', { scope: 'col' }, m.meter_credibility()),
        ),
      ),
      h('tbody', {}, scoreRow('us', s.us), scoreRow('dprk', s.dprk)),
    ),
    view.signed && h('p', { class: 'hint value-why' }, m.value_debrief_why()),
    view.compliance && epilogueList(view.compliance),
    h(
      'ul',
      { class: 'facts' },
      h('li', {}, m.debrief_joint_gain({ score: score100(s.jointGain) })),
      h('li', {}, m.debrief_pareto_distance({ score: score100(s.paretoDistance) })),
      h('li', {}, m.debrief_trust_chemistry({ trust: score100(s.trust), chemistry: score100(s.chemistry) })),
    ),
    debriefDance(session, view, s),
    // Months after the summit, below the summit's own figures and chart, so they stay under their headings.
    view.followUp && followUpSection(view.followUp),
    decisionOddsSection(session),
    h('p', { class: 'hint model-hypotheses' }, m.debrief_model_hypotheses()),
    h('p', { class: 'hint dramatization' }, m.lesson_dramatization()),
    h(
      'details',
      { class: 'notes chart-twin' },
      h('summary', {}, m.debrief_chart_twin()),
      h('p', {}, m.debrief_chart_explainer()),
      h(
        'table',
        {},
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, m.debrief_col_package()),
            h('th', { scope: 'col' }, m.side_short_us()),
            h('th', { scope: 'col' }, m.side_short_dprk()),
          ),
        ),
        h(
          'tbody',
          {},
          ...points.map((p) =>
            h('tr', {}, h('th', { scope: 'row' }, p.label), h('td', {}, score100(p.us)), h('td', {}, score100(p.dprk))),
          ),
        ),
      ),
    ),
    h(
      'details',
      { class: 'notes path', open: true },
      h('summary', {}, m.debrief_path()),
      h(
        'table',
        { class: 'path-table' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, m.debrief_col_moment()),
            h('th', { scope: 'col' }, m.debrief_col_decided()),
            h('th', { scope: 'col' }, m.node_on_record()),
          ),
        ),
        h(
          'tbody',
          {},
          ...rows.map((r) =>
            h(
              'tr',
              { class: r.same ? 'same' : 'differs' },
              h(
                'th',
                { scope: 'row' },
                r.human
                  ? m.debrief_moment_you({ beat: r.beat, side: SIDE_SHORT[r.side] })
                  : m.debrief_moment({ beat: r.beat, side: SIDE_SHORT[r.side] }),
              ),
              h('td', {}, r.chose),
              h('td', {}, r.record === null ? '—' : r.same ? m.debrief_same() : r.record),
            ),
          ),
        ),
      ),
    ),
    recordSection(session.record(), view.ending?.id ?? null),
    h('p', { class: 'share' }, m.debrief_link_lead(), h('a', { href: link }, link)),
    resultCode(session),
    h(
      'div',
      { class: 'menu' },
      h('button', { type: 'button', class: 'btn primary', onclick: () => controller.showBriefing() }, m.debrief_play_again()),
      h('button', { type: 'button', class: 'btn', onclick: () => controller.showTitle() }, m.briefing_back_to_title()),
    ),
  );
  // Terms already linked inline in the record are not listed again.
  const linked = new Set([...article.querySelectorAll<HTMLElement>('.term-inline')].map((el) => el.dataset.term ?? ''));
  const terms = termsList([article.textContent ?? ''], m.debrief_other_terms(), linked);
  if (terms) article.insertBefore(terms, article.querySelector('.share'));
  return article;
}

/** The concession chart for both sides, now that nothing is hidden: one chart in each side's values. */
function debriefDance(session: Session, view: View, scores: Scores): HTMLElement | null {
  // The summit's offers: a follow-up table months later is told in its own section.
  const offers = view.summitOffers;
  if (offers.length === 0) return null;
  const series = concessionSeries(offers, ['us', 'dprk'], (side, pkg) => session.valueOf(side, pkg).perceived, {
    us: scores.us.reservation,
    dprk: scores.dprk.reservation,
  });
  return h(
    'section',
    { class: 'dance-section', 'aria-labelledby': 'dance-h' },
    h('h3', { id: 'dance-h' }, m.dance_heading()),
    h('p', { class: 'hint' }, m.dance_debrief_intro()),
    h('div', { class: 'dance-pair' }, concessionChart(series, 'us', false), concessionChart(series, 'dprk', false)),
  );
}
