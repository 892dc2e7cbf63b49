/**
 * Endgame, afternoon and night of 28 February: the signing (deal branches only) and the two press
 * conferences, where audience costs lock in (hanoi-dossier.md §1b, §4).
 */

import { ASIATIMES, KSL, NEWSTALKZ, VIETNAMPLUS, VOA_PRESSER, YAHOO_WALK } from '../record/sources.ts';
import { CGTN_NODEAL, HANOI_TIMES, NYDN } from '../record/sourcesAnalysis.ts';
import type { Beat } from '../types.ts';

export const endgameBeforeTheCamerasBeats: readonly Beat[] = [
  {
    id: 'end.signing',
    phase: 'endgame',
    kind: 'choice',
    side: 'us',
    title: 'Lunch and the signing ceremony',
    location: 'Sofitel Legend Metropole, Hanoi',
    time: '2019-02-28T13:30',
    stage: { backdrop: 'expanded-meeting', cast: { us: ['trump'], dprk: ['kim'] } },
    when: { agreement: true },
    text: 'The lunch goes ahead after all, and the signing ceremony is brought forward. The text is ready. What remains is how the President presents it to the cameras and, through them, to a Congress and a press that are watching closely. Whatever he calls it today will be the yardstick for the months ahead.',
    classText:
      'The signing ceremony is brought forward and the text is ready. How the President presents it to the cameras will be the yardstick for the months ahead.',
    advisers: [
      { adviser: 'politicalAdviser', text: 'Call it historic. If you do not, nobody else will.' },
      { adviser: 'hawk', text: 'Stress verification and snapback. That is what makes this defensible.' },
      { adviser: 'workingLevelDiplomat', text: 'Undersell it. Every superlative today is a stick for critics tomorrow.' },
    ],
    minutes: 45,
    choices: [
      {
        id: 'end.signing.historic',
        label: 'Hail it as a historic first step',
        outcome:
          'The President calls the agreement historic and Kim a great partner. Pyongyang is pleased. Critics at home start listing what the deal leaves out, and he has staked his name on delivering his side of it on time.',
        effects: { meters: { chemistry: 0.06, trustDPRK: 0.04, audienceUS: 0.12, domesticUS: 0.04 } },
      },
      {
        id: 'end.signing.verify',
        label: 'Stress verification and snapback',
        outcome:
          'The President says relief can be reversed the moment Pyongyang falls short. It reassures sceptics in Washington and grates in Pyongyang.',
        textVariants: [
          {
            when: { agreedBelow: { sanctions: 1 } },
            outcome:
              'The President says every US step can be reversed the moment Pyongyang falls short. It reassures sceptics in Washington and grates in Pyongyang.',
          },
        ],
        effects: { meters: { credibilityUS: 0.06, hawk: 0.03, trustDPRK: -0.04 } },
      },
      {
        id: 'end.signing.modest',
        label: 'Call it modest progress, with more to do',
        outcome:
          "The President says it is a start and the hardest issues remain. Expectations stay low at home, so nobody will hold him to quick relief; Kim's delegation hears a partner already hedging.",
        textVariants: [
          {
            when: { agreedBelow: { sanctions: 1 } },
            outcome:
              "The President says it is a start and the hardest issues remain. Expectations stay low at home, so nobody will expect quick results; Kim's delegation hears a partner already hedging.",
          },
        ],
        effects: { meters: { audienceUS: -0.08, chemistry: -0.03, trustDPRK: -0.02 } },
      },
    ],
  },
  {
    id: 'end.pressUS',
    phase: 'endgame',
    kind: 'choice',
    side: 'us',
    title: "The President's press conference",
    location: 'JW Marriott, Hanoi',
    time: '2019-02-28T14:00',
    stage: { backdrop: 'press-room-us', cast: { us: ['trump', 'pompeo'], dprk: ['ri', 'choe'] } },
    when: { agreement: false },
    text: 'The press conference at the JW Marriott, scheduled for 15:30, has been brought forward to about 14:00, with Pompeo beside the President. There is no agreement to announce. How he explains the day will shape how Washington, Seoul and Pyongyang read it, and how easy it will be to meet again. Pyongyang will answer whatever he says.',
    classText:
      'The press conference at the JW Marriott is brought forward to about 14:00. There is no agreement to announce. How the President explains the day will shape whether the two sides can meet again.',
    advisers: [
      { adviser: 'politicalAdviser', text: 'Own the decision. Walking away from a bad deal plays well with both parties.' },
      { adviser: 'workingLevelDiplomat', text: 'Say what you must about their demands without closing the door.' },
      { adviser: 'hawk', text: 'Make the reason plain: Yongbyon is not enough, and we know about much more.' },
    ],
    history: {
      text: "Trump's press conference at the JW Marriott began at about 14:00, 90 minutes before the scheduled 15:30 (reports said about two hours early), with Pompeo present. He said that sometimes you have to walk, spoke warmly of Kim, said North Korea had wanted sanctions lifted in their entirety, and said he would much rather do it right than fast. His motorcade left for the airport at 15:08, more than two hours early.",
      confidence: 'C',
      sources: [YAHOO_WALK, VIETNAMPLUS, VOA_PRESSER, CGTN_NODEAL, NEWSTALKZ, KSL],
    },
    minutes: 60,
    choices: [
      {
        id: 'end.pressUS.friendly',
        label: 'A friendly walk: warm to Kim, firm on sanctions',
        outcome:
          '"Sometimes you have to walk, and this was just one of those times," the President says. He speaks warmly of Kim, but says Pyongyang wanted the sanctions lifted in their entirety. North Korea will dispute that within hours.',
        effects: {
          meters: { chemistry: 0.03, credibilityUS: 0.04, audienceUS: 0.04, trustDPRK: -0.03 },
          setFlags: ['pressConciliatory'],
        },
        historical: true,
        record: 'onRecord',
      },
      {
        id: 'end.pressUS.blame',
        label: "Blame Pyongyang's demands for the failure",
        outcome:
          'The President says plainly that Pyongyang came to get sanctions lifted and offered too little in return. The line plays well at home and locks the US into its position. In Pyongyang it reads as an insult.',
        effects: {
          meters: { audienceUS: 0.08, credibilityUS: 0.05, chemistry: -0.15, trustDPRK: -0.08 },
          setFlags: ['pressBlame'],
        },
      },
      {
        id: 'end.pressUS.noRush',
        label: 'No rush: the moratorium holds, time is ours',
        outcome:
          '"I\'d much rather do it right than do it fast," the President says, words Trump really used that day (see the record note). Here he makes them the theme: as long as there are no tests, he is in no hurry. Pyongyang hears that waiting will not move Washington.',
        effects: { meters: { audienceUS: -0.05, credibilityUS: 0.04, trustDPRK: -0.03, econPain: 0.03 } },
      },
    ],
  },
  {
    id: 'end.pressDPRK',
    phase: 'endgame',
    kind: 'choice',
    side: 'dprk',
    title: 'Midnight at the Melia',
    location: 'Melia Hotel, Hanoi',
    time: '2019-03-01T00:00',
    stage: { backdrop: 'press-room-dprk', cast: { us: ['trump', 'pompeo'], dprk: ['ri', 'choe'] } },
    when: { agreement: false },
    text: "Reporters are given about half an hour's notice. Foreign Minister Ri Yong Ho and Vice Foreign Minister Choe Son-hui are to answer the President's account. Pyongyang can correct the record calmly, blame Washington in harsh terms, or stress that the door is still open. What is said tonight will bind the delegation, and perhaps the chairman, for months.",
    classText:
      "Foreign Minister Ri Yong Ho and Vice Foreign Minister Choe Son-hui answer the President's account at short notice: calmly, harshly, or stressing that the door is still open. What they say will bind Pyongyang for months.",
    advisers: [
      { adviser: 'foreignMinistry', text: 'Set out exactly what we offered. Let the world judge who asked too much.' },
      { adviser: 'unitedFront', text: 'The Americans slighted the chairman. Say so.' },
      { adviser: 'partyEconomist', text: 'We still need relief. Do not burn the bridge to it.' },
    ],
    history: {
      text: "Ri Yong Ho and Choe Son-hui held a press conference at the Melia around midnight, with about 30 minutes' notice. Ri read a statement and took no questions: North Korea had asked only for partial relief. Choe spoke afterwards and suggested Kim might have lost the will to pursue a deal.",
      confidence: 'C',
      sources: [ASIATIMES, HANOI_TIMES, NYDN],
    },
    minutes: 30,
    choices: [
      {
        id: 'end.pressDPRK.partial',
        label: 'Set the record straight: partial relief, not all',
        outcome:
          '"What we proposed was not the removal of all sanctions, but the partial removal," Ri reads, and takes no questions. Choe adds that the chairman may have lost the will to go on. The two accounts now stand side by side.',
        effects: { meters: { audienceDPRK: 0.06, credibilityDPRK: 0.05, trustUS: 0.02, chemistry: -0.03 } },
        historical: true,
        record: 'onRecord',
      },
      {
        id: 'end.pressDPRK.harsh',
        label: 'Blame Washington outright for the collapse',
        outcome:
          'The delegation accuses the US of throwing away a rare chance through greed and bad faith. Audiences at home applaud. In Washington, even officials who favour talks find it hard to answer.',
        effects: {
          meters: { audienceDPRK: 0.1, chemistry: -0.15, trustUS: -0.06, domesticDPRK: -0.04 },
          setFlags: ['pressBlame'],
        },
      },
      {
        id: 'end.pressDPRK.doorOpen',
        label: 'Stress that the door remains open',
        outcome:
          'Ri sets out the offer briefly and says dialogue should continue. It sounds reasonable abroad. At home, some ask why the delegation sounds so mild after such a slight.',
        effects: { meters: { trustUS: 0.05, chemistry: 0.03, domesticDPRK: 0.05, credibilityDPRK: -0.04 } },
      },
    ],
  },
];
