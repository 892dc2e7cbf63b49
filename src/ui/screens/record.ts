/**
 * "What really happened", shown in the debrief: the dated, tagged, sourced timeline; the disputed
 * points side by side (never resolved); where the player's path left the record, with the analysts'
 * arguments (opinion, attributed); short quotes; the discussion prompts. Links are plain external links:
 * nothing is fetched. Glossary terms in the prose are linked inline, once per block (one timeline, one
 * dispute, one counterfactual, one list of prompts); quotes stay exactly as spoken.
 */

import {
  beatById,
  CONCEPT_PROMPTS,
  choiceById,
  counterfactualById,
  DEBRIEF_QUOTES,
  DISPUTES,
  ENDING_COUNTERFACTUALS,
  STAGE_LABELS,
  timelineOf,
} from '../../app/content.ts';
import { formatLocale, m, messageRecord } from '../../app/strings/catalogue.ts';
import {
  type Confidence,
  type EndingId,
  type GameRecord,
  type HistoricalNote,
  quoteSide,
  type Source,
  type TimelineEntry,
} from '../../sim/session/index.ts';
import { h } from '../dom.ts';
import { linkTerms } from '../glossaryUi.ts';

export const TAG_NAME: Readonly<Record<Confidence, string>> = messageRecord({
  C: m.confidence_confirmed,
  R: m.confidence_reported,
  D: m.confidence_disputed,
  U: m.confidence_unverified,
});

const TAG_MEANING: Readonly<Record<Confidence, string>> = messageRecord({
  C: m.confidence_meaning_confirmed,
  R: m.confidence_meaning_reported,
  D: m.confidence_meaning_disputed,
  U: m.confidence_meaning_unverified,
});

export function tag(c: Confidence): HTMLElement {
  return h('span', { class: `tag tag-${c}` }, m.notes_confidence_tag({ code: c, label: TAG_NAME[c] }));
}

export function sourceLinks(sources: readonly Source[]): HTMLElement {
  return h(
    'span',
    { class: 'sources' },
    m.record_sources_lead({ count: sources.length }),
    ...sources.flatMap((s, i) => [
      i ? ' · ' : '',
      h('a', { href: s.url, target: '_blank', rel: 'noopener noreferrer' }, s.label),
    ]),
  );
}

function timelineItem(e: TimelineEntry, seen: Set<string>): HTMLElement {
  return h(
    'li',
    { class: 'record-entry', 'data-id': e.id },
    h('p', { class: 'record-when' }, h('time', { datetime: e.date }, e.dateLabel), ` · ${e.place} `, tag(e.confidence)),
    h('p', {}, ...linkTerms(e.text, seen)),
    e.caveat ? h('p', { class: 'hint' }, ...linkTerms(e.caveat, seen)) : null,
    h('p', { class: 'hint' }, sourceLinks(e.sources)),
  );
}

function tagKey(): HTMLElement {
  return h(
    'dl',
    { class: 'tag-key' },
    ...(['C', 'R', 'D', 'U'] as const).flatMap((c) => [h('dt', {}, tag(c)), h('dd', {}, TAG_MEANING[c])]),
  );
}

export interface Divergence {
  readonly beatTitle: string;
  readonly chose: string;
  readonly record: string;
  readonly history: HistoricalNote | null;
}

/** The first decision where the game's path left the record, or null if it never did. Pure. */
export function firstDivergence(record: GameRecord): Divergence | null {
  for (const step of record.steps) {
    const beat = beatById(step.beatId);
    const historical = beat?.choices.find((c) => c.historical);
    if (!beat || !historical || step.move === historical.id) continue;
    const chosen = choiceById(step.move)?.choice;
    return { beatTitle: beat.title, chose: chosen?.label ?? step.move, record: historical.label, history: beat.history ?? null };
  }
  return null;
}

function leftTheRecord(record: GameRecord, ending: EndingId | null): HTMLElement {
  const d = firstDivergence(record);
  const cf = ending ? ENDING_COUNTERFACTUALS[ending] : null;
  const seen = new Set<string>();
  return h(
    'section',
    { class: 'record-part', 'aria-labelledby': 'rec-left' },
    h('h4', { id: 'rec-left' }, m.record_left_heading()),
    d
      ? h(
          'div',
          {},
          h('p', {}, h('strong', {}, d.beatTitle), m.record_left_at({ chose: d.chose, record: d.record })),
          d.history
            ? h(
                'p',
                {},
                m.record_what_happened_lead(),
                ...linkTerms(d.history.text, seen),
                ' ',
                tag(d.history.confidence),
                ' ',
                sourceLinks(d.history.sources),
              )
            : null,
          d.history?.caveat ? h('p', { class: 'hint' }, h('em', {}, d.history.caveat)) : null,
        )
      : h('p', {}, m.record_never_left()),
    cf ? h('p', { class: 'hint' }, ...linkTerms(cf.note, seen)) : null,
    ...(cf?.counterfactuals ?? []).map((id) => {
      const c = counterfactualById(id);
      if (!c) return null;
      const cfSeen = new Set<string>();
      const col = (label: string, stances: readonly string[]) =>
        h(
          'div',
          { class: 'account' },
          h('h6', {}, label),
          h(
            'ul',
            {},
            ...c.arguments
              .filter((a) => stances.includes(a.stance))
              .map((a) =>
                h(
                  'li',
                  {},
                  h('span', { class: 'opinion' }, m.record_opinion()),
                  ' ',
                  h('strong', {}, a.who),
                  ': ',
                  ...linkTerms(a.claim, cfSeen),
                  ' ',
                  a.caveat ? h('em', {}, `(${a.caveat}) `) : null,
                  sourceLinks(a.sources),
                ),
              ),
          ),
        );
      return h(
        'div',
        { class: 'counterfactual' },
        h('h5', {}, c.question),
        h('p', {}, m.record_on_record_lead(), ...linkTerms(c.onRecord, cfSeen)),
        h(
          'div',
          { class: 'columns' },
          col(c.forLabel, ['for']),
          col(c.againstLabel, ['against']),
          col(m.record_in_between(), ['middle', 'framing']),
        ),
      );
    }),
  );
}

/** The first and last day of the detailed (summit) timeline, as the intro names them. */
export function summitRange(): { from: string; to: string } {
  const dates = timelineOf('summit')
    .map((e) => e.date)
    .sort();
  const day = (iso: string) =>
    new Date(`${iso}T12:00:00Z`).toLocaleDateString(formatLocale(), {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
  return { from: day(dates[0] ?? ''), to: day(dates[dates.length - 1] ?? '') };
}

export function recordSection(record: GameRecord, ending: EndingId | null): HTMLElement {
  const summitSeen = new Set<string>();
  const contextSeen = new Set<string>();
  const conceptSeen = new Set<string>();
  return h(
    'section',
    { class: 'record', 'aria-labelledby': 'record-heading' },
    h('h3', { id: 'record-heading' }, m.record_heading()),
    h('p', {}, m.record_intro(summitRange())),
    tagKey(),
    h(
      'details',
      { class: 'notes record-summit', open: true },
      h('summary', {}, m.record_summit_fortnight()),
      h('ol', { class: 'record-list' }, ...timelineOf('summit').map((e) => timelineItem(e, summitSeen))),
    ),
    h(
      'details',
      { class: 'notes record-context' },
      h('summary', {}, m.record_context()),
      h('ol', { class: 'record-list' }, ...timelineOf('context').map((e) => timelineItem(e, contextSeen))),
    ),
    h(
      'section',
      { class: 'record-part', 'aria-labelledby': 'rec-disputes' },
      h('h4', { id: 'rec-disputes' }, m.record_disputes_heading()),
      h('p', { class: 'hint' }, m.record_disputes_hint()),
      ...DISPUTES.map((d) => {
        const seen = new Set<string>();
        return h(
          'div',
          { class: 'dispute', 'data-id': d.id },
          h('h5', {}, d.question, ' ', tag('D')),
          h('p', { class: 'hint' }, ...linkTerms(d.note, seen)),
          h(
            'div',
            { class: 'columns' },
            ...d.accounts.map((a) =>
              h(
                'div',
                { class: 'account' },
                h('h6', {}, a.who),
                h('p', {}, ...linkTerms(a.claim, seen)),
                h('p', { class: 'hint' }, tag(a.confidence), ' ', sourceLinks(a.sources)),
              ),
            ),
          ),
        );
      }),
    ),
    leftTheRecord(record, ending),
    h(
      'section',
      { class: 'record-part', 'aria-labelledby': 'rec-quotes' },
      h('h4', { id: 'rec-quotes' }, m.record_quotes_heading()),
      h('p', { class: 'hint' }, m.record_quotes_hint()),
      h(
        'ul',
        { class: 'quotes' },
        ...DEBRIEF_QUOTES.map((q) =>
          h(
            'li',
            { 'data-side': quoteSide(q) },
            h('blockquote', {}, q.lead ? `${q.lead} ` : '', `“${q.text}”`),
            h(
              'p',
              { class: 'hint' },
              q.setting
                ? m.record_quote_by_setting({ speaker: q.speaker, setting: q.setting })
                : m.record_quote_by({ speaker: q.speaker }),
              h('time', { datetime: q.date }, q.date),
              ' ',
              tag(q.confidence),
              ' · ',
              sourceLinks([q.source, ...(q.otherSources ?? [])]),
            ),
            q.note ? h('p', { class: 'hint' }, q.note) : null,
          ),
        ),
      ),
    ),
    h(
      'section',
      { class: 'record-part', 'aria-labelledby': 'rec-discuss' },
      h('h4', { id: 'rec-discuss' }, m.record_discuss_heading()),
      // This ending's three questions are on the debrief's first screen (debriefGlance.ts); here, the rest.
      h(
        'details',
        { class: 'notes' },
        h('summary', {}, m.record_prompts_by_concept()),
        ...Object.values(CONCEPT_PROMPTS).map((c) =>
          h(
            'div',
            {},
            h('h5', {}, c.title),
            h('ol', {}, ...c.prompts.map((p) => h('li', {}, ...linkTerms(p.text, conceptSeen)))),
          ),
        ),
      ),
    ),
  );
}
