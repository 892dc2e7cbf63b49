/**
 * Short real quotes for debrief screens, ONLY from hanoi-dossier.md §4, verbatim, each under 25 words.
 * Everything else in the game is paraphrase. A content test checks that every quote shown anywhere is a
 * part of one of the strings in QUOTE_WHITELIST, and that each of those appears verbatim in the dossier.
 */
import type { Confidence, Source } from '../types.ts';
import * as S from './sources.ts';
import * as A from './sourcesAnalysis.ts';

export interface Quote {
  readonly id: string;
  /** Verbatim, with the dossier's ellipses; fewer than 25 words. */
  readonly text: string;
  /** Unquoted lead-in the dossier prints before the quote, e.g. "North Korea" in: North Korea "is unlikely…". */
  readonly lead?: string;
  readonly speaker: string;
  /** Where it was said, e.g. "press conference, JW Marriott". */
  readonly setting?: string;
  /** ISO date. */
  readonly date: string;
  readonly source: Source;
  /** Further sources where the dossier gives more than one. */
  readonly otherSources?: readonly Source[];
  /** C unless the attribution or the report itself is only reported (R) or disputed (D). */
  readonly confidence: Confidence;
  /** A caveat on attribution, shown with the quote. */
  readonly note?: string;
}

/** Every quote string in dossier §4, copied verbatim (including the two in its handling notes). */
export const QUOTE_WHITELIST: readonly string[] = [
  'Sometimes you have to walk, and this was just one of those times.',
  "Basically, they wanted the sanctions lifted in their entirety, and we couldn't do that.",
  "I'd much rather do it right than do it fast.",
  "That facility, while very big, wasn't enough to do what we are doing.",
  'We brought many, many points up that I think they were surprised that we knew.',
  "He has a certain vision. It's not exactly our vision, but it's a lot closer than it was a year ago.",
  "This wasn't a walk away like you get up and walk out.",
  'A political what?',
  'Here we are today after 261 days, in Hanoi together.',
  "If I'm not willing to do that, I won't be here right now.",
  'I do have a feeling that good results will come out.',
  'What we proposed was not the removal of all sanctions, but the partial removal.',
  '...permanently and completely dismantle all the nuclear material production facilities in the Yongbyon area, including plutonium and uranium...',
  "got the feeling that he didn't understand the way Americans calculate.",
  'I have a feeling that Chairman Kim may have lost the will...',
  'I wish we could have gotten a little bit further.',
  "We asked him to do more. He was unprepared to do that, but I'm still optimistic.",
  'No agreement was reached at this time, but their respective teams look forward to meeting in the future.',
  'in a position of subsidizing the ongoing development of weapons of mass destruction.',
  "I don't consider the summit a failure.",
  'I would be very, very disappointed in Chairman Kim...',
  '...the chemistry is mysteriously wonderful.',
  'For what reason do we have to make this train trip again?',
  '...the Hanoi summit was not actually a source of disappointment...',
  'is unlikely to completely give up its nuclear weapons and production capabilities.',
  'not fulfilled our expectations and broke down.',
  '...will not overcome a legacy of 70 years of war and hostility on the Korean Peninsula through the course of a single Saturday.',
  // Handling notes: attribution disputed (show without a speaker or flag it).
  'an opportunity that may not come again',
  // Handling notes: sensitive (Otto Warmbier); use only with classroom context. Not in QUOTES.
  "He tells me he didn't know about it and I will take him at his word",
];

const q = (
  id: string,
  text: string,
  speaker: string,
  date: string,
  source: Source,
  extra: Partial<Pick<Quote, 'lead' | 'setting' | 'otherSources' | 'confidence' | 'note'>> = {},
): Quote => ({ id, text, speaker, date, source, confidence: 'C', ...extra });

const TRUMP = 'Donald Trump';
const KIM = 'Kim Jong Un';
const CHOE = 'Choe Son-hui';

export const QUOTES: readonly Quote[] = [
  q('q.trump.walk', QUOTE_WHITELIST[0], TRUMP, '2019-02-28', S.YAHOO_WALK, { setting: 'press conference, JW Marriott' }),
  q('q.trump.entirety', QUOTE_WHITELIST[1], TRUMP, '2019-02-28', A.CGTN_NODEAL, { setting: 'press conference' }),
  q('q.trump.rightNotFast', QUOTE_WHITELIST[2], TRUMP, '2019-02-28', S.KSL),
  q('q.trump.facility', QUOTE_WHITELIST[3], TRUMP, '2019-02-28', A.AP_MAIN, { setting: 'on Yongbyon' }),
  q('q.trump.surprised', QUOTE_WHITELIST[4], TRUMP, '2019-02-28', A.HANI_KANGSON, { setting: 'on sites beyond Yongbyon' }),
  q('q.trump.vision', QUOTE_WHITELIST[5], TRUMP, '2019-02-28', S.AUTHORY_DENYER),
  q('q.trump.notAWalkAway', QUOTE_WHITELIST[6], TRUMP, '2019-02-28', A.INITIALNEWS),
  q('q.trump.politicalWhat', QUOTE_WHITELIST[7], TRUMP, '2019-02-28', S.HANOIECOMMERCE, {
    setting: 'asked about an end-of-war declaration',
  }),
  q('q.kim.261days', QUOTE_WHITELIST[8], KIM, '2019-02-27', S.UCSB, { setting: 'opening remarks, Metropole' }),
  q('q.kim.wouldNotBeHere', QUOTE_WHITELIST[9], KIM, '2019-02-28', S.HANOIECOMMERCE, {
    setting: 'asked if he was ready to denuclearize (interpreted)',
  }),
  q('q.kim.goodResults', QUOTE_WHITELIST[10], KIM, '2019-02-28', S.CENTRELINE, { setting: 'to the Washington Post' }),
  q('q.ri.partial', QUOTE_WHITELIST[11], 'Ri Yong Ho', '2019-03-01', A.HANOI_TIMES, {
    setting: 'midnight press conference, Melia',
  }),
  q('q.ri.yongbyon', QUOTE_WHITELIST[12], 'Ri Yong Ho', '2019-03-01', A.HANOI_TIMES, {
    setting: 'midnight press conference, Melia',
  }),
  q('q.choe.calculate', QUOTE_WHITELIST[13], CHOE, '2019-03-01', A.DAILY_MAIL, {
    lead: 'Kim',
    setting: 'midnight press conference, Melia',
    otherSources: [A.CGTN_RI],
    confidence: 'D',
    note: "Most outlets name Choe Son-hui; CGTN places the line in Ri Yong Ho's part.",
  }),
  q('q.choe.lostWill', QUOTE_WHITELIST[14], CHOE, '2019-03-01', A.NYDN, { setting: 'midnight press conference, Melia' }),
  q('q.unattributed.opportunity', QUOTE_WHITELIST[27], 'Ri Yong Ho or Choe Son-hui (disputed)', '2019-03-01', A.CGTN_RI, {
    setting: 'midnight press conference, Melia',
    otherSources: [A.NYDN],
    confidence: 'D',
    note: 'CGTN attributes the line to Ri Yong Ho; one New York Daily News version gives it to Choe Son-hui.',
  }),
  q('q.pompeo.further', QUOTE_WHITELIST[15], 'Mike Pompeo', '2019-02-28', A.AP_MAIN),
  q('q.pompeo.doMore', QUOTE_WHITELIST[16], 'Mike Pompeo', '2019-02-28', A.EVEPD, {
    confidence: 'R',
    note: 'Known to us only through a reprint.',
  }),
  q('q.sanders.noAgreement', QUOTE_WHITELIST[17], 'Sarah Sanders', '2019-02-28', A.AP_MAIN, { setting: 'White House statement' }),
  q('q.state.subsidizing', QUOTE_WHITELIST[18], 'Senior State Department official', '2019-03-01', S.STARCONNECT, {
    lead: 'Sanctions relief would put the US',
    setting: 'briefing in Manila',
    otherSources: [A.ATLANTIC],
  }),
  q('q.bolton.notFailure', QUOTE_WHITELIST[19], 'John Bolton', '2019-03-03', A.CBS_BOLTON, { setting: 'CBS Face the Nation' }),
  q('q.trump.disappointed', QUOTE_WHITELIST[20], TRUMP, '2019-03-06', A.SPL_SOHAE, { setting: 'on reports about Sohae' }),
  q('q.choe.chemistry', QUOTE_WHITELIST[21], CHOE, '2019-03-15', A.HILL_POMPEO, { setting: 'press conference, Pyongyang' }),
  q('q.kim.trainTrip', QUOTE_WHITELIST[22], 'Kim Jong Un, as quoted by Choe Son-hui', '2019-03-15', A.LATIMES_CHOE, {
    setting: 'press conference, Pyongyang',
  }),
  q('q.moon.notDisappointment', QUOTE_WHITELIST[23], 'Moon Jae-in', '2019-04-11', A.CGTN_MOON, { setting: 'Oval Office' }),
  q(
    'q.coats.unlikely',
    QUOTE_WHITELIST[24],
    'Dan Coats, Director of National Intelligence',
    '2019-01-29',
    S.DAILY_AMERICAN_COATS,
    {
      lead: 'North Korea',
      setting: 'Senate testimony',
    },
  ),
  q('q.kimMyongGil.brokeDown', QUOTE_WHITELIST[25], 'Kim Myong Gil', '2019-10-05', A.TVNZ_STOCKHOLM, {
    lead: 'The talks',
    setting: 'Stockholm',
  }),
  q('q.ortagus.saturday', QUOTE_WHITELIST[26], 'Morgan Ortagus', '2019-10-05', A.TVNZ_STOCKHOLM, {
    setting: 'on the Stockholm talks',
  }),
];

export const quoteById = (id: string): Quote | undefined => QUOTES.find((x) => x.id === id);

/** Whose side a speaker spoke for: the US, North Korea, or neither (Seoul). */
export type QuoteSide = 'us' | 'dprk' | 'other';

const DPRK_SPEAKERS = new Set([
  KIM,
  CHOE,
  'Ri Yong Ho',
  'Ri Yong Ho or Choe Son-hui (disputed)',
  'Kim Jong Un, as quoted by Choe Son-hui',
  'Kim Myong Gil',
]);
const OTHER_SPEAKERS = new Set(['Moon Jae-in']);

export const quoteSide = (x: Quote): QuoteSide =>
  DPRK_SPEAKERS.has(x.speaker) ? 'dprk' : OTHER_SPEAKERS.has(x.speaker) ? 'other' : 'us';

/**
 * The quotes "In their words" shows in the debrief: both sides of each claim, in pairs where they answer
 * each other (Trump's "in their entirety" beside Ri's "partial removal"), so the screen does not tell
 * one side's story.
 */
export const DEBRIEF_QUOTE_IDS: readonly string[] = [
  'q.trump.walk',
  'q.kim.wouldNotBeHere',
  'q.trump.entirety',
  'q.ri.partial',
  'q.trump.facility',
  'q.ri.yongbyon',
  'q.pompeo.further',
  'q.choe.lostWill',
  'q.state.subsidizing',
  'q.choe.calculate',
];

export const DEBRIEF_QUOTES: readonly Quote[] = DEBRIEF_QUOTE_IDS.map((id) => {
  const found = quoteById(id);
  if (!found) throw new Error(`debrief quote ${id} is not in QUOTES`);
  return found;
});
