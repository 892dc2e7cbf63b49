import { describe, expect, it } from 'vitest';
import { BEATS, ENDINGS, ISSUES } from '../sim/session/index.ts';
import {
  type ContentTranslation,
  contentEnglish,
  contentLookup,
  contentStrings,
  localizeView,
  placeholdersOf,
} from './contentText.ts';

/** A small test-only second locale, as a translator would hand it back (a few keys, not all). */
const FAKE_LOCALE: ContentTranslation = {
  [`beat.${BEATS[0].id}.title`]: `[xx] ${BEATS[0].title}`,
  [`choice.${BEATS[0].choices[0].id}.label`]: `[xx] ${BEATS[0].choices[0].label}`,
  'ending.walkout.title': '[xx] walkout',
  [`issue.${ISSUES[0].id}.level.1`]: `[xx] ${ISSUES[0].levels[1]}`,
};

/** The problems of a translation: keys the English lacks, and texts whose placeholders differ. */
function translationProblems(translation: ContentTranslation): string[] {
  return Object.entries(translation).flatMap(([key, text]) => {
    const english = contentEnglish(key);
    if (english === undefined) return [`${key}: no such key in English`];
    const want = placeholdersOf(english).join(',');
    const got = placeholdersOf(text).join(',');
    return want === got ? [] : [`${key}: placeholders {${got}} instead of {${want}}`];
  });
}

describe('content text keyed by stable IDs', () => {
  const strings = contentStrings();

  it('gives every string a unique key', () => {
    const seen = new Map<string, number>();
    for (const s of strings) seen.set(s.key, (seen.get(s.key) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1).map(([key]) => key)).toEqual([]);
  });

  it('covers beats, choices, endings, issue levels and the glossary, with their English', () => {
    const beat = BEATS[0];
    const keys = new Map(strings.map((s) => [s.key, s.english]));
    expect(keys.get(`beat.${beat.id}.title`)).toBe(beat.title);
    expect(keys.get(`beat.${beat.id}.text`)).toBe(beat.text);
    expect(keys.get(`choice.${beat.choices[0].id}.label`)).toBe(beat.choices[0].label);
    for (const [id, ending] of Object.entries(ENDINGS)) expect(keys.get(`ending.${id}.title`)).toBe(ending.title);
    expect(keys.get(`issue.${ISSUES[0].id}.level.2`)).toBe(ISSUES[0].levels[2]);
    expect(strings.filter((s) => s.key.startsWith('glossary.')).length).toBeGreaterThan(10);
    expect(strings.every((s) => s.english.trim().length > 0)).toBe(true);
  });

  it('accepts the fake second locale: every key exists in English with the same placeholders', () => {
    expect(translationProblems(FAKE_LOCALE)).toEqual([]);
  });

  it('catches a translation with an unknown key or different placeholders', () => {
    expect(translationProblems({ 'beat.nope.title': 'x', [`beat.${BEATS[0].id}.title`]: '{who} arrives' })).toEqual([
      'beat.nope.title: no such key in English',
      `beat.${BEATS[0].id}.title: placeholders {who} instead of {}`,
    ]);
  });

  it('looks a key up in the loaded locale, falling back to the English', () => {
    const text = contentLookup(FAKE_LOCALE);
    expect(text(`beat.${BEATS[0].id}.title`)).toBe(`[xx] ${BEATS[0].title}`);
    expect(text(`beat.${BEATS[1].id}.title`)).toBe(BEATS[1].title);
    expect(contentLookup()(`beat.${BEATS[0].id}.title`)).toBe(BEATS[0].title);
    expect(text('beat.nope.title')).toBe('beat.nope.title');
  });
});

describe('a View in a translation', () => {
  it('shows the translated beat, choices, advisers and note, and English where the translation is silent', async () => {
    const { Session } = await import('../sim/session/session.ts');
    const session = Session.start({ seats: { us: 'human', dprk: 'ai' }, mode: 'historical' }, 3);
    const view = session.view('us');
    const beat = view.beat;
    if (!beat) throw new Error('no beat');
    expect(localizeView(view, null)).toBe(view);
    const translation: ContentTranslation = {
      [`beat.${beat.id}.title`]: 'XX title',
      [`choice.${view.choices[0].id}.label`]: 'XX choice',
      ...(beat.advisers[0]
        ? { [`note.${beat.advisers[0].id}`]: 'XX note', [`adviser.${beat.advisers[0].adviser}.name`]: 'XX role' }
        : {}),
    };
    // Every key used is a real content key.
    for (const key of Object.keys(translation)) expect(contentEnglish(key), key).toBeDefined();
    const local = localizeView(view, translation);
    expect(local.beat?.title).toBe('XX title');
    expect(local.beat?.text).toBe(beat.text);
    expect(local.choices[0].label).toBe('XX choice');
    expect(local.choices.slice(1).map((c) => c.label)).toEqual(view.choices.slice(1).map((c) => c.label));
    if (beat.advisers[0]) expect(local.beat?.advisers[0]).toMatchObject({ text: 'XX note', role: 'XX role' });
    // The core's own View is untouched.
    expect(session.view('us')).toEqual(view);
  });
});
