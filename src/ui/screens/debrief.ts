/** The debrief: the ending, the scores, the chart's DOM twin and the path beside the record. */

import { markedPoints } from '../../app/chartData.ts';
import type { Controller } from '../../app/controller.ts';
import { SIDE_NAME, SIDE_SHORT } from '../../app/labels.ts';
import { score100 } from '../../app/packages.ts';
import { shareQuery } from '../../app/params.ts';
import { pathRows } from '../../app/storyData.ts';
import type { Side, SideScore } from '../../sim/session/index.ts';
import { h } from '../dom.ts';
import { termsList } from '../glossaryUi.ts';
import { recordSection } from './record.ts';

function scoreRow(side: Side, s: SideScore): HTMLElement {
  return h(
    'tr',
    {},
    h('th', { scope: 'row' }, SIDE_NAME[side]),
    h('td', {}, score100(s.utility)),
    h('td', {}, score100(s.reservation)),
    h('td', {}, `${s.surplus >= 0 ? '+' : ''}${score100(s.surplus)}`),
    h('td', {}, score100(s.credibility)),
  );
}

export function debriefScreen(controller: Controller): HTMLElement {
  const session = controller.session;
  const view = controller.view();
  if (!session || !view?.scores) return h('div', {});
  const s = view.scores;
  const points = markedPoints(view.agreement, view.signed, s);
  const rows = pathRows(session.record());
  const link = `${location.origin}${location.pathname}${shareQuery(session.settings, session.seed)}`;
  const article = h(
    'article',
    { class: 'screen debrief-screen' },
    h('p', { class: 'eyebrow' }, 'Debrief'),
    h('h2', { id: 'screen-heading', tabindex: -1 }, view.ending?.title ?? 'The summit is over'),
    h('p', {}, view.ending?.summary ?? ''),
    h(
      'table',
      { class: 'scores' },
      h('caption', {}, 'Scores out of 100: the outcome against walking away'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Side'),
          h('th', { scope: 'col' }, 'Outcome'),
          h('th', { scope: 'col' }, 'Walk-away'),
          h('th', { scope: 'col' }, 'Gain'),
          h('th', { scope: 'col' }, 'Credibility'),
        ),
      ),
      h('tbody', {}, scoreRow('us', s.us), scoreRow('dprk', s.dprk)),
    ),
    h(
      'ul',
      { class: 'facts' },
      h('li', {}, `Joint gain: ${score100(s.jointGain)}`),
      h('li', {}, `Distance to the best possible deals (Pareto frontier): ${score100(s.paretoDistance)}`),
      h('li', {}, `Trust: ${score100(s.trust)} · Chemistry: ${score100(s.chemistry)}`),
    ),
    h(
      'details',
      { class: 'notes chart-twin' },
      h('summary', {}, 'The chart in numbers'),
      h(
        'p',
        {},
        'The chart plots 1,500 random packages by their value to the US (across) and to the DPRK (up). The line is the Pareto frontier: deals that cannot be improved for one side without hurting the other.',
      ),
      h(
        'table',
        {},
        h(
          'thead',
          {},
          h('tr', {}, h('th', { scope: 'col' }, 'Package'), h('th', { scope: 'col' }, 'US'), h('th', { scope: 'col' }, 'DPRK')),
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
      h('summary', {}, 'Your path beside the record'),
      h(
        'table',
        { class: 'path-table' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, 'Moment'),
            h('th', { scope: 'col' }, 'Decided'),
            h('th', { scope: 'col' }, 'On the record'),
          ),
        ),
        h(
          'tbody',
          {},
          ...rows.map((r) =>
            h(
              'tr',
              { class: r.same ? 'same' : 'differs' },
              h('th', { scope: 'row' }, `${r.beat} (${SIDE_SHORT[r.side]}${r.human ? ', you' : ''})`),
              h('td', {}, r.chose),
              h('td', {}, r.record === null ? '—' : r.same ? 'Same' : r.record),
            ),
          ),
        ),
      ),
    ),
    recordSection(session.record(), view.ending?.id ?? null),
    h('p', { class: 'share' }, 'Link to this game: ', h('a', { href: link }, link)),
    h(
      'div',
      { class: 'menu' },
      h('button', { type: 'button', class: 'btn primary', onclick: () => controller.showBriefing() }, 'Play again'),
      h('button', { type: 'button', class: 'btn', onclick: () => controller.showTitle() }, 'Back to the title'),
    ),
  );
  // Terms already linked inline in the record are not listed again.
  const linked = new Set([...article.querySelectorAll<HTMLElement>('.term-inline')].map((el) => el.dataset.term ?? ''));
  const terms = termsList([article.textContent ?? ''], 'Other terms in this debrief', linked);
  if (terms) article.insertBefore(terms, article.querySelector('.share'));
  return article;
}
