/**
 * The "so far" summary a game that starts later begins with: what happened on the record before its
 * start point, each sentence with its confidence tag and its sources. Shown on the first beat only, until
 * the first move after the start.
 */

import { startPointById } from '../../app/content.ts';
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
