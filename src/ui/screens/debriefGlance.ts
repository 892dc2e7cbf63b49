/**
 * The debrief's first screen, under the ending: where the game left the record (at most three
 * decisions, the players' own first) and the three questions for this ending. The chart beside it puts
 * the deal among the two Hanoi proposals; the scores, the path and the record follow below.
 */
import { ENDING_PROMPTS, STAGE_LABELS } from '../../app/content.ts';
import { SIDE_SHORT } from '../../app/labels.ts';
import { departures, type PathRow } from '../../app/storyData.ts';
import { m } from '../../app/strings/catalogue.ts';
import type { EndingId } from '../../sim/session/index.ts';
import { h } from '../dom.ts';
import { linkTerms } from '../glossaryUi.ts';

export function debriefGlance(rows: readonly PathRow[], ending: EndingId | null): HTMLElement {
  const left = departures(rows);
  const prompts = ending ? ENDING_PROMPTS[ending] : [];
  const seen = new Set<string>();
  return h(
    'section',
    { class: 'debrief-glance', 'aria-labelledby': 'glance-h' },
    h('h3', { id: 'glance-h' }, m.glance_departures_heading()),
    left.length > 0
      ? h(
          'ol',
          { class: 'departures' },
          ...left.map((r) =>
            h('li', {}, m.glance_departure({ beat: r.beat, side: SIDE_SHORT[r.side], chose: r.chose, record: r.record ?? '' })),
          ),
        )
      : h('p', {}, m.glance_on_record()),
    prompts.length > 0 &&
      h(
        'div',
        { class: 'glance-prompts' },
        h('h3', { id: 'glance-prompts-h' }, m.glance_prompts_heading()),
        h(
          'ol',
          { class: 'prompts' },
          ...prompts.map((p) => h('li', {}, h('strong', {}, STAGE_LABELS[p.stage]), ' ', ...linkTerms(p.text, seen))),
        ),
      ),
  );
}
