/**
 * The "so far" summary a game that starts later begins with: what happened on the record before its
 * start point, each sentence with its confidence tag and its sources. Shown on the first beat only, until
 * the first move after the start. A game opened from a share link (a path someone picked) begins
 * instead with what happened on that path: where it left the record, and the event cards so far.
 */

import { startPointById } from '../../app/content.ts';
import type { Controller } from '../../app/controller.ts';
import { SIDE_SHORT } from '../../app/labels.ts';
import { type PathSoFar, pathSoFar } from '../../app/pathSoFar.ts';
import { m, messageRecord } from '../../app/strings/catalogue.ts';
import type { StartPoint } from '../../sim/session/index.ts';
import type { Session } from '../../sim/session/session.ts';
import { h } from '../dom.ts';

const CONFIDENCE: Readonly<Record<string, string>> = messageRecord({
  C: m.confidence_confirmed,
  R: m.confidence_reported,
  D: m.confidence_disputed,
  U: m.confidence_unverified,
});

export function soFarView(point: StartPoint): HTMLElement {
  return h(
    'section',
    { class: 'notes so-far', 'aria-labelledby': 'so-far-h', 'data-start': point.id },
    h('h3', { id: 'so-far-h' }, m.so_far_heading()),
    h('p', { class: 'hint' }, m.so_far_intro({ start: point.name })),
    h(
      'ul',
      {},
      ...point.soFar.map((claim) =>
        h(
          'li',
          {},
          h(
            'span',
            { class: `tag tag-${claim.confidence}` },
            m.notes_confidence_tag({ code: claim.confidence, label: CONFIDENCE[claim.confidence] ?? '' }),
          ),
          ' ',
          claim.text,
          ' ',
          ...claim.sources.map((s) => h('a', { href: s.url, target: '_blank', rel: 'noopener noreferrer' }, `(${s.label})`)),
        ),
      ),
    ),
  );
}

/** The summary while the game stands at its start point, or null (the beginning, or after the first move). */
export function soFarAtStart(session: Session | null): HTMLElement | null {
  if (!session || session.settings.start === 'beginning') return null;
  if (session.log().length !== session.startMoves) return null;
  return soFarView(startPointById(session.settings.start));
}

export function pathSoFarView(summary: PathSoFar, moves: number): HTMLElement {
  return h(
    'section',
    { class: 'notes so-far', 'aria-labelledby': 'so-far-h', 'data-path': String(moves) },
    h('h3', { id: 'so-far-h' }, m.so_far_path_heading()),
    h('p', { class: 'hint' }, m.so_far_path_intro({ moves, decisions: summary.decisions, same: summary.asOnRecord })),
    summary.departures.length === 0
      ? h('p', {}, m.so_far_path_on_record())
      : h(
          'div',
          {},
          h('p', {}, m.so_far_path_left()),
          h(
            'ul',
            {},
            ...summary.departures.map((row) =>
              h(
                'li',
                {},
                m.so_far_path_departure({
                  beat: row.beat,
                  side: SIDE_SHORT[row.side],
                  chose: row.chose,
                  record: row.record ?? '',
                }),
              ),
            ),
          ),
        ),
    summary.cards.length > 0 && h('p', {}, m.so_far_path_cards({ cards: summary.cards.join('; ') })),
  );
}

/**
 * What the first screen of a game says about what came before: the start point's summary while the
 * game stands at its start, or the path's while a shared game stands where it was shared; else null.
 */
export function soFarNow(controller: Controller): HTMLElement | null {
  const session = controller.session;
  const timeline = controller.timeline;
  if (!session || !timeline) return null;
  if (controller.sharedAt !== null && session.log().length === controller.sharedAt && controller.sharedAt > session.startMoves) {
    const summary = pathSoFar(session.record());
    return summary && pathSoFarView(summary, timeline.current.depth);
  }
  return soFarAtStart(session);
}
