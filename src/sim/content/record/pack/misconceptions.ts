/**
 * Common misconceptions about Hanoi, for the teacher's pack: what students (and many news summaries)
 * take as settled, and what the record behind the game actually says, every sentence tagged and sourced
 * from hanoi-dossier.md through the registry. The pack does not settle disputes the record leaves open:
 * where the sources disagree, the claim says so and carries [D].
 */
import * as S from '../sources.ts';
import * as A from '../sourcesAnalysis.ts';
import type { PrimerClaim } from './primer.ts';

export interface Misconception {
  /** Stable ID, `mc.<slug>`. */
  readonly id: string;
  /** The belief, as a student might state it. */
  readonly belief: string;
  /** What the record says, sentence by sentence, each with its tag and sources. */
  readonly claims: readonly PrimerClaim[];
  /** How to use it in class, or what the game does with it (the game's, not history's). */
  readonly inClass: string;
}

export const MISCONCEPTIONS_TITLE = 'Common misconceptions, and what the record says';

export const MISCONCEPTIONS_INTRO =
  'Beliefs students often bring, or pick up from headlines. Read the record back to them, tags included; where it is disputed, say so rather than pick a side.';

export const MISCONCEPTIONS: readonly Misconception[] = [
  {
    id: 'mc.allSanctions',
    belief: 'North Korea asked for all sanctions to be lifted.',
    claims: [
      {
        id: 'mc.allSanctions.accounts',
        text: 'Trump said it wanted them lifted "in their entirety"; Ri Yong Ho said it asked for the civilian-economy parts of five of the eleven UN resolutions, those of 2016–17.',
        confidence: 'D',
        sources: [A.CGTN_NODEAL, S.ASIATIMES],
      },
      {
        id: 'mc.allSanctions.officials',
        text: 'A senior State Department official said the request covered all UN sanctions except those aimed at weapons of mass destruction; AP reported officials saying Trump had overstated it.',
        confidence: 'C',
        sources: [S.KBS_MANILA, A.AP_OVERSTATED],
      },
    ],
    inClass: 'Both accounts are sourced; the record does not settle it. Ask what each side gained by its version.',
  },
  {
    id: 'mc.wholeProgramme',
    belief: 'Yongbyon is the whole nuclear programme.',
    claims: [
      {
        id: 'mc.wholeProgramme.sites',
        text: 'Yongbyon holds the only plutonium source, but it is one of several sites that make highly enriched uranium, and closing it would not shrink the weapons already built.',
        confidence: 'C',
        sources: [A.GULF_NEWS],
      },
      {
        id: 'mc.wholeProgramme.kangson',
        text: 'Kangson, near Pyongyang, is a suspected undeclared enrichment site.',
        confidence: 'R',
        sources: [A.HANI_KANGSON],
      },
      {
        id: 'mc.wholeProgramme.scope',
        text: 'What the Yongbyon offer covered was itself disputed: North Korea said the entire complex, Pompeo that the scope was not completely clear.',
        confidence: 'D',
        sources: [S.KBS_MANILA],
      },
    ],
    inClass: 'In the game, Yongbyon scope and Sites beyond Yongbyon are two separate issues.',
  },
  {
    id: 'mc.diplomacyOver',
    belief: 'The walkout ended diplomacy.',
    claims: [
      {
        id: 'mc.diplomacyOver.statement',
        text: 'The White House said that day that the teams "look forward to meeting in the future", and North Korean state media reported that the leaders had agreed to continue their dialogue.',
        confidence: 'C',
        sources: [A.AP_MAIN, S.HANI_KCNA],
      },
      {
        id: 'mc.diplomacyOver.later',
        text: 'Trump and Kim met again at Panmunjom on 30 June 2019; working-level talks in Stockholm on 5 October broke down without a deal.',
        confidence: 'C',
        sources: [A.WAPO_DMZ, A.NKNEWS_STOCKHOLM],
      },
      {
        id: 'mc.diplomacyOver.launches',
        text: 'Meanwhile, in May 2019, North Korea made its first missile launches since Hanoi, short-range ones.',
        confidence: 'C',
        sources: [A.NEWS5_MAY],
      },
    ],
    inClass: 'What ended was the summit, not the talks.',
  },
  {
    id: 'mc.cohen',
    belief: 'Trump walked out because of the Cohen hearing.',
    claims: [
      {
        id: 'mc.cohen.timing',
        text: 'Michael Cohen testified in public before Congress during the summit, and Trump later complained about the timing.',
        confidence: 'C',
        sources: [S.PAKISTAN_TODAY_COHEN, S.BEAUFORT],
      },
      {
        id: 'mc.cohen.reason',
        text: 'Trump gave the sanctions request as his reason for walking.',
        confidence: 'C',
        sources: [A.CGTN_NODEAL],
      },
      {
        id: 'mc.cohen.bolton',
        text: 'Bolton wrote that Trump could not carry a small deal politically.',
        confidence: 'R',
        sources: [A.BOLTON_EXCERPT],
      },
    ],
    inClass:
      "No source in the record says the hearing caused the walkout. In the game it is an event card that raises US pressure at home: the model's hypothesis, not history's verdict.",
  },
  {
    id: 'mc.sohae',
    belief: 'North Korea rebuilt Sohae to punish the US for Hanoi.',
    claims: [
      {
        id: 'mc.sohae.imagery',
        text: 'Satellite images reported in early March 2019 showed the Sohae engine test stand being rebuilt fast.',
        confidence: 'C',
        sources: [A.ROLLING_STONE, A.BTIMES],
      },
      {
        id: 'mc.sohae.start',
        text: 'When the work began is disputed: 38 North dated it between 16 February and 2 March; DW reported it began before the summit.',
        confidence: 'D',
        sources: [A.SPL_SOHAE, A.DW_SOHAE],
      },
    ],
    inClass: "A good case for the difference between 'after' and 'because of'.",
  },
  {
    id: 'mc.execution',
    belief: 'The North Korean envoy Kim Hyok Chol was executed after Hanoi.',
    claims: [
      {
        id: 'mc.execution.report',
        text: 'Chosun Ilbo reported it at the end of May 2019; CNN sources later said he was alive and in custody.',
        confidence: 'U',
        sources: [A.WASH_EXAMINER, A.SCMP_KHC],
      },
    ],
    inClass: 'Unverified: never present it as fact. It is the third entry on the source-evaluation sheet.',
  },
  {
    id: 'mc.nothingOffered',
    belief: 'One side came with nothing to offer.',
    claims: [
      {
        id: 'mc.nothingOffered.dprk',
        text: 'North Korea said it offered to dismantle "all the nuclear material production facilities in the Yongbyon area" with US experts present, and a written halt to nuclear and ICBM tests.',
        confidence: 'C',
        sources: [A.HANOI_TIMES, A.CGTN_RI],
      },
      {
        id: 'mc.nothingOffered.us',
        text: 'The US offered a big deal: all sanctions lifted, and an economic future, for full denuclearization.',
        confidence: 'C',
        sources: [A.CBS_BOLTON, A.WEALTH365],
      },
      {
        id: 'mc.nothingOffered.draft',
        text: 'A smaller text, with a peace declaration and liaison offices, was reported to be drafted.',
        confidence: 'R',
        sources: [A.JT_LAWYER],
      },
    ],
    inClass: 'Both sides offered something; the question is why the offers did not meet.',
  },
];
