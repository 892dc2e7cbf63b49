/**
 * The locale switch of the browser: `?lang=ko` for one visit (a teacher's link), else the locale kept
 * in localStorage, else the catalogue's base locale (English). It runs once, before the UI is built, and
 * sets `<html lang>` and the page's own words (title, skip link) to match; `switchLocale` keeps a choice and reloads, so every screen, the canvas
 * text and the tables of names are built again in the new locale.
 */
import { useContentTranslation } from '../app/content.ts';
import type { ContentTranslation } from '../app/contentText.ts';
import { BASE_LOCALE, currentLocale, LOCALES, type Locale, m, useLocale } from '../app/strings/catalogue.ts';

/**
 * The content translations, one file per locale (`messages/content/<locale>.json`, key → text, made
 * from `contentStrings()`): each is its own chunk, fetched only by a reader of that locale.
 */
const CONTENT_FILES = import.meta.glob<ContentTranslation>('../../messages/content/*.json', { import: 'default' });

export const LOCALE_KEY = 'hanoi-summit.locale';

const known = (value: string | null): Locale | null =>
  (LOCALES as readonly (string | null)[]).includes(value) ? (value as Locale) : null;

function stored(): string | null {
  try {
    return localStorage.getItem(LOCALE_KEY);
  } catch {
    return null;
  }
}

/** Picks the locale for this visit; call before anything renders. */
export function applyLocale(search: string = location.search): Locale {
  const locale = known(new URLSearchParams(search).get('lang')) ?? known(stored()) ?? BASE_LOCALE;
  if (locale !== currentLocale()) useLocale(locale);
  document.documentElement.lang = locale;
  // index.html's static English, in the chosen locale (only <noscript> cannot follow).
  document.title = m.game_title();
  document.querySelector('main#app')?.setAttribute('aria-label', m.game_title());
  const skip = document.querySelector('.skip-link');
  if (skip) skip.textContent = m.skip_link();
  return locale;
}

/**
 * Loads the locale's content translation, if it has one, before the first screen is built; English
 * (the content's own language) and a locale not yet translated keep the English content.
 */
export async function loadContentTranslation(locale: Locale): Promise<void> {
  const load = CONTENT_FILES[`../../messages/content/${locale}.json`];
  if (!load) return;
  try {
    useContentTranslation(await load());
  } catch (err) {
    // Offline before the chunk was cached, say: the game still runs, in English content.
    console.warn(`The ${locale} content translation could not be loaded; the scenario stays in English.`, err);
  }
}

/** Keeps a locale for later visits and reloads the page in it. */
export function switchLocale(locale: Locale): void {
  try {
    localStorage.setItem(LOCALE_KEY, locale);
  } catch {
    // Storage off: the switch lasts for this page only.
  }
  useLocale(locale);
  location.reload();
}
