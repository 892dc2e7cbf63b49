/**
 * Glossary terms linked inline: `splitByTerms` is the pure part of `linkTerms` (the DOM wrapper only
 * turns marked segments into buttons), so it is tested here without a DOM.
 */
import { describe, expect, it } from 'vitest';
import { BEATS, BRIEFS, DISPUTES, findGlossaryTerms, PUBLIC_BRIEF, TIMELINE } from '../sim/session/index.ts';
import { type Segment, splitByTerms } from './glossaryUi.ts';

const linked = (segments: readonly Segment[]): string[] => segments.flatMap((s) => (s.id ? [s.id] : []));
const joined = (segments: readonly Segment[]): string => segments.map((s) => s.text).join('');

/** Every running text the game links terms in: beats, briefs, the timeline and the disputed accounts. */
const TEXTS: readonly string[] = [
  ...BEATS.map((b) => b.text),
  ...[PUBLIC_BRIEF, BRIEFS.us.confidential, BRIEFS.dprk.confidential].flatMap((b) => b.sections.flatMap((s) => s.paragraphs)),
  ...TIMELINE.map((e) => e.text),
  ...DISPUTES.flatMap((d) => [d.note, ...d.accounts.map((a) => a.claim)]),
];

describe('glossary terms linked inline', () => {
  it('marks the first occurrence of each term only, and keeps the text intact', () => {
    const text = 'Yongbyon is on the table; FFVD is the goal. Yongbyon again, and FFVD again.';
    const segments = splitByTerms(text);
    expect(joined(segments)).toBe(text);
    expect(segments.filter((s) => s.id)).toEqual([
      { text: 'Yongbyon', id: 'g.yongbyon' },
      { text: 'FFVD', id: 'g.ffvd' },
    ]);
    expect(segments[0]).toEqual({ text: 'Yongbyon', id: 'g.yongbyon' });
    expect(segments.at(-1)).toEqual({ text: ' is the goal. Yongbyon again, and FFVD again.' });
  });

  it('prefers the longest form at one place, matches plurals and aliases, and never part of a word', () => {
    expect(splitByTerms('the whole Yongbyon complex')).toEqual([
      { text: 'the whole ' },
      { text: 'Yongbyon complex', id: 'g.yongbyon' },
    ]);
    expect(linked(splitByTerms('Inspectors arrive.'))).toEqual(['g.verification']);
    expect(splitByTerms('Yongbyonese FFVDx')).toEqual([{ text: 'Yongbyonese FFVDx' }]);
  });

  it('leaves plain text whole, including the empty string', () => {
    expect(splitByTerms('Lunch was cancelled.')).toEqual([{ text: 'Lunch was cancelled.' }]);
    expect(splitByTerms('')).toEqual([{ text: '' }]);
  });

  it('links each term once across texts that share a set, and skips terms already linked', () => {
    const seen = new Set<string>();
    expect(linked(splitByTerms('Yongbyon first.', seen))).toEqual(['g.yongbyon']);
    expect(linked(splitByTerms('Yongbyon and FFVD.', seen))).toEqual(['g.ffvd']);
    expect(linked(splitByTerms('FFVD and Yongbyon.', seen))).toEqual([]);
    expect([...seen].sort()).toEqual(['g.ffvd', 'g.yongbyon']);
  });

  it('agrees with findGlossaryTerms on every game text: each term linked once, or only inside a longer one', () => {
    let links = 0;
    let nested = 0;
    for (const text of TEXTS) {
      const segments = splitByTerms(text);
      expect(joined(segments)).toBe(text);
      const ids = linked(segments);
      const found = findGlossaryTerms(text);
      expect(new Set(ids).size, text).toBe(ids.length);
      for (const id of ids) expect(found, text).toContain(id);
      // Each marked run is itself a form of its term.
      for (const s of segments) if (s.id) expect(findGlossaryTerms(s.text), s.text).toContain(s.id);
      // A term found but not linked occurs only inside a linked run of another term.
      const plain = segments.filter((s) => !s.id).flatMap((s) => findGlossaryTerms(s.text));
      for (const id of found.filter((f) => !ids.includes(f))) {
        expect(plain, `${id} in: ${text}`).not.toContain(id);
        nested++;
      }
      links += ids.length;
    }
    expect(links).toBeGreaterThan(50);
    expect(nested).toBeLessThan(links);
  }, 10_000);

  it('links a term that only appears inside a longer one nowhere else', () => {
    const segments = splitByTerms('The US wants final, fully verified denuclearization first.');
    expect(linked(segments)).toEqual(['g.ffvd']);
    expect(findGlossaryTerms(joined(segments))).toContain('g.denuclearization');
  });
});
