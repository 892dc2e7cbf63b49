/** Further disputed points: pledges, sizes, testing, blame and rumours (hanoi-dossier.md §0, §1, §3). */
import type { DisputedPoint } from './disputes.ts';
import * as S from './sources.ts';
import * as A from './sourcesAnalysis.ts';

export const DISPUTES_BEYOND_THE_TABLE: readonly DisputedPoint[] = [
  {
    id: 'dp.beyondYongbyon',
    question: 'Had Kim already promised to dismantle facilities beyond Yongbyon?',
    accounts: [
      {
        who: 'Stephen Biegun, Stanford, 31 Jan',
        claim:
          'Kim had committed to dismantle and destroy plutonium and uranium-enrichment facilities beyond Yongbyon, in return for corresponding measures.',
        sources: [S.MAVERICK_BIEGUN, S.JT_BIEGUN],
        confidence: 'C',
      },
      {
        who: 'North Korea',
        claim:
          'Never confirmed such a pledge. Its written commitment of September 2018 spoke of Yongbyon, and its Hanoi offer covered the Yongbyon area.',
        sources: [S.JANES_SEPT, A.HANOI_TIMES],
        confidence: 'C',
      },
    ],
    note: 'If both accounts are sincere, the two sides left earlier meetings with different understandings of what had been promised. That gap was still open in Hanoi.',
  },
  {
    id: 'dp.yongbyonSize',
    question: 'How big is the Yongbyon complex?',
    accounts: [
      {
        who: 'TIME',
        claim: 'Nearly 400 buildings spread over 3.4 square miles.',
        sources: [A.TIME_YONGBYON],
        confidence: 'C',
      },
      {
        who: 'The New York Times, as quoted by 38 North',
        claim: 'About three square miles.',
        sources: [S.SIGAL],
        confidence: 'C',
      },
      {
        who: 'An op-ed in The Hill',
        claim: 'A complex of about two square miles.',
        sources: [A.HILL_OPED],
        confidence: 'C',
      },
    ],
    note: 'The game says roughly 2 to 3.4 square miles, or about 400 buildings. Disagreement over even the size shows how hard it is to define what is on offer.',
  },
  {
    id: 'dp.testing',
    question: 'What did North Korea promise on nuclear and missile tests?',
    accounts: [
      {
        who: 'Ri Yong Ho, midnight press conference',
        claim: 'North Korea offered a written pledge to halt nuclear tests and long-range missile tests for good.',
        sources: [A.CGTN_RI],
        confidence: 'C',
      },
      {
        who: 'Donald Trump, press conference, 28 Feb',
        claim: 'Kim had promised him, by word of mouth, not to resume testing.',
        sources: [S.VOA_PRESSER],
        confidence: 'C',
      },
      {
        who: 'Choe Son-hui, Pyongyang, 15 Mar',
        claim: 'Kim would decide whether to keep the moratorium on tests.',
        sources: [A.LATIMES_CHOE],
        confidence: 'C',
      },
    ],
    note: 'A written pledge offered as part of a package and an oral promise given regardless are different commitments. Short-range launches resumed in May 2019 (see the timeline).',
  },
  {
    id: 'dp.atmosphere',
    question: 'Who soured the atmosphere around Hanoi?',
    accounts: [
      {
        who: 'Choe Son-hui, Pyongyang, 15 Mar',
        claim: 'Pompeo and Bolton had created hostility and mistrust, while the chemistry between the two leaders remained good.',
        sources: [A.LATIMES_CHOE, A.HILL_POMPEO],
        confidence: 'C',
      },
      {
        who: 'Mike Pompeo',
        claim: 'The North Koreans were wrong about that.',
        sources: [A.HILL_POMPEO],
        confidence: 'C',
      },
      {
        who: 'CNN, citing US officials',
        claim:
          'Before the summit, Kim Yong Chol had declined a last preparatory meeting with Pompeo and left him waiting for hours.',
        sources: [S.CNN_SNUB],
        confidence: 'R',
      },
    ],
    note: 'Blaming advisers while praising the leaders keeps the door open at the top. Ask whose interests each account served.',
  },
  {
    id: 'dp.kimHyokChol',
    question: "What happened to Kim Hyok Chol, North Korea's working-level envoy?",
    accounts: [
      {
        who: 'Chosun Ilbo (South Korean newspaper), 31 May',
        claim: 'He had been executed, and Kim Yong Chol purged.',
        sources: [A.WASH_EXAMINER, A.SCMP_KHC],
        confidence: 'U',
      },
      {
        who: 'CNN sources, early June',
        claim: 'He was alive and in custody.',
        sources: [A.WASH_EXAMINER, A.SCMP_KHC],
        confidence: 'U',
      },
      {
        who: 'North Korean state media',
        claim: 'Kim Yong Chol appeared in public again after the reports.',
        sources: [A.WASH_EXAMINER],
        confidence: 'C',
      },
    ],
    note: 'Neither report is verified. Treat claims about purges inside North Korea with care: they are hard to check and often contradicted.',
  },
];
