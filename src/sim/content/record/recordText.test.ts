/** Content tests for readable lengths and glossary coverage, across the record and the game's beats. */
import { describe, expect, it } from 'vitest';
import { ADVISERS } from '../advisers.ts';
import { BEATS } from '../beats/index.ts';
import { ENDINGS } from '../endings.ts';
import { EVENTS } from '../events.ts';
import {
  chronologyProblems,
  findGlossaryTerms,
  GLOSSARY,
  isConfidence,
  QUOTE_WHITELIST,
  READABLE_LIMITS,
  sourceProblems,
  undefinedAcronyms,
  unlistedQuotes,
  withinLimit,
  wordCount,
} from './index.ts';
import { allRecordTexts, type RecordText } from './texts.ts';

/** Acronyms common enough to need no glossary entry: countries, bodies and news outlets. */
const ACRONYM_ALLOW = [
  'US',
  'UN',
  'USA',
  'AI',
  'UK',
  'AP',
  'AFP',
  'CNN',
  'CBS',
  'NBC',
  'NYT',
  'VOA',
  'DW',
  'KBS',
  'UPI',
  'EFE',
  'CGTN',
  'UCSB',
  'TIME',
  'CSIS',
  'CIA',
  'KJDA',
  'MW',
  'POW',
  'MIA',
  'A4',
];

/** Every screen text of the beats, event cards and endings, with its limit. */
function gameTexts(): RecordText[] {
  const out: RecordText[] = [];
  for (const b of BEATS) {
    out.push({ where: `beat ${b.id}`, text: b.text, limit: 'beatText' });
    if (b.history) out.push({ where: `beat ${b.id} history`, text: b.history.text, limit: 'historyNote' });
    for (const a of b.advisers)
      out.push({ where: `beat ${b.id} adviser ${a.adviser}`, text: `${ADVISERS[a.adviser].role}: ${a.text}` });
    for (const c of b.choices) {
      out.push({ where: `choice ${c.id} label`, text: c.label });
      out.push({ where: `choice ${c.id}`, text: c.outcome, limit: 'choiceOutcome' });
    }
  }
  for (const e of EVENTS) {
    out.push({ where: `event ${e.id}`, text: e.text, limit: 'beatText' });
    if (e.history) out.push({ where: `event ${e.id} history`, text: e.history.text, limit: 'historyNote' });
  }
  for (const [id, e] of Object.entries(ENDINGS)) out.push({ where: `ending ${id}`, text: e.summary, limit: 'beatText' });
  return out;
}

const over = (texts: readonly RecordText[]): string[] =>
  texts
    .filter((t) => t.limit !== undefined && !withinLimit(t.limit, t.text))
    .map((t) => `${t.where}: ${wordCount(t.text)} words`);

describe('readable lengths', () => {
  it('every text in the record is within its limit', () => {
    expect(over(allRecordTexts())).toEqual([]);
  });

  it('every beat, event card and ending is within its limit', () => {
    expect(over(gameTexts())).toEqual([]);
  });
});

describe('glossary', () => {
  it('has unique IDs and definitions within the limit', () => {
    expect(new Set(GLOSSARY.map((g) => g.id)).size).toBe(GLOSSARY.length);
    for (const g of GLOSSARY) {
      expect(wordCount(g.definition), g.id).toBeLessThanOrEqual(READABLE_LIMITS.glossaryDefinition);
      if (g.sources) expect(sourceProblems(g.sources), g.id).toEqual([]);
    }
  });

  it('covers the required terms', () => {
    const required = [
      'FFVD',
      'CVID',
      'Yongbyon',
      '5 MW reactor',
      'reprocessing plant',
      'uranium enrichment plant',
      'fuel fabrication plant',
      'IRT-2000',
      'experimental light-water reactor',
      'lithium-6',
      'Resolution 2270',
      'Resolution 2321',
      'Resolution 2371',
      'Resolution 2375',
      'Resolution 2397',
      'action for action',
      'corresponding measures',
      'end-of-war declaration',
      'liaison office',
      'Libya model',
      'BATNA',
      'ZOPA',
      'reservation value',
      'two-level game',
      'audience cost',
      'snapback',
      'pyongjin',
      'new path',
      'big deal',
      'small deal',
      'Pareto frontier',
      'Kangson',
      'Sohae',
      'Punggye-ri',
      'moratorium',
      '3+3 dinner',
      'working-level talks',
    ];
    for (const term of required)
      expect(
        GLOSSARY.map((g) => g.term),
        term,
      ).toContain(term);
  });

  it('resolves each term and alias to its own entry', () => {
    for (const g of GLOSSARY) for (const form of [g.term, ...g.aliases]) expect(findGlossaryTerms(form), form).toContain(g.id);
  });

  it('finds terms as whole words, case-insensitively, in order of appearance', () => {
    expect(findGlossaryTerms("After the 3+3 dinner, ffvd and Yongbyon's reactor; BATNAs and a ZOPA.")).toEqual([
      'g.threePlusThree',
      'g.ffvd',
      'g.yongbyon',
      'g.batna',
      'g.zopa',
    ]);
    expect(findGlossaryTerms('XBATNA and zopafication and Sohaeville')).toEqual([]);
    expect(findGlossaryTerms('Dongchang-ri')).toEqual(['g.sohae']);
    expect(findGlossaryTerms('')).toEqual([]);
  });

  it('defines every acronym used in the record', () => {
    for (const t of allRecordTexts()) expect(undefinedAcronyms(t.text, ACRONYM_ALLOW), t.where).toEqual([]);
  });

  it('defines every acronym used in the beats, event cards and endings', () => {
    for (const t of gameTexts()) expect(undefinedAcronyms(t.text, ACRONYM_ALLOW), t.where).toEqual([]);
  });

  it('links the key terms where the briefs use them', () => {
    const brief = allRecordTexts().find((t) => t.where === 'public brief')?.text ?? '';
    for (const id of ['g.yongbyon', 'g.correspondingMeasures', 'g.liaisonOffice', 'g.verification']) {
      expect(findGlossaryTerms(brief), id).toContain(id);
    }
  });
});

describe('quotes in the game text', () => {
  it('quotations of four words or more in beats, events and endings come from the whitelist', () => {
    for (const t of gameTexts()) expect(unlistedQuotes(t.text, QUOTE_WHITELIST, 4), t.where).toEqual([]);
  });
});

describe('the checks reject bad content', () => {
  it('flags missing or non-http sources and unknown tags', () => {
    expect(sourceProblems([])).toEqual(['no source']);
    expect(sourceProblems(undefined)).toEqual(['no source']);
    expect(sourceProblems([{ id: 'X', url: 'ftp://example.org/x', label: '' }])).toHaveLength(2);
    expect(sourceProblems([{ id: 'X', url: 'www.example.org', label: 'No scheme' }])).toHaveLength(1);
    expect(sourceProblems([{ id: 'X', url: 'https://example.org/x', label: 'Fine' }])).toEqual([]);
    expect(isConfidence('X')).toBe(false);
    expect(isConfidence('c')).toBe(false);
    expect(isConfidence('U')).toBe(true);
  });

  it('flags dates out of order, including across a month-only date', () => {
    expect(chronologyProblems(['2019-02-28', '2019-03-01'])).toEqual([]);
    expect(chronologyProblems(['2019-03-01', '2019-02-28'])).not.toEqual([]);
    expect(chronologyProblems(['2019-03-15', '2019-03', '2019-03-01'])).not.toEqual([]);
    expect(chronologyProblems(['28 Feb 2019'])).not.toEqual([]);
  });

  it('flags invented quotes and accepts fragments of whitelisted ones', () => {
    expect(unlistedQuotes('Trump said "we will never lift anything".', QUOTE_WHITELIST)).toEqual(['we will never lift anything']);
    expect(unlistedQuotes('He replied, "A political what?"', QUOTE_WHITELIST)).toEqual([]);
    expect(unlistedQuotes('Lifted "in their entirety", he said.', QUOTE_WHITELIST)).toEqual([]);
    expect(unlistedQuotes('What "Yongbyon" means', QUOTE_WHITELIST, 4)).toEqual([]);
  });

  it('flags undefined acronyms and texts over their limit', () => {
    expect(undefinedAcronyms('The XYZQ plan and FFVD, per the US.', ACRONYM_ALLOW)).toEqual(['XYZQ']);
    expect(undefinedAcronyms('The JW Marriott, but JW alone', ACRONYM_ALLOW)).toEqual(['JW']);
    const long = Array.from({ length: READABLE_LIMITS.timelineEntry + 1 }, () => 'word').join(' ');
    expect(withinLimit('timelineEntry', long)).toBe(false);
    expect(wordCount('A — B ... 261 days')).toBe(4);
  });
});
