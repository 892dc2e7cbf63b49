/**
 * Pure checks used by the content tests (and usable by other content): sources, tags, chronology,
 * quotes and undefined acronyms. Each returns a list of problems; an empty list means the text passes.
 */
import type { Confidence, Source } from '../types.ts';
import { maskGlossaryTerms } from './glossary.ts';

export const CONFIDENCE_TAGS: readonly Confidence[] = ['C', 'R', 'D', 'U'];

export const isConfidence = (x: unknown): x is Confidence => CONFIDENCE_TAGS.includes(x as Confidence);

export const isHttpUrl = (url: string): boolean => /^https?:\/\/[^\s/]+\.[^\s]+$/.test(url);

/** Problems with a list of sources: none at all, a missing label, a URL that is not http(s). */
export function sourceProblems(sources: readonly Source[] | undefined): string[] {
  if (!sources || sources.length === 0) return ['no source'];
  const out: string[] = [];
  for (const s of sources) {
    if (!isHttpUrl(s.url)) out.push(`not an http(s) URL: ${s.url}`);
    if (s.label.trim() === '') out.push(`source without a label: ${s.url}`);
  }
  return out;
}

/**
 * Dates as `YYYY-MM-DD` or `YYYY-MM`, in order. A month-only date is compared at month precision, so
 * every pair is checked (not only neighbours) to keep the ordering sound.
 */
export function chronologyProblems(dates: readonly string[]): string[] {
  const out: string[] = [];
  for (const d of dates) if (!/^\d{4}-\d{2}(-\d{2})?$/.test(d)) out.push(`bad date: ${d}`);
  for (let i = 0; i < dates.length; i++) {
    for (let j = i + 1; j < dates.length; j++) {
      const n = Math.min(dates[i].length, dates[j].length);
      if (dates[i].slice(0, n) > dates[j].slice(0, n)) out.push(`${dates[i]} comes before ${dates[j]}`);
    }
  }
  return out;
}

/** Text inside double quotation marks, straight or curly. */
export function quotedFragments(text: string): string[] {
  return [...text.matchAll(/["“]([^"”]+)["”]/g)].map((m) => m[1]);
}

/** Strip ellipses, spaces and trailing punctuation that a quoting sentence may add or drop. */
const core = (s: string): string =>
  s
    .replace(/\.\.\.|…/g, ' ')
    .trim()
    .replace(/^[\s,;:.!?]+|[\s,;:.!?]+$/g, '');

/** Quoted fragments of `text` that are not part of any whitelisted quote. */
export function unlistedQuotes(text: string, whitelist: readonly string[], minWords = 1): string[] {
  const allowed = whitelist.map(core);
  return quotedFragments(text).filter((f) => {
    const c = core(f);
    if (c.split(/\s+/).length < minWords) return false;
    return !allowed.some((w) => w.includes(c));
  });
}

/** Acronyms: tokens of two or more capital letters, e.g. FFVD, ICBM, DPRK. */
export function acronyms(text: string): string[] {
  return [...new Set(text.match(/(?<![\p{L}\p{N}])\p{Lu}{2,}(?:-\d+)?(?![\p{Ll}])/gu) ?? [])];
}

/**
 * Acronyms in `text` that are neither part of a glossary term or alias where they stand (so "JW" in
 * "JW Marriott" passes) nor in `allow` (common ones like US, UN).
 */
export function undefinedAcronyms(text: string, allow: readonly string[]): string[] {
  return acronyms(maskGlossaryTerms(text)).filter((a) => !allow.includes(a) && !allow.includes(a.replace(/-\d+$/, '')));
}
