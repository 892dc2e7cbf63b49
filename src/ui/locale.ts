/**
 * The locale switch of the browser: `?lang=ko` for one visit (a teacher's link), else the locale kept
 * in localStorage, else the catalogue's base locale (English). It runs once, before the UI is built, and
 * sets `<html lang>` and the page's own words (title, skip link) to match; `switchLocale` keeps a choice and reloads, so every screen, the canvas
 * text and the tables of names are built again in the new locale.
 */
import { BASE_LOCALE, currentLocale, LOCALES, type Locale, m, useLocale } from '../app/strings/catalogue.ts';

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
