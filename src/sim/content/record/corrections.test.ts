/**
 * The corrected facts stay corrected: each fact the lesson review fixed (against hanoi-dossier.md and its
 * sources) is pinned here by the words that carry it, so a later edit cannot quietly bring the error back.
 */
import { describe, expect, it } from 'vitest';
import { BEATS } from '../beats/index.ts';
import type { Beat } from '../types.ts';
import { GLOSSARY } from './glossary.ts';
import { DEBRIEF_QUOTES, QUOTES, quoteSide } from './quotes.ts';
import { allRecordTexts } from './texts.ts';
import { TIMELINE } from './timeline.ts';

const beat = (id: string): Beat => {
  const b = BEATS.find((x) => x.id === id);
  if (!b) throw new Error(`no beat ${id}`);
  return b;
};
const entry = (id: string) => {
  const e = TIMELINE.find((x) => x.id === id);
  if (!e) throw new Error(`no timeline entry ${id}`);
  return e;
};
const term = (id: string) => {
  const g = GLOSSARY.find((x) => x.id === id);
  if (!g) throw new Error(`no glossary term ${id}`);
  return g;
};
/** Every player-facing word of a beat: title, place, setting, advisers, note, choices. */
const beatWords = (b: Beat): string =>
  [
    b.title,
    b.location,
    b.text,
    ...b.advisers.map((a) => a.text),
    b.history?.text ?? '',
    b.history?.caveat ?? '',
    ...b.choices.flatMap((c) => [c.label, c.outcome, c.disabledReason ?? '']),
  ].join('\n');
const allContent = (): string => [...BEATS.map(beatWords), ...allRecordTexts().map((t) => t.text)].join('\n');

describe('corrected facts', () => {
  it('dates the Sohae dismantling from July 2018 and the written pledge to Seoul on 19 September', () => {
    const text = beat('after.sohae').text;
    expect(text).toContain('July 2018');
    expect(text).toContain('19 September');
    expect(text).not.toMatch(/taken apart in 2018, after Pyongyang promised Seoul/);
  });

  it('calls the New York meeting postponed in advance, not a no-show', () => {
    const b = beat('brief.nyNoShow');
    const words = beatWords(b);
    expect(words).not.toMatch(/no-show|no show/i);
    expect(b.title).toMatch(/postponed/i);
    expect(b.history?.text).toContain('7 November');
    expect(beatWords(beat('pre.snubDPRK')) + beatWords(beat('pre.snubUS'))).not.toMatch(/no-show/i);
  });

  it('puts the 9 May launches at Kusong and only 4 May on the Hodo peninsula', () => {
    const e = entry('tl.mayLaunches');
    expect(`${e.place} ${e.text}`).toContain('Kusong');
    expect(e.text).toMatch(/Hodo peninsula near Wonsan on 4 May/);
    const b = beat('after.missiles');
    expect(b.history?.text).toMatch(/9 May.*Kusong/);
    expect(beatWords(b)).not.toMatch(/Hodo peninsula on 4 May and again on 9 May/);
  });

  it('places Kim\'s "If I\'m not willing" answer at 11:03, after his answer to the Washington Post', () => {
    const garden = beat('talks.garden');
    expect(garden.history?.text).toMatch(/11:03/);
    expect(garden.history?.text).toMatch(/Washington Post/);
    expect(beatWords(garden)).not.toMatch(/first time he had answered/);
    expect(garden.choices.find((c) => c.historical)?.outcome).not.toContain("If I'm not willing");
    expect(beat('talks.remarks').history?.text).toContain("If I'm not willing to do that, I won't be here right now.");
    expect(entry('tl.remarks').text).toMatch(/Kim.*would not be there/);
    expect(entry('tl.garden').text).not.toMatch(/would not have come/);
  });

  it('spells Choe Son-hui one way everywhere, and gives Biegun Kim Hyok Chol in Pyongyang', () => {
    const words = allContent();
    expect(words).toContain('Choe Son-hui');
    expect(words.match(/Ch?oe?\s?Son[\s-]?[Hh]ui/g)?.every((x) => x === 'Choe Son-hui')).toBe(true);
    expect(words).not.toMatch(/Choe Son Hui|Choe Son-Hui|Choe Sonhui|Choi Son/);
    expect(beat('pre.pyongyang').text).toContain('Kim Hyok Chol');
    expect(beat('pre.pyongyang').stage.cast.dprk).not.toContain('choe');
  });

  it('reconciles the press conference: scheduled 15:30, held at about 14:00', () => {
    const presser = entry('tl.trumpPress');
    expect(presser.dateLabel).toContain('14:00');
    expect(presser.text).toContain('15:30');
    expect(presser.text).not.toMatch(/^With Pompeo beside him, Trump held his press conference about two hours early/);
    const note = beat('end.pressUS').history;
    expect(note?.text).toMatch(/14:00.*15:30/);
    expect(beat('end.pressUS').text).toMatch(/15:30.*14:00/);
  });

  it('sources the 15:08 departure with the reports that give it', () => {
    const note = beat('end.pressUS').history;
    expect(note?.text).toContain('15:08');
    const ids = note?.sources.map((s) => s.id) ?? [];
    for (const id of entry('tl.departure').sources.map((s) => s.id)) expect(ids).toContain(id);
  });

  it('gives no 53-minute figure from a source dated the day before the meeting', () => {
    expect(entry('tl.panmunjom').text).not.toContain('53 minutes');
    expect(beatWords(beat('after.panmunjom'))).not.toContain('53 minutes');
    expect(entry('tl.panmunjom').sources.some((s) => s.label.includes('29 Jun'))).toBe(true);
    expect(entry('tl.panmunjom').text).toContain('29 June');
  });

  it('flags the CNN claim in the confirmed collapse note as reported', () => {
    const note = beat('end.decision').history;
    expect(note?.text).toContain('CNN source');
    expect(note?.confidence).toBe('C');
    expect(note?.caveat).toMatch(/Reported \[R\].*CNN/);
  });

  it('calls the five resolutions North Korea asked to lift an inference', () => {
    for (const n of ['2270', '2321', '2371', '2375', '2397']) expect(term(`g.unscr${n}`).definition).toMatch(/inference \[R\]/);
  });

  it('dates the moratorium, the United Front post and the Libya decision right', () => {
    expect(term('g.moratorium').definition).toContain('20–21 April 2018');
    expect(term('g.unitedFront').definition).toContain('until April 2019');
    expect(term('g.libyaModel').definition).toMatch(/December 2003.*January–March 2004/);
  });

  it("adds Pompeo's missiles-and-warheads remark and says no working-level talks were set after Hanoi", () => {
    const presser = entry('tl.trumpPress');
    expect(presser.text).toMatch(/Pompeo said .*missiles, warheads and weapons systems/);
    expect(presser.sources.some((s) => s.id === 'ICMSS_MISSILES')).toBe(true);
    expect(presser.caveat).toMatch(/Pompeo/);
    const stockholm = entry('tl.stockholm');
    expect(stockholm.text).toMatch(/first working-level talks since Hanoi: none had been scheduled/);
    expect(stockholm.sources.some((s) => s.id === 'AP_MAIN')).toBe(true);
  });

  it('leaves no source ID in the prose', () => {
    expect(allContent()).not.toMatch(/\b[A-Z0-9]+_[A-Z0-9_]+\b/);
  });
});

describe('the quotes in the debrief', () => {
  it('show both sides, each sourced and tagged', () => {
    const sides = new Set(DEBRIEF_QUOTES.map(quoteSide));
    expect(sides.has('us')).toBe(true);
    expect(sides.has('dprk')).toBe(true);
    const us = DEBRIEF_QUOTES.filter((q) => quoteSide(q) === 'us').length;
    const dprk = DEBRIEF_QUOTES.filter((q) => quoteSide(q) === 'dprk').length;
    expect(Math.abs(us - dprk)).toBeLessThanOrEqual(1);
    for (const q of DEBRIEF_QUOTES) {
      expect(QUOTES).toContain(q);
      expect(q.source.url).toMatch(/^https?:\/\//);
      expect(['C', 'R', 'D', 'U']).toContain(q.confidence);
    }
  });

  it('set Ri\'s "partial removal" beside Trump\'s "in their entirety"', () => {
    const texts = DEBRIEF_QUOTES.map((q) => q.text);
    const entirety = texts.findIndex((t) => t.includes('in their entirety'));
    const partial = texts.findIndex((t) => t.includes('partial removal'));
    expect(entirety).toBeGreaterThanOrEqual(0);
    expect(partial).toBe(entirety + 1);
  });

  it('include Kim, Choe and Pompeo', () => {
    const speakers = DEBRIEF_QUOTES.map((q) => q.speaker);
    for (const who of ['Kim Jong Un', 'Choe Son-hui', 'Mike Pompeo', 'Ri Yong Ho', 'Donald Trump'])
      expect(speakers).toContain(who);
  });
});
