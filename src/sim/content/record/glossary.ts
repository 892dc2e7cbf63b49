/**
 * The glossary: every term the game and the debrief use that a student may not know, reachable from
 * wherever it appears. Facts in definitions come from hanoi-dossier.md (§3, §6); concept definitions
 * are general and carry no source.
 */
import type { Source } from '../types.ts';
import { GLOSSARY_CONCEPTS } from './glossaryConcepts.ts';
import { GLOSSARY_DIPLOMACY } from './glossaryDiplomacy.ts';
import { GLOSSARY_NUCLEAR } from './glossaryNuclear.ts';
import { GLOSSARY_PLACES } from './glossaryPlaces.ts';

export interface GlossaryTerm {
  /** Stable ID, `g.<slug>`. */
  readonly id: string;
  readonly term: string;
  /** Other spellings and forms that should link to this entry. */
  readonly aliases: readonly string[];
  /** Our own words, at most READABLE_LIMITS.glossaryDefinition words. */
  readonly definition: string;
  readonly sources?: readonly Source[];
}

export const GLOSSARY: readonly GlossaryTerm[] = [
  ...GLOSSARY_NUCLEAR,
  ...GLOSSARY_DIPLOMACY,
  ...GLOSSARY_PLACES,
  ...GLOSSARY_CONCEPTS,
];

export const glossaryById = (id: string): GlossaryTerm | undefined => GLOSSARY.find((g) => g.id === id);

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Finds glossary terms in text: built from one list of terms, so a translated glossary gets its own. */
export interface GlossaryMatcher {
  /** `text` with every glossary term or alias blanked out (same length), e.g. to look for undefined words. */
  readonly mask: (text: string) => string;
  /** Every occurrence of every glossary term or alias in `text`, with its place, in no particular order. */
  readonly matches: (text: string) => { id: string; start: number; end: number }[];
  /** IDs of the glossary terms that appear in `text`, in order of first appearance. */
  readonly find: (text: string) => string[];
}

/**
 * One pattern per term, matching the term or any alias as a whole word (no letter or digit on either
 * side), case-insensitive, with an optional plural "s". Pure.
 */
export function glossaryMatcher(terms: readonly GlossaryTerm[]): GlossaryMatcher {
  const patterns = terms.map((g) => {
    const forms = [g.term, ...g.aliases].sort((a, b) => b.length - a.length).map(escapeRegExp);
    return { id: g.id, re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join('|')})s?(?![\\p{L}\\p{N}])`, 'iu') };
  });
  const matches = (text: string) => {
    const hits: { id: string; start: number; end: number }[] = [];
    for (const { id, re } of patterns)
      for (const m of text.matchAll(new RegExp(re.source, 'giu'))) hits.push({ id, start: m.index, end: m.index + m[0].length });
    return hits;
  };
  return {
    mask: (text) => {
      let out = text;
      for (const { re } of patterns) out = out.replace(new RegExp(re.source, 'giu'), (m) => ' '.repeat(m.length));
      return out;
    },
    matches,
    find: (text) => {
      const first = new Map<string, number>();
      for (const { id, start } of matches(text)) if (!first.has(id) || start < (first.get(id) as number)) first.set(id, start);
      return [...first].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).map(([id]) => id);
    },
  };
}

const ENGLISH = glossaryMatcher(GLOSSARY);
export const maskGlossaryTerms = ENGLISH.mask;
export const glossaryMatches = ENGLISH.matches;
export const findGlossaryTerms = ENGLISH.find;
