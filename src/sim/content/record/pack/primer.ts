/**
 * The two-page primer of the teacher's pack: the background a class needs before the summit, in our own
 * sentences, every claim from hanoi-dossier.md with its tag and its sources from the registry. Where the
 * dossier is silent (the 1994 Agreed Framework, the Six-Party Talks) the section says so in `gap` and
 * claims nothing: the pack does not state history it cannot source. The map's places are named here;
 * where they sit on the drawing is the front end's business (src/ui/packMap.ts).
 */
import type { Confidence, Source } from '../../types.ts';
import * as S from '../sources.ts';
import * as A from '../sourcesAnalysis.ts';

export interface PrimerClaim {
  /** Stable ID, `pr.<section>.<slug>`. */
  readonly id: string;
  /** Our own words; quotes only from the whitelist (quotes.ts). */
  readonly text: string;
  readonly confidence: Confidence;
  readonly sources: readonly Source[];
}

export interface PrimerSection {
  /** Stable ID, `pr.<slug>`. */
  readonly id: string;
  readonly heading: string;
  /** Which of the primer's two printed pages it is on. */
  readonly page: 1 | 2;
  readonly claims: readonly PrimerClaim[];
  /** What the sourced record does not cover, said plainly instead of filled in. */
  readonly gap?: string;
}

export const PRIMER_TITLE = 'Primer: how the two sides reached Hanoi';

export const PRIMER_INTRO =
  'Each sentence carries a tag: [C] confirmed, [R] reported, [D] disputed, [U] unverified. Sources are listed after each section.';

export const PRIMER: readonly PrimerSection[] = [
  {
    id: 'pr.war',
    heading: 'The Korean War and the armistice',
    page: 1,
    claims: [
      {
        id: 'pr.war.armistice',
        text: 'The fighting of the Korean War stopped in 1953 with an armistice, not a peace treaty.',
        confidence: 'C',
        sources: [S.STRAITS_SINGAPORE],
      },
      {
        id: 'pr.war.endOfWar',
        text: 'An end-of-war declaration, discussed before Hanoi, would be a political statement that the 1950–53 war is over: not binding, and short of a peace treaty.',
        confidence: 'C',
        sources: [S.JT_ENDWAR],
      },
      {
        id: 'pr.war.remains',
        text: 'On 27 July 2018, the anniversary of the armistice, a US plane flew 55 cases of presumed US war remains out of North Korea.',
        confidence: 'C',
        sources: [S.KURV_REMAINS, S.WTVR_REMAINS],
      },
      {
        id: 'pr.war.panmunjom',
        text: 'Panmunjom lies in the demilitarized zone between the two Koreas. There, on 30 June 2019, Trump became the first sitting US president to step into North Korea.',
        confidence: 'C',
        sources: [A.WAPO_DMZ],
      },
      {
        id: 'pr.war.legacy',
        text: 'After the failed talks in Stockholm in October 2019, Morgan Ortagus, for the US side, spoke of "a legacy of 70 years of war and hostility on the Korean Peninsula."',
        confidence: 'C',
        sources: [A.TVNZ_STOCKHOLM],
      },
    ],
  },
  {
    id: 'pr.agreedFramework',
    heading: 'Yongbyon and the 1994 Agreed Framework',
    page: 1,
    claims: [
      {
        id: 'pr.agreedFramework.yongbyon',
        text: 'Yongbyon, about 100 km north of Pyongyang, is North Korea’s main nuclear research centre, with reactors, a reprocessing plant and uranium enrichment.',
        confidence: 'C',
        sources: [A.REUTERS_YONGBYON],
      },
      {
        id: 'pr.agreedFramework.plutonium',
        text: 'It holds the country’s only plutonium source, but it is one of several sites that make highly enriched uranium, and closing it would not shrink the weapons already built.',
        confidence: 'C',
        sources: [A.GULF_NEWS],
      },
    ],
    gap: 'The sourced record behind this game does not cover the 1994 Agreed Framework, so this pack states nothing about its terms or its end. Have students find the agreement’s text and tag what they find, as the source sheet does.',
  },
  {
    id: 'pr.sixParty',
    heading: 'The Six-Party Talks, and action for action',
    page: 2,
    claims: [
      {
        id: 'pr.sixParty.actionForAction',
        text: 'North Korea prefers to move step by step: each of its steps toward denuclearization answered by relief or another US step, which it calls corresponding measures.',
        confidence: 'C',
        sources: [A.WEALTH365, S.JANES_SEPT],
      },
      {
        id: 'pr.sixParty.bolton',
        text: 'John Bolton, national security adviser in 2019, argued that step-by-step deals never work.',
        confidence: 'C',
        sources: [A.SUPERSUMMARY],
      },
    ],
    gap: 'The record behind this game does not cover the Six-Party Talks themselves; the pack makes no claim about them. A class that studies them should bring its own sources.',
  },
  {
    id: 'pr.crisis2017',
    heading: 'The tests of 2016–17 and the crisis',
    page: 2,
    claims: [
      {
        id: 'pr.crisis2017.tests2016',
        text: 'The Security Council answered North Korea’s fourth nuclear test with Resolution 2270 (March 2016) and its fifth with Resolution 2321 (November 2016).',
        confidence: 'C',
        sources: [A.UN_2270, A.USEMBASSY_2321],
      },
      {
        id: 'pr.crisis2017.tests2017',
        text: 'In 2017 it added Resolution 2371 after ICBM launches (August), 2375 after the sixth nuclear test (September) and 2397 in December.',
        confidence: 'C',
        sources: [A.ASIL_2371, A.ASIL_2375, A.UN_1718],
      },
      {
        id: 'pr.crisis2017.moratorium',
        text: 'From late 2017 North Korea kept a self-imposed pause on nuclear and ICBM tests; in May 2018 it said it had destroyed its test site at Punggye-ri.',
        confidence: 'C',
        sources: [A.LATIMES_CHOE, S.ACA],
      },
    ],
  },
  {
    id: 'pr.sanctions',
    heading: 'How UN sanctions work',
    page: 2,
    claims: [
      {
        id: 'pr.sanctions.committee',
        text: 'The Security Council imposes sanctions by resolution, and its 1718 Committee oversees those on North Korea.',
        confidence: 'C',
        sources: [A.UN_1718],
      },
      {
        id: 'pr.sanctions.content',
        text: 'The 2016–17 resolutions ban or cap North Korea’s main exports (coal, iron, seafood, textiles), cap its imports of oil and send its workers abroad home.',
        confidence: 'C',
        sources: [A.ASIL_2371, A.ASIL_2375, A.NKNEWS_2397],
      },
      {
        id: 'pr.sanctions.ask',
        text: 'What North Korea asked for at Hanoi is disputed: Ri Yong Ho spoke of the civilian parts of five of the eleven resolutions, those of 2016–17; Trump said it wanted the sanctions lifted "in their entirety".',
        confidence: 'D',
        sources: [S.ASIATIMES, A.CGTN_NODEAL],
      },
      {
        id: 'pr.sanctions.numbers',
        text: 'That the five are 2270, 2321, 2371, 2375 and 2397 is an inference: North Korea did not name them. The only other resolution of those years, 2356, only added names to a list.',
        confidence: 'R',
        sources: [S.ASIATIMES, A.UN_2356],
      },
    ],
  },
  {
    id: 'pr.singapore',
    heading: 'Singapore 2018, and the road to Hanoi',
    page: 2,
    claims: [
      {
        id: 'pr.singapore.statement',
        text: 'At the first Trump–Kim summit, on 12 June 2018, the joint statement had four points: new relations, a lasting peace regime, work toward complete denuclearization, and the recovery of war remains. Trump committed to security guarantees.',
        confidence: 'C',
        sources: [S.STRAITS_SINGAPORE],
      },
      {
        id: 'pr.singapore.drills',
        text: 'What Kim got at Singapore was a halt to large US–South Korea military exercises.',
        confidence: 'C',
        sources: [A.HUFFPOST, A.BULLETIN],
      },
      {
        id: 'pr.singapore.september',
        text: 'In September 2018 Kim told Moon Jae-in he would dismantle the Sohae engine test stand, and Yongbyon too if the US took corresponding measures.',
        confidence: 'C',
        sources: [S.JANES_SEPT, S.USATODAY_SEPT],
      },
      {
        id: 'pr.singapore.train',
        text: 'Kim travelled to the second summit by train, about 65 hours, reaching Dong Dang on the Chinese border on 26 February 2019 and driving on to Hanoi.',
        confidence: 'C',
        sources: [S.WAPO_TRAIN],
      },
      {
        id: 'pr.singapore.days',
        text: 'He opened the talks with "Here we are today after 261 days, in Hanoi together."',
        confidence: 'C',
        sources: [S.UCSB],
      },
    ],
  },
];

/** A place on the primer's map. */
export interface MapPlace {
  /** Stable ID, `map.<slug>`; the drawing places it by this ID. */
  readonly id: string;
  readonly name: string;
  /** One line under the map's key. */
  readonly note: string;
  readonly confidence: Confidence;
  readonly sources: readonly Source[];
}

export const MAP_TITLE = 'The places in the story (a sketch, not to scale)';

export const MAP_PLACES: readonly MapPlace[] = [
  {
    id: 'map.yongbyon',
    name: 'Yongbyon',
    note: 'The nuclear complex whose scope was argued over at Hanoi.',
    confidence: 'C',
    sources: [A.REUTERS_YONGBYON],
  },
  {
    id: 'map.sohae',
    name: 'Sohae',
    note: 'West-coast launch site with an engine test stand; partly dismantled in 2018, rebuilt around March 2019.',
    confidence: 'C',
    sources: [S.JANES_SEPT, A.BTIMES],
  },
  {
    id: 'map.kangson',
    name: 'Kangson',
    note: 'Suspected undeclared enrichment site near Pyongyang.',
    confidence: 'R',
    sources: [A.HANI_KANGSON],
  },
  {
    id: 'map.panmunjom',
    name: 'Panmunjom',
    note: 'In the demilitarized zone; the third Trump–Kim meeting, 30 June 2019.',
    confidence: 'C',
    sources: [A.WAPO_DMZ],
  },
  {
    id: 'map.train',
    name: 'The train route',
    note: 'Pyongyang through China to Dong Dang (about 65 hours), then by car to Hanoi.',
    confidence: 'C',
    sources: [S.WAPO_TRAIN],
  },
];

/** Other words on the map (countries, cities, the border line, the scale warning), by stable ID. */
export const MAP_LABELS = {
  northKorea: 'North Korea',
  southKorea: 'South Korea',
  china: 'China',
  vietnam: 'Vietnam',
  pyongyang: 'Pyongyang',
  seoul: 'Seoul',
  hanoi: 'Hanoi',
  dongDang: 'Dong Dang',
  dmz: 'Demilitarized zone',
  byTrain: 'By train through China, about 65 hours',
  byCar: 'By car',
  notToScale: 'Not to scale',
} as const;

export type MapLabelId = keyof typeof MAP_LABELS;
