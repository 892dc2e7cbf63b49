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
  type Confidence,
  choiceById,
  counterfactualById,
  DISPUTES,
  ENDING_COUNTERFACTUALS,
  ENDING_PROMPTS,
  type EndingId,
  type GameRecord,
  type HistoricalNote,
  QUOTES,
  type Source,
  STAGE_LABELS,
  type TimelineEntry,
  timelineOf,
} from '../../sim/session/index.ts';
import { h } from '../dom.ts';
import { linkTerms } from '../glossaryUi.ts';

export const TAG_NAME: Readonly<Record<Confidence, string>> = {
  C: 'Confirmed',
  R: 'Reported',
  D: 'Disputed',
  U: 'Unverified',
};

const TAG_MEANING: Readonly<Record<Confidence, string>> = {
  C: 'on the record: official statements, transcripts or several independent reports agree.',
  R: 'reported by credible outlets, often from unnamed officials; not confirmed on the record.',
  D: 'the parties or the sources give conflicting accounts.',
  U: 'a single claim nobody has confirmed.',
};

export function tag(c: Confidence): HTMLElement {
  return h('span', { class: `tag tag-${c}` }, `[${c}] ${TAG_NAME[c]}`);
}

export function sourceLinks(sources: readonly Source[]): HTMLElement {
  return h(
    'span',
    { class: 'sources' },
    sources.length > 1 ? 'Sources: ' : 'Source: ',
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
    h('h4', { id: 'rec-left' }, 'Where you left the record'),
    d
      ? h(
          'div',
          {},
          h('p', {}, h('strong', {}, d.beatTitle), `: your table chose "${d.chose}". On the record: "${d.record}".`),
          d.history
            ? h(
                'p',
                {},
                'What actually happened: ',
                ...linkTerms(d.history.text, seen),
                ' ',
                tag(d.history.confidence),
                ' ',
                sourceLinks(d.history.sources),
              )
            : null,
        )
      : h('p', {}, 'Your table never left the record: every decision matched what the delegations did.'),
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
                  h('span', { class: 'opinion' }, 'Opinion'),
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
        h('p', {}, 'On the record: ', ...linkTerms(c.onRecord, cfSeen)),
        h(
          'div',
          { class: 'columns' },
          col(c.forLabel, ['for']),
          col(c.againstLabel, ['against']),
          col('In between, and framing', ['middle', 'framing']),
        ),
      );
    }),
  );
}

export function recordSection(record: GameRecord, ending: EndingId | null): HTMLElement {
  const prompts = ending ? ENDING_PROMPTS[ending] : [];
  const summitSeen = new Set<string>();
  const contextSeen = new Set<string>();
  const promptSeen = new Set<string>();
  const conceptSeen = new Set<string>();
  return h(
    'section',
    { class: 'record', 'aria-labelledby': 'record-heading' },
    h('h3', { id: 'record-heading' }, 'What really happened'),
    h('p', {}, 'Our own summary of the record, 18 February to 1 March 2019, with its sources. Each entry carries a tag:'),
    tagKey(),
    h(
      'details',
      { class: 'notes record-summit', open: true },
      h('summary', {}, 'The summit fortnight, day by day'),
      h('ol', { class: 'record-list' }, ...timelineOf('summit').map((e) => timelineItem(e, summitSeen))),
    ),
    h(
      'details',
      { class: 'notes record-context' },
      h('summary', {}, 'The months before and after, in brief'),
      h('ol', { class: 'record-list' }, ...timelineOf('context').map((e) => timelineItem(e, contextSeen))),
    ),
    h(
      'section',
      { class: 'record-part', 'aria-labelledby': 'rec-disputes' },
      h('h4', { id: 'rec-disputes' }, 'Disputed points: the accounts side by side'),
      h('p', { class: 'hint' }, 'We do not settle these. Each column is one party’s or outlet’s account, in our words.'),
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
      h('h4', { id: 'rec-quotes' }, 'In their words'),
      h(
        'ul',
        { class: 'quotes' },
        ...QUOTES.slice(0, 6).map((q) =>
          h(
            'li',
            {},
            h('blockquote', {}, q.lead ? `${q.lead} ` : '', `“${q.text}”`),
            h(
              'p',
              { class: 'hint' },
              `${q.speaker}${q.setting ? `, ${q.setting}` : ''}, `,
              h('time', { datetime: q.date }, q.date),
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
      h('h4', { id: 'rec-discuss' }, 'To discuss'),
      prompts.length
        ? h(
            'ol',
            { class: 'prompts' },
            ...prompts.map((p) => h('li', {}, h('strong', {}, STAGE_LABELS[p.stage]), ' ', ...linkTerms(p.text, promptSeen))),
          )
        : null,
      h(
        'details',
        { class: 'notes' },
        h('summary', {}, 'Prompts by concept'),
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
