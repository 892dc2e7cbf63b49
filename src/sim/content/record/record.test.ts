/** Content tests for the record: sources, tags, chronology, quotes, limits, coverage. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENDING_IDS } from '../../model/ids.ts';
import type { Source } from '../types.ts';
import {
  BRIEFS,
  briefText,
  CONCEPT_IDS,
  CONCEPT_PROMPTS,
  CONFIDENTIAL_BRIEFS,
  COUNTERFACTUAL_IDS,
  COUNTERFACTUALS,
  chronologyProblems,
  DATA_STAGES,
  DISPUTES,
  ENDING_COUNTERFACTUALS,
  ENDING_PROMPTS,
  GLOSSARY,
  isConfidence,
  PUBLIC_BRIEF,
  QUOTE_WHITELIST,
  QUOTES,
  READABLE_LIMITS,
  sourceProblems,
  TEACHER_GUIDE,
  TEACHER_GUIDE_WORDS,
  TIMELINE,
  teacherGuideText,
  timelineOf,
  unlistedQuotes,
  wordCount,
} from './index.ts';
import { allRecordTexts } from './texts.ts';

const DOSSIER_URL = new URL('../../../../../shared/reference/hanoi-dossier.md', import.meta.url);
const dossier = existsSync(DOSSIER_URL) ? readFileSync(DOSSIER_URL, 'utf8') : undefined;

describe('timeline', () => {
  it('has the summit in detail and the context around it', () => {
    expect(timelineOf('summit').length).toBe(32); // every row of dossier §1b
    expect(timelineOf('context').length).toBeGreaterThanOrEqual(25);
    for (const e of timelineOf('summit')) expect(e.date >= '2019-02-19' && e.date <= '2019-03-02').toBe(true);
  });

  it('gives every entry a source, a valid tag, a place and a unique ID', () => {
    for (const e of TIMELINE) {
      expect(sourceProblems(e.sources), e.id).toEqual([]);
      expect(isConfidence(e.confidence), e.id).toBe(true);
      expect(e.place.trim(), e.id).not.toBe('');
      expect(e.dateLabel.trim(), e.id).not.toBe('');
    }
    expect(new Set(TIMELINE.map((e) => e.id)).size).toBe(TIMELINE.length);
  });

  it('is chronological', () => {
    expect(chronologyProblems(TIMELINE.map((e) => e.date))).toEqual([]);
  });
});

describe('disputed points', () => {
  it('covers the required questions, each with at least two accounts', () => {
    const ids = DISPUTES.map((d) => d.id);
    for (const id of ['dp.sanctionsAsk', 'dp.yongbyonScope', 'dp.midnightPress', 'dp.sohaeTiming', 'dp.oneMore']) {
      expect(ids).toContain(id);
    }
    expect(new Set(ids).size).toBe(ids.length);
    for (const d of DISPUTES) expect(d.accounts.length, d.id).toBeGreaterThanOrEqual(2);
  });

  it('gives every account a source and a valid tag', () => {
    for (const d of DISPUTES) {
      for (const a of d.accounts) {
        expect(sourceProblems(a.sources), `${d.id}: ${a.who}`).toEqual([]);
        expect(isConfidence(a.confidence), `${d.id}: ${a.who}`).toBe(true);
      }
    }
  });

  it('sets Trump, Ri and the State Department official side by side on sanctions', () => {
    const who =
      DISPUTES.find((d) => d.id === 'dp.sanctionsAsk')
        ?.accounts.map((a) => a.who)
        .join(' | ') ?? '';
    expect(who).toMatch(/Trump/);
    expect(who).toMatch(/Ri Yong Ho/);
    expect(who).toMatch(/State Department/);
  });
});

describe('quotes', () => {
  it('are under 25 words, verbatim from the whitelist, sourced and dated', () => {
    for (const q of QUOTES) {
      expect(wordCount(q.text), q.id).toBeLessThan(25);
      expect(QUOTE_WHITELIST, q.id).toContain(q.text);
      expect(sourceProblems([q.source, ...(q.otherSources ?? [])]), q.id).toEqual([]);
      expect(q.date, q.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(isConfidence(q.confidence), q.id).toBe(true);
    }
    expect(new Set(QUOTES.map((q) => q.id)).size).toBe(QUOTES.length);
  });

  it('whitelist entries are each under 25 words', () => {
    for (const w of QUOTE_WHITELIST) expect(wordCount(w), w).toBeLessThan(25);
  });

  it('any quotation in the record text is part of a whitelisted quote', () => {
    for (const t of allRecordTexts()) expect(unlistedQuotes(t.text, QUOTE_WHITELIST), t.where).toEqual([]);
  });

  it.skipIf(!dossier)('whitelist strings appear verbatim in hanoi-dossier.md (skipped if the dossier is absent)', () => {
    for (const w of QUOTE_WHITELIST) expect(dossier?.includes(w), w).toBe(true);
  });

  it.skipIf(!dossier)('the whitelist holds every quote in dossier §4 (skipped if the dossier is absent)', () => {
    const start = dossier?.indexOf('## 4.') ?? -1;
    const end = dossier?.indexOf('## 5.') ?? -1;
    const section = dossier?.slice(start, end) ?? '';
    const rows = section.split('\n').filter((l) => /^\| \d+ \|/.test(l));
    expect(rows.length).toBe(27);
    for (const row of rows) {
      const cell = row.split('|')[3] ?? '';
      const found = [...cell.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
      expect(found.length, row).toBeGreaterThan(0);
      for (const f of found) expect(QUOTE_WHITELIST, row).toContain(f);
    }
  });

  it.skipIf(!dossier)('every source URL in the record appears in hanoi-dossier.md (skipped if the dossier is absent)', () => {
    const urls = new Set<string>();
    const add = (ss: readonly Source[] | undefined) => {
      for (const s of ss ?? []) urls.add(s.url);
    };
    for (const e of TIMELINE) add(e.sources);
    for (const d of DISPUTES) for (const a of d.accounts) add(a.sources);
    for (const q of QUOTES) add([q.source, ...(q.otherSources ?? [])]);
    for (const c of COUNTERFACTUALS) for (const a of c.arguments) add(a.sources);
    for (const g of GLOSSARY) add(g.sources);
    for (const b of [PUBLIC_BRIEF, CONFIDENTIAL_BRIEFS.us, CONFIDENTIAL_BRIEFS.dprk]) for (const s of b.sections) add(s.sources);
    for (const u of urls) expect(dossier?.includes(u), u).toBe(true);
  });
});

describe('counterfactuals', () => {
  it('attribute every argument, label it as opinion and source it; each branch has both sides', () => {
    expect(COUNTERFACTUALS.map((c) => c.id)).toEqual([...COUNTERFACTUAL_IDS]);
    for (const c of COUNTERFACTUALS) {
      expect(
        c.arguments.some((a) => a.stance === 'for'),
        c.id,
      ).toBe(true);
      expect(
        c.arguments.some((a) => a.stance === 'against'),
        c.id,
      ).toBe(true);
      for (const a of c.arguments) {
        expect(a.kind).toBe('opinion');
        expect(a.who.trim(), c.id).not.toBe('');
        expect(sourceProblems(a.sources), `${c.id}: ${a.who}`).toEqual([]);
      }
    }
  });

  it('map every ending to at least one known counterfactual', () => {
    for (const e of ENDING_IDS) {
      const m = ENDING_COUNTERFACTUALS[e];
      expect(m.counterfactuals.length, e).toBeGreaterThan(0);
      for (const id of m.counterfactuals) expect(COUNTERFACTUAL_IDS, e).toContain(id);
    }
  });
});

describe('discussion bank', () => {
  it('has 2–3 prompts for every ending and 3–4 for every concept, with valid DATA stages and unique IDs', () => {
    const all = [...Object.values(ENDING_PROMPTS).flat(), ...Object.values(CONCEPT_PROMPTS).flatMap((c) => c.prompts)];
    for (const e of ENDING_IDS) expect(ENDING_PROMPTS[e].length, e).toBeGreaterThanOrEqual(2);
    for (const e of ENDING_IDS) expect(ENDING_PROMPTS[e].length, e).toBeLessThanOrEqual(3);
    for (const c of CONCEPT_IDS) expect(CONCEPT_PROMPTS[c].prompts.length, c).toBeGreaterThanOrEqual(3);
    for (const c of CONCEPT_IDS) expect(CONCEPT_PROMPTS[c].prompts.length, c).toBeLessThanOrEqual(4);
    for (const p of all) expect(DATA_STAGES, p.id).toContain(p.stage);
    expect(new Set(all.map((p) => p.id)).size).toBe(all.length);
  });
});

describe('briefs and teacher guide', () => {
  it('give each seat the shared public brief and its own confidential brief', () => {
    expect(BRIEFS.us.public).toBe(BRIEFS.dprk.public);
    expect(BRIEFS.us.confidential.side).toBe('us');
    expect(BRIEFS.dprk.confidential.side).toBe('dprk');
    for (const b of [BRIEFS.us.confidential, BRIEFS.dprk.confidential]) {
      const headings = b.sections.map((s) => s.heading).join(' | ');
      for (const h of ['want', 'walk away', 'Red lines', 'advisers', 'do not know']) expect(headings, b.id).toContain(h);
    }
  });

  it('source every section that carries sources with http(s) links', () => {
    for (const b of [PUBLIC_BRIEF, CONFIDENTIAL_BRIEFS.us, CONFIDENTIAL_BRIEFS.dprk]) {
      for (const s of b.sections) if (s.sources) expect(sourceProblems(s.sources), `${b.id}: ${s.heading}`).toEqual([]);
    }
  });

  it('fit printable lengths', () => {
    expect(wordCount(briefText(PUBLIC_BRIEF))).toBeLessThanOrEqual(READABLE_LIMITS.briefPublic);
    expect(wordCount(briefText(CONFIDENTIAL_BRIEFS.us))).toBeLessThanOrEqual(READABLE_LIMITS.briefConfidential);
    expect(wordCount(briefText(CONFIDENTIAL_BRIEFS.dprk))).toBeLessThanOrEqual(READABLE_LIMITS.briefConfidential);
    expect(wordCount(teacherGuideText())).toBeLessThanOrEqual(TEACHER_GUIDE_WORDS);
  });

  it('plan a 45-minute lesson with the required steps in order', () => {
    const ids = TEACHER_GUIDE.plan.map((p) => p.id);
    expect(ids).toEqual(['framing', 'reading', 'caucus', 'dispute', 'event', 'table', 'outcome', 'debrief']);
    expect(TEACHER_GUIDE.plan.reduce((n, p) => n + p.minutes, 0)).toBe(45);
    const text = teacherGuideText();
    for (const s of ['Historical', 'Open', 'dovish', 'hawkish', 'Seed', 'ev.cohen', 'Drills', 'Hot-seat']) {
      expect(text.toLowerCase(), s).toContain(s.toLowerCase());
    }
  });
});
