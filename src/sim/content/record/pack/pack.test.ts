/**
 * The teacher's pack as content: observable objectives, a rubric for both tasks aligned to all three
 * frameworks, a primer whose every claim is tagged and sourced from the registry, a source sheet on
 * real entries with different tags, three role cards per side, and handouts that select real entries.
 */
import { describe, expect, it } from 'vitest';
import { SIDES } from '../../../model/ids.ts';
import { isConfidence, sourceProblems, unlistedQuotes } from '../check.ts';
import { DISPUTES } from '../disputes.ts';
import { wordCount } from '../limits.ts';
import { QUOTE_WHITELIST } from '../quotes.ts';
import { isRegisteredSource } from '../sourceRegistry.ts';
import { TEACHER_GUIDE } from '../teacherGuide.ts';
import { TIMELINE } from '../timeline.ts';
import {
  ABOUT_HONESTY,
  DISPUTES_HANDOUT,
  type EntryRef,
  FRAMEWORK_NAMES,
  MAP_PLACES,
  OBJECTIVES,
  OBSERVABLE_VERBS,
  PACK_CONTENT,
  PACK_ITEMS,
  PACK_PAGES,
  PRIMER,
  packTexts,
  ROLE_CARDS,
  ROLE_IDS,
  RUBRIC,
  RUBRIC_LEVELS,
  SOURCE_SHEET,
  TIMELINE_HANDOUTS,
  WORKSHEETS,
} from './index.ts';

const tagOf = (ref: EntryRef) =>
  ref.kind === 'timeline'
    ? TIMELINE.find((e) => e.id === ref.id)?.confidence
    : DISPUTES.some((d) => d.id === ref.id)
      ? 'D'
      : undefined;

describe('the learning objectives', () => {
  it('are three to five, each starting with an observable verb and saying where it is seen', () => {
    expect(OBJECTIVES.length).toBeGreaterThanOrEqual(3);
    expect(OBJECTIVES.length).toBeLessThanOrEqual(5);
    for (const o of OBJECTIVES) {
      const verb = o.text.split(/[\s,]/)[0];
      expect(OBSERVABLE_VERBS, `${o.id} starts with "${verb}"`).toContain(verb);
      expect(o.text).not.toMatch(/\b(understand|know|appreciate|learn|be aware)\b/i);
      expect(o.evidence.length).toBeGreaterThan(20);
    }
    expect(new Set(OBJECTIVES.map((o) => o.id)).size).toBe(OBJECTIVES.length);
  });

  it("are each practised at a step of the teacher guide's plan", () => {
    const steps = new Set(TEACHER_GUIDE.plan.map((p) => p.id));
    for (const o of OBJECTIVES) {
      expect(o.steps.length, o.id).toBeGreaterThan(0);
      for (const s of o.steps) expect(steps.has(s), `${o.id} → ${s}`).toBe(true);
    }
  });
});

describe('the rubric', () => {
  it('has rows for the exit ticket and for the discussion, each on a real objective', () => {
    expect(RUBRIC.filter((r) => r.task === 'exitTicket').length).toBeGreaterThanOrEqual(2);
    expect(RUBRIC.filter((r) => r.task === 'discussion').length).toBeGreaterThanOrEqual(2);
    const objectives = new Set(OBJECTIVES.map((o) => o.id));
    for (const r of RUBRIC) expect(objectives.has(r.objective), `${r.id} → ${r.objective}`).toBe(true);
    // Every objective is assessed somewhere.
    expect([...objectives].filter((id) => !RUBRIC.some((r) => r.objective === id))).toEqual([]);
  });

  it('describes every level and aligns every row with all three frameworks', () => {
    const frameworks = Object.keys(FRAMEWORK_NAMES).sort();
    expect(frameworks).toEqual(['ap', 'c3', 'ib']);
    for (const r of RUBRIC) {
      expect(r.levels).toHaveLength(RUBRIC_LEVELS.length);
      for (const l of r.levels) expect(l.trim().length, r.id).toBeGreaterThan(10);
      expect(Object.keys(r.alignment).sort(), r.id).toEqual(frameworks);
      for (const note of Object.values(r.alignment)) expect(note.trim().length, r.id).toBeGreaterThan(10);
    }
  });
});

describe('the primer', () => {
  const claims = PRIMER.flatMap((s) => s.claims);

  it('covers the topics the issue names, on two pages', () => {
    const headings = PRIMER.map((s) => s.heading).join(' | ');
    for (const topic of [
      /Korean War/,
      /armistice/,
      /1994 Agreed Framework/,
      /Six-Party Talks/,
      /2016–17|2017/,
      /UN sanctions/,
      /Singapore 2018/,
    ])
      expect(headings).toMatch(topic);
    expect([...new Set(PRIMER.map((s) => s.page))].sort()).toEqual([1, 2]);
    expect(PACK_ITEMS.find((i) => i.id === 'primer')?.pages).toBe(2);
  });

  it('gives every claim a confidence tag and registered sources', () => {
    expect(claims.length).toBeGreaterThan(15);
    for (const c of claims) {
      expect(isConfidence(c.confidence), c.id).toBe(true);
      expect(sourceProblems(c.sources), c.id).toEqual([]);
      for (const s of c.sources) expect(isRegisteredSource(s), `${c.id}: ${s.url}`).toBe(true);
    }
    for (const p of MAP_PLACES) {
      expect(isConfidence(p.confidence), p.id).toBe(true);
      for (const s of p.sources) expect(isRegisteredSource(s), `${p.id}: ${s.url}`).toBe(true);
    }
    expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
  });

  it('quotes only the whitelist, in short fragments', () => {
    for (const c of claims) {
      expect(unlistedQuotes(c.text, QUOTE_WHITELIST), c.id).toEqual([]);
      for (const q of c.text.match(/"[^"]+"/g) ?? []) expect(wordCount(q), c.id).toBeLessThan(25);
    }
    // The check can fail: an invented quote is caught.
    expect(unlistedQuotes('He said "we will sign tomorrow".', QUOTE_WHITELIST)).toEqual(['we will sign tomorrow']);
  });

  it('says where the record is silent instead of claiming', () => {
    const gaps = PRIMER.filter((s) => s.gap);
    expect(gaps.map((s) => s.id).sort()).toEqual(['pr.agreedFramework', 'pr.sixParty']);
  });

  it('puts the places the issue names on the map', () => {
    const names = MAP_PLACES.map((p) => p.name).join(' ');
    for (const place of ['Yongbyon', 'Sohae', 'Kangson', 'Panmunjom', 'train']) expect(names).toContain(place);
  });
});

describe('the worksheets', () => {
  it('include the preparation sheet with every planning box the issue asks for', () => {
    const prep = WORKSHEETS.find((w) => w.id === 'ws.prep');
    expect(prep?.fields.map((f) => f.id)).toEqual(['interests', 'batna', 'target', 'reservation', 'priorities', 'questions']);
    for (const w of WORKSHEETS) for (const f of w.fields) expect(f.lines, `${w.id}.${f.id}`).toBeGreaterThan(0);
    expect(WORKSHEETS.map((w) => w.id)).toEqual(['ws.prep', 'ws.outcome', 'ws.exit', 'ws.sources']);
  });

  it('has a source sheet on three real entries with at least two different tags', () => {
    expect(SOURCE_SHEET.entries).toHaveLength(3);
    const tags = SOURCE_SHEET.entries.map(tagOf);
    expect(tags.every((t) => t !== undefined)).toBe(true);
    expect(new Set(tags).size).toBeGreaterThanOrEqual(2);
    expect(Object.keys(SOURCE_SHEET.tagKey).sort()).toEqual(['C', 'D', 'R', 'U']);
    expect(tagOf({ kind: 'timeline', id: 'tl.nope' })).toBeUndefined();
  });
});

describe('the handouts', () => {
  it('select real timeline entries in chronological order, and real disputed points', () => {
    const order = TIMELINE.map((e) => e.id);
    const ids = TIMELINE_HANDOUTS.flatMap((h) => h.ids);
    for (const id of ids) expect(order, id).toContain(id);
    const positions = ids.map((id) => order.indexOf(id));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of DISPUTES_HANDOUT.ids)
      expect(
        DISPUTES.map((d) => d.id),
        id,
      ).toContain(id);
  });
});

describe('the role cards', () => {
  it('give three roles per side, each with a confidential line', () => {
    for (const side of SIDES) {
      const cards = ROLE_CARDS.filter((c) => c.side === side);
      expect(cards.map((c) => c.role)).toEqual([...ROLE_IDS]);
      for (const c of cards) {
        expect(c.id).toBe(`role.${side}.${c.role}`);
        expect(wordCount(c.confidential), c.id).toBeGreaterThan(8);
      }
    }
    expect(new Set(ROLE_CARDS.map((c) => c.confidential)).size).toBe(ROLE_CARDS.length);
  });
});

describe('the pack as a whole', () => {
  it('says what is dramatized, that advisers are composite, what a real quote is, and that causes are hypotheses', () => {
    const text = ABOUT_HONESTY.map((n) => n.text).join(' ');
    expect(text).toMatch(/dialogue, speech bubbles and advisers are the game's dramatization/i);
    expect(text).toMatch(/composite roles: not John Bolton or any other real person/);
    expect(text).toMatch(/Only text in quotation marks with a source is a real quote/);
    expect(text).toMatch(/Cohen hearing.*hypotheses, not history's verdict/);
  });

  it('counts its pages from its items', () => {
    expect(PACK_PAGES).toBe(PACK_ITEMS.reduce((n, i) => n + i.pages, 0));
    expect(PACK_PAGES).toBeGreaterThanOrEqual(PACK_ITEMS.length);
  });

  it('puts nothing in quotation marks that is not a real, whitelisted quote', () => {
    const bad = packTexts().flatMap((t) => unlistedQuotes(t.english, QUOTE_WHITELIST).map((q) => `${t.key}: "${q}"`));
    expect(bad).toEqual([]);
  });

  it('keys every string `pack.<TABLE>.<path>` once, with its English', () => {
    const texts = packTexts();
    const items = new Set(Object.keys(PACK_CONTENT));
    const keys = texts.map((t) => t.key);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    for (const t of texts) {
      const [pack, item] = t.key.split('.');
      expect(pack).toBe('pack');
      expect(items.has(item as never), t.key).toBe(true);
      expect(t.english.trim().length, t.key).toBeGreaterThan(0);
    }
    const all = texts.map((t) => t.english);
    for (const c of PRIMER.flatMap((s) => s.claims)) expect(all).toContain(c.text);
    for (const c of ROLE_CARDS) expect(all).toContain(c.confidential);
  });
});
