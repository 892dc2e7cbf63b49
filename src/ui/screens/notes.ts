/** Advisers' notes and the historical record for a beat, with sources and a confidence tag. */

import { m, messageRecord } from '../../app/strings/catalogue.ts';
import type { View } from '../../sim/session/view.ts';
import { h } from '../dom.ts';

const CONFIDENCE: Readonly<Record<string, string>> = messageRecord({
  C: m.confidence_confirmed,
  R: m.confidence_reported,
  D: m.confidence_disputed,
  U: m.confidence_unverified,
});

export function notesBlock(view: View): HTMLElement | null {
  const beat = view.beat;
  if (!beat) return null;
  const advisers =
    beat.advisers.length > 0 &&
    h(
      'details',
      { class: 'notes advisers', open: true },
      h('summary', {}, m.notes_advisers()),
      h('ul', {}, ...beat.advisers.map((a) => h('li', {}, h('strong', {}, m.notes_adviser_lead({ adviser: a.role })), a.text))),
    );
  const history =
    beat.history &&
    h(
      'details',
      { class: 'notes history' },
      h('summary', {}, m.node_on_record()),
      h(
        'p',
        {},
        h(
          'span',
          { class: `tag tag-${beat.history.confidence}` },
          m.notes_confidence_tag({ code: beat.history.confidence, label: CONFIDENCE[beat.history.confidence] ?? '' }),
        ),
        ' ',
        beat.history.text,
      ),
      beat.history.caveat ? h('p', { class: 'hint' }, h('em', {}, beat.history.caveat)) : null,
      h(
        'ul',
        { class: 'sources' },
        ...beat.history.sources.map((s) =>
          h('li', {}, h('a', { href: s.url, target: '_blank', rel: 'noopener noreferrer' }, s.label)),
        ),
      ),
    );
  if (!advisers && !history) return null;
  return h('div', { class: 'notes-block' }, advisers, history);
}
