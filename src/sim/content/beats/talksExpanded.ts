/**
 * Talks, day 2 late morning: who sits at the expanded meeting, the DPRK's Yongbyon offer, the 11:03
 * remarks, and the bargaining table (hanoi-dossier.md §1b, §3.2, §3.8).
 */

import { HANOIECOMMERCE, JT_ENDWAR, MINPLUS, REUTERS_PAPER, VIETNAMPLUS, YAHOO_WALK } from '../record/sources.ts';
import { AP_MAIN, CGTN_RI, HANOI_TIMES } from '../record/sourcesAnalysis.ts';
import type { Beat } from '../types.ts';

export const talksExpandedBeats: readonly Beat[] = [
  {
    id: 'talks.bolton',
    phase: 'talks',
    kind: 'choice',
    side: 'us',
    title: 'Who sits at the expanded meeting',
    location: 'Sofitel Legend Metropole, Hanoi',
    time: '2019-02-28T10:50',
    stage: { backdrop: 'expanded-meeting', cast: { us: ['trump', 'pompeo', 'bolton'], dprk: ['kim', 'kimyongchol', 'ri'] } },
    text: 'The expanded meeting is about to begin. Kim will bring Ri Yong Ho and Kim Yong Chol. On the US side Pompeo and Mulvaney are set; the question is whether National Security Adviser John Bolton takes a seat. Bolton is closely associated with the Libya model, which Pyongyang reads as a threat. His presence would strengthen the hard line in the room. His absence would be noticed too.',
    advisers: [
      { adviser: 'hawk', text: 'The national security adviser belongs at the table when nuclear terms are discussed.' },
      {
        adviser: 'workingLevelDiplomat',
        text: 'Pyongyang will take his presence as a message. Decide whether that is the message you want.',
      },
      { adviser: 'politicalAdviser', text: 'If a deal is signed without him in the room, critics will call it a soft one.' },
    ],
    history: {
      text: 'Bolton attended the expanded meeting with Pompeo and Mulvaney; Ri Yong Ho and Kim Yong Chol sat with Kim [C]. One photo report noted that the seat opposite Bolton was empty [R]. Bolton has long been associated with the Libya model, which North Korea rejects.',
      confidence: 'C',
      sources: [MINPLUS, REUTERS_PAPER],
    },
    minutes: 5,
    choices: [
      {
        id: 'talks.bolton.join',
        label: 'Bring Bolton into the expanded meeting',
        outcome:
          'Bolton takes his seat beside Pompeo and Mulvaney, and the chair opposite him stays empty. The US side is united behind a hard position, and the North Koreans notice.',
        effects: { meters: { hawk: 0.08, credibilityUS: 0.04, trustDPRK: -0.04 }, setFlags: ['boltonInRoom'] },
        historical: true,
        record: 'onRecord',
      },
      {
        id: 'talks.bolton.out',
        label: 'Keep the dinner line-up: Pompeo and Mulvaney',
        outcome:
          'Bolton follows the meeting from the hotel. The room is easier. In Washington, critics ask whether the President is getting ready to give too much.',
        effects: { meters: { hawk: -0.06, trustDPRK: 0.03, domesticUS: 0.04, credibilityUS: -0.02 } },
      },
    ],
  },
  {
    id: 'talks.yongbyonStance',
    phase: 'talks',
    kind: 'choice',
    side: 'dprk',
    title: 'What to put on the table',
    location: 'Sofitel Legend Metropole, Hanoi',
    time: '2019-02-28T10:55',
    stage: { backdrop: 'expanded-meeting', cast: { us: ['trump'], dprk: ['kim'] } },
    text: 'Before the expanded meeting Kim settles his opening. The offer prepared in Pyongyang: permanent dismantling of the nuclear-material production facilities at Yongbyon, plutonium and uranium, with US experts watching, plus a written halt to nuclear and long-range missile tests. In return: lifting the civilian-economy parts of the five UN resolutions of 2016–17. Kim could open with that, open with less and keep room to move, or offer the whole complex at once.',
    advisers: [
      {
        adviser: 'foreignMinistry',
        text: 'This is the largest step we have ever offered. Present it as it is, and let them answer.',
      },
      {
        adviser: 'partyEconomist',
        text: 'The five resolutions are what strangle the economy. Relief from them must be the price.',
      },
      { adviser: 'unitedFront', text: 'Open low. The Americans always ask for one more step.' },
    ],
    history: {
      text: "By Ri Yong Ho's account, North Korea offered to dismantle permanently all nuclear-material production facilities in the Yongbyon area, plutonium and uranium, with US experts present, and a written halt to nuclear and ICBM tests, for partial relief from five 2016–17 resolutions. Trump said it wanted sanctions lifted in their entirety.",
      confidence: 'D',
      sources: [HANOI_TIMES, CGTN_RI, AP_MAIN],
    },
    minutes: 5,
    choices: [
      {
        id: 'talks.yongbyonStance.production',
        label: "Offer Yongbyon's production facilities for partial relief",
        outcome:
          'Kim sets out the offer: the production facilities at Yongbyon dismantled for good with US experts present, and a written test halt, for relief from the civilian provisions of the five resolutions. It is a serious offer. It is also what the US side feared: Yongbyon alone.',
        effects: { meters: { trustUS: 0.03, audienceDPRK: 0.05, prestige: 0.02 }, setFlags: ['dprkPartialOffer'] },
        historical: true,
        record: 'onRecord',
      },
      {
        id: 'talks.yongbyonStance.low',
        label: 'Open with the reactor and reprocessing only',
        outcome:
          'Kim offers the plutonium line, the reactor and reprocessing, and keeps enrichment in reserve. It leaves room to move, but the Americans read it as smaller than what Pyongyang promised Seoul in September.',
        effects: { meters: { credibilityDPRK: 0.04, prestige: 0.02, trustUS: -0.06 }, setFlags: ['dprkPartialOffer'] },
      },
      {
        id: 'talks.yongbyonStance.whole',
        label: 'Offer the whole Yongbyon complex from the start',
        outcome:
          'Kim offers every facility at Yongbyon, not only those that make material. There is no doubt left about scope. At home, some will ask why the chairman played his largest card in the first hour.',
        effects: {
          meters: { trustUS: 0.08, domesticDPRK: 0.05, prestige: -0.03 },
          setFlags: ['dprkPartialOffer'],
        },
      },
    ],
  },
  {
    id: 'talks.remarks',
    phase: 'talks',
    kind: 'choice',
    side: 'us',
    title: 'Questions before the expanded meeting',
    location: 'Sofitel Legend Metropole, Hanoi',
    time: '2019-02-28T11:03',
    stage: { backdrop: 'expanded-meeting', cast: { us: ['trump', 'pompeo', 'bolton'], dprk: ['kim', 'kimyongchol', 'ri'] } },
    text: 'Cameras are let in before the expanded meeting. A reporter asks about human rights; another asks whether an end-of-war declaration is coming. Seoul has said one is possible. A political statement ending the 1950–53 war would not bind Washington in law, and it matters a great deal to Pyongyang. Anything the President says now will be taken as a commitment.',
    advisers: [
      {
        adviser: 'hawk',
        text: 'Do not give away an end-of-war statement for a photo. It could be turned against our presence in the South.',
      },
      {
        adviser: 'workingLevelDiplomat',
        text: 'A political declaration is non-binding and means a great deal to them. It is one of the cheapest things we can give.',
      },
      { adviser: 'politicalAdviser', text: 'Whatever you say here, the press will hold you to.' },
    ],
    history: {
      text: 'In remarks at 11:03 before the expanded meeting, Trump said of human rights that they were discussing everything, and answered a question about an end-of-war declaration with "A political what?". In the same exchange Kim, asked if he was ready to denuclearize, said: "If I\'m not willing to do that, I won\'t be here right now." Three days earlier the Blue House had called such a declaration a possibility.',
      confidence: 'C',
      sources: [HANOIECOMMERCE, JT_ENDWAR],
    },
    minutes: 5,
    choices: [
      {
        id: 'talks.remarks.deflect',
        label: 'Deflect the question',
        outcome:
          '"A political what?" the President answers, and moves on. On human rights he says they are discussing everything. Nothing is committed in public.',
        effects: { meters: { audienceUS: -0.02, trustDPRK: -0.03 } },
        historical: true,
        record: 'onRecord',
      },
      {
        id: 'talks.remarks.endWar',
        label: 'Say an end-of-war declaration is on the table',
        outcome:
          "The President says a declaration ending the war could come today. Kim's delegation is visibly pleased. The remark is on Seoul's screens within minutes, and the hawks in the delegation are not pleased.",
        effects: { meters: { trustDPRK: 0.08, chemistry: 0.03, audienceUS: 0.06, hawk: 0.04 } },
      },
      {
        id: 'talks.remarks.noDeal',
        label: 'Say nothing is signed without denuclearization',
        outcome:
          "The President says nothing will be signed unless it moves toward full denuclearization. The line is firm and clear. Kim's expression is hard to read.",
        effects: { meters: { credibilityUS: 0.05, audienceUS: 0.05, trustDPRK: -0.04, chemistry: -0.03 } },
      },
    ],
  },
  {
    id: 'talks.expanded',
    phase: 'talks',
    kind: 'table',
    side: 'dprk',
    title: 'The expanded meeting',
    location: 'Sofitel Legend Metropole, Hanoi',
    time: '2019-02-28T11:10',
    stage: { backdrop: 'expanded-meeting', cast: { us: ['trump', 'pompeo', 'bolton'], dprk: ['kim', 'kimyongchol', 'ri'] } },
    text: 'Kim sits with Ri Yong Ho and Kim Yong Chol; across from them, the President with Pompeo and Mulvaney, and perhaps Bolton. A working lunch is scheduled for 11:55 and a joint signing ceremony for 14:05. The North Korean side opens with its offer. Build packages issue by issue, make counteroffers, accept, or walk away.',
    advisers: [
      {
        adviser: 'workingLevelDiplomat',
        text: 'Trade what is cheap for us and dear to them: liaison offices, a political declaration.',
      },
      { adviser: 'hawk', text: 'Watch the sequencing. Relief given up front is relief given for good.' },
      { adviser: 'partyEconomist', text: 'The five resolutions are the heart of it. Everything else is detail.' },
    ],
    history: {
      text: 'The expanded meeting followed the 11:03 remarks: Pompeo, Mulvaney and Bolton for the US; Ri Yong Ho and Kim Yong Chol for North Korea. The schedule had a working lunch at 11:55, a joint agreement signing ceremony at 14:05 and a press conference at 15:30.',
      confidence: 'C',
      sources: [MINPLUS, VIETNAMPLUS, YAHOO_WALK],
    },
    minutes: 40,
    choices: [],
  },
];
