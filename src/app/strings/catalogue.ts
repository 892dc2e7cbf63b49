/**
 * The UI's string catalogue: every user-visible English string of the front ends is a message keyed by a
 * stable ID in `messages/en.json` (English is the source locale), compiled by Paraglide JS into one typed
 * function per message (`m.title_new_game()`, `m.pass_heading({ side })`). A sentence with a variable
 * part is one message with named placeholders, never glued from pieces; counts go through plural
 * variants (Intl.PluralRules). Content text (beats, choices, notes) is not here: see `contentText.ts`.
 *
 * The active locale is set once, before the UI is built (`ui/locale.ts`); tables of names are read
 * lazily (`messageRecord`), so a module evaluated before that still shows the chosen locale.
 */
import { baseLocale, getLocale, type Locale, locales, setLocale } from './paraglide/runtime.js';

export { m } from './paraglide/messages.js';
export type { Locale };

export const LOCALES: readonly Locale[] = locales;
export const BASE_LOCALE: Locale = baseLocale;

export function currentLocale(): Locale {
  return getLocale();
}

/** Switches the catalogue's locale without a reload (the caller re-renders, or reloads the page). */
export function useLocale(locale: Locale): void {
  setLocale(locale, { reload: false });
}

/** The tag Intl formatters use for a catalogue locale: English dates are British ("Thu 28 Feb 2019"). */
const FORMAT_TAG: Readonly<Partial<Record<string, string>>> = { en: 'en-GB' };
export function formatLocale(locale: string = getLocale()): string {
  return FORMAT_TAG[locale] ?? locale;
}

/** Items as one phrase, joined the reader's way ("a, b and c"; `unit` for a plain list "a, b, c"). */
export function formatList(items: readonly string[], type: 'conjunction' | 'disjunction' | 'unit' = 'conjunction'): string {
  return new Intl.ListFormat(formatLocale(), { style: 'long', type }).format(items);
}

/** A table of names whose values are messages, read in the active locale each time they are used. */
export function messageRecord<K extends string>(messages: Readonly<Record<K, () => string>>): Readonly<Record<K, string>> {
  const record = {} as Record<K, string>;
  for (const key of Object.keys(messages) as K[]) {
    Object.defineProperty(record, key, { get: () => messages[key](), enumerable: true });
  }
  return record;
}
