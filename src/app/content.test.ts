/**
 * A second locale needs only its translation files: with a pseudo-translation of every content key
 * loaded, every content table a front end can import from `app/content.ts` reads translated, every key
 * is read by some table (none is a dead entry a translator would write for nothing), and the core's
 * problems and the app's own sentences built from content come out translated too.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { BEATS, ISSUES as ISSUES_EN, PROBLEM_IDS, type ProblemId } from '../sim/session/index.ts';
import { SaveError } from '../sim/session/save.ts';
import { ShareCodeError } from '../sim/session/shareCode.ts';
import { Timeline } from '../sim/session/timeline.ts';
import * as content from './content.ts';
import { contentStrings } from './contentText.ts';
import { historyEntries } from './historyModel.ts';
import { describePackage } from './packages.ts';

/** Marks a text as translated, keeping its placeholders as they are. */
const pseudo = (english: string) => `⟦${english}⟧`;
const PSEUDO = Object.fromEntries(contentStrings().map((s) => [s.key, pseudo(s.english)]));
const translated = (text: string | undefined) => typeof text === 'string' && text.startsWith('⟦') && text.endsWith('⟧');

/** Every string reachable from a value, skipping the fields that are data, not text. */
function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsIn(v, out);
  else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) if (k !== 'sources' && k !== 'source') stringsIn(v, out);
  return out;
}

describe('content in the reader’s language', () => {
  content.useContentTranslation(PSEUDO);
  afterAll(() => content.useContentTranslation({}));

  it('reads every content table translated', () => {
    expect(content.ISSUES.every((i) => translated(i.name) && i.levels.every(translated))).toBe(true);
    expect(Object.values(content.PRESETS).every((p) => translated(p.name))).toBe(true);
    expect(Object.values(content.ENDINGS).every((e) => translated(e.title) && translated(e.summary))).toBe(true);
    expect(content.EVENTS.every((e) => translated(e.title) && translated(e.text))).toBe(true);
    expect(content.FACILITIES.every((f) => translated(f.name) && translated(f.role))).toBe(true);
    expect(content.GLOSSARY.every((g) => translated(g.term) && translated(g.definition))).toBe(true);
    expect(content.TIMELINE.every((e) => translated(e.text) && translated(e.place))).toBe(true);
    expect(content.DISPUTES.every((d) => translated(d.question) && d.accounts.every((a) => translated(a.claim)))).toBe(true);
    expect(content.BRIEFS.us.confidential.sections.every((s) => translated(s.heading) && s.paragraphs.every(translated))).toBe(
      true,
    );
    expect(translated(content.PUBLIC_BRIEF.title)).toBe(true);
    expect(content.TEACHER_GUIDE.plan.every((p) => translated(p.label) && translated(p.text))).toBe(true);
    expect(Object.values(content.STAGE_LABELS).every(translated)).toBe(true);
    expect(
      Object.values(content.ENDING_PROMPTS)
        .flat()
        .every((p) => translated(p.text)),
    ).toBe(true);
    expect(content.QUOTES.every((q) => translated(q.speaker) && !translated(q.text))).toBe(true);
    expect(translated(content.ROLLOUT_POLICY)).toBe(true);
    expect(content.START_POINTS.every((p) => translated(p.name) && p.soFar.every((c) => translated(c.text)))).toBe(true);
    expect(translated(content.PACK.PRIMER_TITLE) && content.PACK.OBJECTIVES.every((o) => translated(o.text))).toBe(true);
    for (const beat of BEATS) {
      const local = content.beatById(beat.id);
      expect(translated(local?.title), beat.id).toBe(true);
      for (const c of beat.choices) expect(translated(content.choiceById(c.id)?.choice.label), c.id).toBe(true);
    }
    // The English tables themselves are untouched.
    expect(translated(ISSUES_EN[0].name)).toBe(false);
  });

  it('reads every key a translator is given (no dead keys)', () => {
    const reachable = new Set([
      ...stringsIn([
        content.ISSUES,
        content.PRESETS,
        content.ENDINGS,
        content.EVENTS,
        content.FACILITIES,
        content.ADVISERS,
        content.GLOSSARY,
        content.TIMELINE,
        content.DISPUTES,
        content.BRIEFS,
        content.PUBLIC_BRIEF,
        content.TEACHER_GUIDE,
        content.STAGE_LABELS,
        content.ENDING_PROMPTS,
        content.CONCEPT_PROMPTS,
        content.ENDING_COUNTERFACTUALS,
        content.COUNTERFACTUALS,
        content.QUOTES,
        content.ROLLOUT_POLICY,
        content.PACK,
        content.START_POINTS,
        BEATS.map((b) => content.beatById(b.id)),
      ]),
    ]);
    const problemKeys = new Set(PROBLEM_IDS.flatMap((id) => [`problem.${id}`, `problem.${id}.one`, `problem.${id}.other`]));
    const unread = Object.entries(PSEUDO)
      .filter(([key, text]) => !reachable.has(text) && !problemKeys.has(key))
      .map(([key]) => key);
    expect(unread).toEqual([]);
  });

  it('words the app’s own sentences from the translated content', () => {
    expect(describePackage(ISSUES_EN.map(() => 0))).toContain(pseudo(ISSUES_EN[0].name));
    const names = content.facilityNames(['yb.reactor5mw', 'yb.reprocessing']);
    expect(names).toContain(content.FACILITIES[0].name);
    const timeline = new Timeline(3, { seats: { us: 'human', dprk: 'human' } });
    const view = timeline.session.view('us');
    const by = view.turn?.side ?? 'us';
    expect(timeline.act({ type: 'CHOOSE', by, choiceId: timeline.session.view(by).choices[0].id }).ok).toBe(true);
    const first = historyEntries(timeline).find((e) => e.beatTitle);
    expect(first && translated(first.beatTitle)).toBe(true);
    const term = content.GLOSSARY[0];
    expect(content.findGlossaryTerms(`see ${term.term} here`)).toContain(term.id);
  });

  it('words the core’s problems in the translation, plural variants and nested problems included', () => {
    const shown = (err: unknown) => content.problemText(err);
    expect(shown(new SaveError('save_not_json'))).toBe(PSEUDO['problem.save_not_json']);
    expect(shown(new ShareCodeError('code_version_unknown', { latest: 2 }))).toBe(
      pseudo("The code's format version is not one this game reads (versions 1 to 2)."),
    );
    const nested = new SaveError('save_bad_settings', { reason: { id: 'settings_drills', params: {} } });
    expect(shown(nested)).toBe(pseudo(`The save's settings are not valid: ${pseudo('drills must be true or false.')}`));
    const one: ProblemId = 'replay_dropped';
    expect(shown({ id: one, params: { dropped: 1, moves: 4 } })).toBe(
      PSEUDO['problem.replay_dropped.one'].replace('{dropped}', '1').replace('{moves}', '4'),
    );
    expect(shown({ id: one, params: { dropped: 2, moves: 4 } })).toContain('were dropped');
    // A problem message in English is still there for logs and the CLI.
    expect(nested.message).toBe("The save's settings are not valid: drills must be true or false.");
  });

  it('goes back to the English when the translation is taken away', () => {
    content.useContentTranslation({});
    expect(content.ISSUES[0].name).toBe(ISSUES_EN[0].name);
    expect(content.beatById(BEATS[0].id)?.title).toBe(BEATS[0].title);
    content.useContentTranslation(PSEUDO);
    expect(translated(content.beatById(BEATS[0].id)?.title)).toBe(true);
  });
});
