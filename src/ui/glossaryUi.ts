/**
 * Glossary controls: terms linked inline where they appear in running text (`linkTerms`), and a
 * "Terms on this screen" list of buttons for text that cannot hold controls (headings, choice buttons).
 * Both open one shared, modal dialog with the definition, focus on its heading. Keyboard: Tab to a
 * term, Enter or Space opens, Escape or "Close" returns focus to the term.
 */
import '../styles/record-extra.css';
import { findGlossaryTerms, glossaryById, glossaryMatches } from '../app/content.ts';
import { formatList, m } from '../app/strings/catalogue.ts';
import { modalDialog, sharedDialog } from './dialog.ts';
import { type Child, h, replace } from './dom.ts';

const glossaryDialog = sharedDialog(() => {
  const body = h('div', { class: 'glossary-body' });
  const modal = modalDialog({
    headingId: 'glossary-title',
    className: 'glossary-dialog',
    focusHeading: true,
    content: [body],
    closeClass: 'btn primary',
  });
  return { ...modal, body };
});

/** Opens the definition of one glossary term, returning focus to `opener` when closed. */
export function openGlossary(id: string, opener: HTMLElement): void {
  const term = glossaryById(id);
  if (!term) return;
  const d = glossaryDialog();
  replace(d.heading, term.term);
  replace(
    d.body,
    h('p', {}, term.definition),
    term.aliases.length ? h('p', { class: 'hint' }, m.glossary_also({ aliases: formatList(term.aliases, 'unit') })) : null,
    term.sources?.length
      ? h(
          'p',
          { class: 'sources' },
          m.glossary_sources_lead(),
          ...term.sources.flatMap((s, i) => [
            i ? ' · ' : '',
            h('a', { href: s.url, target: '_blank', rel: 'noopener noreferrer' }, s.label),
          ]),
        )
      : null,
  );
  d.open(opener);
}

/** Glossary IDs found in any of the texts, in first-appearance order, without repeats. */
export function termsIn(texts: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const t of texts) for (const id of findGlossaryTerms(t)) seen.add(id);
  return [...seen];
}

/** Past this many terms a list is collapsed behind one summary and sorted A–Z, to stay one tab stop. */
export const LONG_TERMS_LIST = 12;

/**
 * A labelled list of buttons, one per glossary term found in the texts; null when there are none. A long
 * list (a whole debrief) is collapsed and alphabetical: its terms are mostly linked inline already.
 */
export function termsList(
  texts: readonly string[],
  heading: string = m.glossary_terms_on_screen(),
  except: ReadonlySet<string> = new Set(),
): HTMLElement | null {
  const ids = termsIn(texts).filter((id) => glossaryById(id) && !except.has(id));
  if (ids.length <= LONG_TERMS_LIST) return termsListOf(ids, heading);
  const name = (id: string) => glossaryById(id)?.term ?? id;
  const sorted = [...ids].sort((a, b) => name(a).localeCompare(name(b), 'en', { sensitivity: 'base' }));
  const list = termsListOf(sorted, m.glossary_a_to_z());
  return (
    list && h('details', { class: 'notes terms-all' }, h('summary', {}, m.glossary_summary({ heading, count: ids.length })), list)
  );
}

/** A labelled list of buttons, one per glossary ID given; null when there are none. */
export function termsListOf(termIds: readonly string[], heading: string = m.glossary_terms_on_screen()): HTMLElement | null {
  const ids = termIds.filter((id) => glossaryById(id));
  if (!ids.length) return null;
  const headingId = `terms-${Math.random().toString(36).slice(2, 8)}`;
  return h(
    'section',
    { class: 'terms', 'aria-labelledby': headingId },
    h('h3', { id: headingId, class: 'terms-heading' }, heading),
    h(
      'ul',
      { class: 'terms-list' },
      ...ids.map((id) => {
        const g = glossaryById(id);
        const btn: HTMLButtonElement = h(
          'button',
          {
            type: 'button',
            class: 'term',
            'aria-haspopup': 'dialog',
            'data-term': id,
            onclick: () => openGlossary(id, btn),
          },
          g?.term ?? id,
        );
        return h('li', {}, btn);
      }),
    ),
  );
}

/** A piece of running text: plain, or one occurrence of a glossary term (`id`). */
export interface Segment {
  readonly text: string;
  readonly id?: string;
}

/**
 * Splits `text` into plain runs and glossary terms, marking only the first occurrence of each term and
 * never two overlapping ones (at one place the longest form wins, e.g. "Yongbyon complex" over
 * "Yongbyon"). Terms whose IDs are in `seen` are left plain, and every term marked is added to it, so
 * one set shared by several texts links each term once in the whole block. No DOM, no other state;
 * joining the segments' text gives back `text`.
 */
export function splitByTerms(text: string, seen: Set<string> = new Set()): Segment[] {
  const hits = glossaryMatches(text).filter((hit) => !seen.has(hit.id));
  hits.sort((a, b) => a.start - b.start || b.end - a.end || a.id.localeCompare(b.id));
  const out: Segment[] = [];
  let at = 0;
  for (const hit of hits) {
    if (hit.start < at || seen.has(hit.id)) continue;
    if (hit.start > at) out.push({ text: text.slice(at, hit.start) });
    out.push({ text: text.slice(hit.start, hit.end), id: hit.id });
    seen.add(hit.id);
    at = hit.end;
  }
  if (at < text.length || !out.length) out.push({ text: text.slice(at) });
  return out;
}

/** An inline control for one term in running text: reads as the words themselves, opens the glossary. */
export function termButton(id: string, text: string): HTMLButtonElement {
  const g = glossaryById(id);
  const btn: HTMLButtonElement = h(
    'button',
    {
      type: 'button',
      class: 'term-inline',
      'data-term': id,
      'aria-haspopup': 'dialog',
      title: g ? m.glossary_term_title({ term: g.term }) : undefined,
      onclick: () => openGlossary(id, btn),
    },
    text,
  );
  return btn;
}

/** `text` as children for an element, each term's first occurrence a glossary control (see `splitByTerms`). */
export function linkTerms(text: string, seen?: Set<string>): Child[] {
  return splitByTerms(text, seen).map((s) => (s.id ? termButton(s.id, s.text) : s.text));
}
