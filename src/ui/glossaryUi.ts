/**
 * Glossary controls: a "Terms on this screen" list of buttons, each opening one shared, modal dialog
 * with the definition. Keyboard: Tab to a term, Enter or Space opens, Escape or "Close" returns focus.
 */
import { findGlossaryTerms, glossaryById } from '../sim/content/record/index.ts';
import { h, replace } from './dom.ts';

let shared: { dialog: HTMLDialogElement; body: HTMLElement; title: HTMLElement; opener: HTMLElement | null } | null = null;

function glossaryDialog(): NonNullable<typeof shared> {
  if (shared?.dialog.isConnected) return shared;
  const title = h('h2', { id: 'glossary-title' });
  const body = h('div', { class: 'glossary-body' });
  const dialog = h(
    'dialog',
    { class: 'dialog glossary-dialog', 'aria-labelledby': 'glossary-title' },
    title,
    body,
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'btn primary', onclick: () => dialog.close() }, 'Close')),
  );
  const state = { dialog, body, title, opener: null as HTMLElement | null };
  dialog.addEventListener('close', () => state.opener?.focus());
  document.body.appendChild(dialog);
  shared = state;
  return state;
}

/** Opens the definition of one glossary term, returning focus to `opener` when closed. */
export function openGlossary(id: string, opener: HTMLElement): void {
  const term = glossaryById(id);
  if (!term) return;
  const d = glossaryDialog();
  d.opener = opener;
  replace(d.title, term.term);
  replace(
    d.body,
    h('p', {}, term.definition),
    term.aliases.length ? h('p', { class: 'hint' }, `Also: ${term.aliases.join(', ')}`) : null,
    term.sources?.length
      ? h(
          'p',
          { class: 'sources' },
          'Sources: ',
          ...term.sources.flatMap((s, i) => [
            i ? ' · ' : '',
            h('a', { href: s.url, target: '_blank', rel: 'noopener noreferrer' }, s.label),
          ]),
        )
      : null,
  );
  if (!d.dialog.open) d.dialog.showModal();
}

/** Glossary IDs found in any of the texts, in first-appearance order, without repeats. */
export function termsIn(texts: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const t of texts) for (const id of findGlossaryTerms(t)) seen.add(id);
  return [...seen];
}

/** A labelled list of buttons, one per glossary term found in the texts; null when there are none. */
export function termsList(texts: readonly string[], heading = 'Terms on this screen'): HTMLElement | null {
  const ids = termsIn(texts).filter((id) => glossaryById(id));
  if (!ids.length) return null;
  const headingId = `terms-${Math.random().toString(36).slice(2, 8)}`;
  return h(
    'nav',
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
            onclick: () => openGlossary(id, btn),
          },
          g?.term ?? id,
        );
        return h('li', {}, btn);
      }),
    ),
  );
}
