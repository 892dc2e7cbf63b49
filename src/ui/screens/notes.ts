/** Advisers' notes and the historical record for a beat, with sources and a confidence tag. */
import type { View } from '../../sim/session/view.ts';
import { h } from '../dom.ts';

const CONFIDENCE: Record<string, string> = { C: 'Confirmed', R: 'Reported', D: 'Disputed', U: 'Unverified' };

export function notesBlock(view: View): HTMLElement | null {
  const beat = view.beat;
  if (!beat) return null;
  const advisers =
    beat.advisers.length > 0 &&
    h(
      'details',
      { class: 'notes advisers', open: true },
      h('summary', {}, 'Your advisers (confidential)'),
      h('ul', {}, ...beat.advisers.map((a) => h('li', {}, h('strong', {}, `${a.role}: `), a.text))),
    );
  const history =
    beat.history &&
    h(
      'details',
      { class: 'notes history' },
      h('summary', {}, 'On the record'),
      h(
        'p',
        {},
        h(
          'span',
          { class: `tag tag-${beat.history.confidence}` },
          `[${beat.history.confidence}] ${CONFIDENCE[beat.history.confidence] ?? ''}`,
        ),
        ' ',
        beat.history.text,
      ),
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
