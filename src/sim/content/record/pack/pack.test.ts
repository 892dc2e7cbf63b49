/**
 * The teacher's pack as content: observable objectives, a rubric for both tasks aligned to all three
 * frameworks, a primer whose every claim is tagged and sourced from the registry, a source sheet on
 * real entries with different tags, three role cards per side, handouts that select real entries, and
 * the lesson pages (variants, misconceptions, sensitive material, homework, the whiteboard tally) held to
 * the same sourcing and to a page's worth of words.
 */
import { describe, expect, it } from 'vitest';
import { SIDES } from '../../../model/ids.ts';
import { textLeaves } from '../../textTree.ts';
import { isConfidence, quotedFragments, sourceProblems, unlistedQuotes } from '../check.ts';
import { DISPUTES } from '../disputes.ts';
import { wordCount } from '../limits.ts';
import { QUOTE_WHITELIST } from '../quotes.ts';
import { isRegisteredSource } from '../sourceRegistry.ts';
import * as A from '../sourcesAnalysis.ts';
import { TEACHER_GUIDE } from '../teacherGuide.ts';
import { TIMELINE } from '../timeline.ts';
import {
  ABOUT_HONESTY,
  DISPUTES_HANDOUT,
  type EntryRef,
  FRAMEWORK_NAMES,
  HOMEWORK,
  MAP_PLACES,
  MISCONCEPTIONS,
  OBJECTIVES,
  OBSERVABLE_VERBS,
  PACK_CONTENT,
  PACK_ITEMS,
  PACK_PAGE_WORDS,
  PACK_PAGES,
  PRIMER,
  packTexts,
  ROLE_CARDS,
  ROLE_IDS,
  RUBRIC,
  RUBRIC_LEVELS,
  SENSITIVE_TOPICS,
  SOURCE_SHEET,
  STUDENT_QUESTIONS,
  TALLY,
  TIMELINE_HANDOUTS,
  VARIANTS,
  WORKSHEETS,
} from './index.ts';

/** A step that starts with a short bold label ("Reading. …"), as the sheets set it (src/ui/packSheet.ts). */
const LABELLED = /^\p{Lu}[\p{L}-]*(?: [\p{L}\p{N}-]+){0,2}\. /u;

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

describe('the lesson pages: variants, misconceptions, sensitive material, homework, tally', () => {
  /** Every sourced claim of the pack, wherever it is printed. */
  const allClaims = [
    ...PRIMER.flatMap((s) => s.claims),
    ...MISCONCEPTIONS.flatMap((mc) => mc.claims),
    ...SENSITIVE_TOPICS.flatMap((t) => t.claims),
    ...HOMEWORK.flatMap((t) => t.claims),
  ];
  const sourceIds = (claims: readonly { sources: readonly { id: string }[] }[]) =>
    claims.flatMap((c) => c.sources.map((s) => s.id));

  it('are printed, in the order of the pack, between the teacher pages and the handouts', () => {
    const order = PACK_ITEMS.map((i) => i.id);
    expect(order.slice(0, 6)).toEqual(['about', 'objectives', 'rubric', 'variants', 'misconceptions', 'sensitive']);
    expect(order.indexOf('tally')).toBe(order.indexOf('outcome') + 1);
    expect(order.at(-1)).toBe('homework');
    expect(PACK_ITEMS.find((i) => i.id === 'tally')?.pages).toBe(2);
    expect(PACK_PAGES).toBe(21);
  });

  it('give every historical claim a tag and registered sources, each ID once', () => {
    expect(allClaims.length).toBeGreaterThan(40);
    for (const c of allClaims) {
      expect(isConfidence(c.confidence), c.id).toBe(true);
      expect(sourceProblems(c.sources), c.id).toEqual([]);
      for (const s of c.sources) expect(isRegisteredSource(s), `${c.id}: ${s.url}`).toBe(true);
    }
    const ids = allClaims.map((c) => c.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    // The check can fail: a source copied by hand is not the registry's.
    expect(isRegisteredSource({ ...A.AP_MAIN, label: 'AP, copied' })).toBe(false);
  });

  it('keep quotes to the whitelist and under 25 words', () => {
    for (const c of allClaims) {
      expect(unlistedQuotes(c.text, QUOTE_WHITELIST), c.id).toEqual([]);
      for (const q of c.text.match(/"[^"]+"/g) ?? []) expect(wordCount(q), c.id).toBeLessThan(25);
    }
  });

  it('fit each page: at most PACK_PAGE_WORDS words of prose a page', () => {
    const tables: Readonly<Record<string, readonly (keyof typeof PACK_CONTENT)[]>> = {
      variants: ['VARIANTS_TITLE', 'VARIANTS_INTRO', 'VARIANTS'],
      misconceptions: ['MISCONCEPTIONS_TITLE', 'MISCONCEPTIONS_INTRO', 'MISCONCEPTIONS'],
      sensitive: ['SENSITIVE_TITLE', 'SENSITIVE_INTRO', 'SENSITIVE_TOPICS', 'STUDENT_QUESTIONS_HEADING', 'STUDENT_QUESTIONS'],
      homework: ['HOMEWORK_TITLE', 'HOMEWORK_INTRO', 'HOMEWORK'],
      tally: ['TALLY'],
    };
    for (const [id, names] of Object.entries(tables)) {
      const words = names.flatMap((n) => textLeaves(n, PACK_CONTENT[n])).reduce((n, t) => n + wordCount(t.english), 0);
      const pages = PACK_ITEMS.find((i) => i.id === id)?.pages ?? 0;
      expect(words, id).toBeGreaterThan(50);
      expect(words, id).toBeLessThanOrEqual(PACK_PAGE_WORDS * pages);
    }
  });

  it('list five to seven misconceptions, the four the issue names among them, each set against the record', () => {
    expect(MISCONCEPTIONS.length).toBeGreaterThanOrEqual(5);
    expect(MISCONCEPTIONS.length).toBeLessThanOrEqual(7);
    const beliefs = MISCONCEPTIONS.map((mc) => mc.belief).join(' | ');
    for (const b of [
      /asked for all sanctions/,
      /Yongbyon is the whole/,
      /walkout ended diplomacy/,
      /because of the Cohen hearing/,
    ])
      expect(beliefs).toMatch(b);
    for (const mc of MISCONCEPTIONS) {
      expect(mc.id).toMatch(/^mc\.[a-zA-Z]+$/);
      expect(mc.claims.length, mc.id).toBeGreaterThan(0);
      expect(mc.inClass.trim().length, mc.id).toBeGreaterThan(10);
    }
    // The sanctions ask is disputed, and both accounts are sourced: Trump's and Ri's.
    const sanctions = MISCONCEPTIONS.find((mc) => mc.id === 'mc.allSanctions');
    expect(sanctions?.claims.some((c) => c.confidence === 'D')).toBe(true);
    expect(sourceIds(sanctions?.claims ?? [])).toEqual(expect.arrayContaining(['CGTN_NODEAL', 'ASIATIMES']));
    // The Cohen hearing: its timing is confirmed, a cause is not claimed.
    const cohen = MISCONCEPTIONS.find((mc) => mc.id === 'mc.cohen');
    expect(cohen?.inClass).toMatch(/No source in the record says the hearing caused the walkout/);
    expect(cohen?.claims.map((c) => c.text).join(' ')).not.toMatch(/\b(because|caused|led to)\b/);
  });

  it('handle Warmbier and human rights by what the record holds, and say what it does not', () => {
    const ids = SENSITIVE_TOPICS.map((t) => t.id);
    expect(ids).toEqual(['sens.warmbier', 'sens.humanRights', 'sens.dprkInClass', 'sens.dramatization']);
    for (const id of ['sens.warmbier', 'sens.humanRights']) {
      const t = SENSITIVE_TOPICS.find((x) => x.id === id);
      expect(t?.gap, id).toMatch(/record behind this game does not/);
      expect(t?.claims.length, id).toBe(1);
    }
    // The Warmbier remark is the dossier's own words, whitelisted as sensitive.
    const remark = SENSITIVE_TOPICS[0].claims[0].text;
    expect(quotedFragments(remark)).toEqual([QUOTE_WHITELIST.at(-1)]);
    const advice = SENSITIVE_TOPICS.flatMap((t) => t.advice).join(' ');
    expect(advice).toMatch(/No caricature/);
    expect(advice).toMatch(/Korean family ties/);
    expect(advice).toMatch(/caption naming the side/);
    expect(STUDENT_QUESTIONS.length).toBeGreaterThanOrEqual(3);
    for (const q of STUDENT_QUESTIONS) expect(q.question, q.id).toMatch(/\?$/);
  });

  it('give a high-school and a university plan, each with start links and labelled steps', () => {
    expect(VARIANTS.map((v) => v.id)).toEqual(['var.highSchool', 'var.university']);
    for (const v of VARIANTS) {
      expect(v.links.length, v.id).toBeGreaterThan(0);
      for (const l of v.links) expect(l.url, v.id).toMatch(/^\?[a-z]+=/);
      for (const s of v.steps) expect(LABELLED.test(s), `${v.id}: ${s}`).toBe(true);
    }
    // The high-school plan is the one-lesson game: the dispute, in class length.
    expect(VARIANTS[0].links.every((l) => /start=dispute/.test(l.url) && /length=class/.test(l.url))).toBe(true);
    expect(VARIANTS[1].links.some((l) => /start=beginning/.test(l.url) && /length=full/.test(l.url))).toBe(true);
  });

  it('set homework on Stockholm, the aftermath, a memoir against a statement, and a what-if, saying where the record stops', () => {
    expect(HOMEWORK.map((t) => t.id)).toEqual(['hw.stockholm', 'hw.aftermath', 'hw.memoirs', 'hw.whatIf']);
    expect(sourceIds(HOMEWORK[0].claims)).toContain('NKNEWS_STOCKHOLM');
    expect(HOMEWORK[1].gap).toMatch(/does not cover what happened in 2020/);
    // A memoir and a DPRK statement, side by side.
    expect(sourceIds(HOMEWORK[2].claims)).toEqual(expect.arrayContaining(['HANI_BOLTON', 'HANOI_TIMES']));
    expect(HOMEWORK[3].task).toMatch(/branch map/);
  });

  it('tally enough tables for a class of 30 in pairs', () => {
    expect(TALLY.tables).toBeGreaterThanOrEqual(15);
    expect(TALLY.classMode).toMatch(/Run a class/);
  });
});
