/**
 * Pre-summit: working-level mandates, the train, public lines and the snub (hanoi-dossier.md §1a–1b, §0.1).
 */

import { GOVBALL, LAHT, NNA, RT_NEWSLINE, STARCONNECT, WAPO_TRAIN } from '../record/sources.ts';
import { DW_SOHAE, JT_LAWYER } from '../record/sourcesAnalysis.ts';
import type { Beat } from '../types.ts';
import { preSummitSnubBeats } from './preSummitSnub.ts';

const mandateBeats: readonly Beat[] = [
  {
    id: 'pre.pyongyang',
    phase: 'preSummit',
    kind: 'choice',
    side: 'us',
    title: "Biegun's instructions for Pyongyang",
    location: 'Pyongyang',
    time: '2019-02-06T10:00',
    stage: { backdrop: 'pyongyang', cast: { us: ['biegun'], dprk: ['official'] } },
    text: 'Biegun flies to Pyongyang for three days of talks with his new counterpart, Kim Hyok Chol. What should his instructions put first? A draft joint text of political steps, such as an end-of-war declaration and liaison offices, would give the leaders something to sign. A demand for a full declaration first would test intentions. Defining Yongbyon facility by facility would prevent confusion later, but could slow everything down.',
    advisers: [
      {
        adviser: 'workingLevelDiplomat',
        text: "Leaders sign texts. If we don't draft one now, they will improvise one in Hanoi.",
      },
      {
        adviser: 'hawk',
        text: 'Political declarations cost them nothing. Make a declaration of facilities the entry ticket.',
      },
      {
        adviser: 'intelligenceAnalyst',
        text: 'Nobody has agreed what "Yongbyon" means. Pin it down now or fight about it later.',
      },
    ],
    history: {
      text: 'Biegun and Kim Hyok Chol held three days of talks in Pyongyang around 6–8 February; Trump announced the Hanoi date and venue on 8 February [C]. What the US instructions put first is not public. Vox later reported a tentative text with a peace declaration and liaison offices [R].',
      confidence: 'R',
      sources: [RT_NEWSLINE, LAHT, JT_LAWYER],
    },
    minutes: 30,
    choices: [
      {
        id: 'pre.pyongyang.draftText',
        label: 'Start drafting a joint text of political steps',
        outcome:
          'The envoys begin a draft covering an end-of-war declaration and liaison offices, with the nuclear steps left in brackets for the leaders. Momentum builds; the hardest questions wait.',
        effects: { meters: { trustDPRK: 0.06, audienceUS: 0.03, hawk: -0.03, credibilityUS: -0.02 } },
        historical: true,
        record: 'inferred',
      },
      {
        id: 'pre.pyongyang.declarationFirst',
        label: 'Make a full declaration the price of any text',
        outcome:
          'Kim Hyok Chol answers that a declaration would be a target list and cannot come first. The talks stay polite and produce little text.',
        effects: { meters: { credibilityUS: 0.05, hawk: 0.04, trustDPRK: -0.06, chemistry: -0.02 } },
      },
      {
        id: 'pre.pyongyang.defineYongbyon',
        label: 'Define Yongbyon facility by facility',
        outcome:
          'The US team brings a site map and a list of buildings. The North Korean side says scope is for the leaders to settle, but the question is now on paper.',
        effects: { meters: { trustUS: 0.04, credibilityUS: 0.03, trustDPRK: -0.03, domesticDPRK: 0.03 } },
      },
    ],
  },
  {
    id: 'pre.mandateDPRK',
    phase: 'preSummit',
    kind: 'choice',
    side: 'dprk',
    title: "Kim Hyok Chol's mandate",
    location: 'Hanoi',
    time: '2019-02-21T09:00',
    stage: {
      backdrop: 'hanoi-night',
      cast: { us: ['biegun'], dprk: ['official'] },
      seats: { dprk: { cast: { us: [], dprk: ['kim', 'official'] } } },
    },
    text: 'Working-level talks open in Hanoi between Biegun and Kim Hyok Chol. By a US account, the American team has sixteen specialists in law, the fuel cycle, missiles, sanctions and economics. The North Korean team has five. How much should Kim Hyok Chol be allowed to settle here, and how much should be kept for the chairman himself?',
    advisers: [
      {
        adviser: 'foreignMinistry',
        text: 'Give our envoy room to close the text, or the leaders will meet over an empty page.',
      },
      {
        adviser: 'unitedFront',
        text: 'The big decisions belong to the chairman. Let the Americans learn that at the summit.',
      },
      {
        adviser: 'partyEconomist',
        text: 'If the relief we need is to be in the text, the sanctions clauses must be worked out line by line now.',
      },
    ],
    history: {
      text: "Biegun and Kim Hyok Chol held working-level talks in Hanoi from 21 to 26 February [C]. A US briefing put the US team at 16 specialists and the North Korean team at 5 [R]. The North Korean envoy's mandate is not public. Ian Bremmer later argued that too little had been delegated to diplomats before the summit.",
      confidence: 'R',
      sources: [NNA, STARCONNECT, DW_SOHAE],
    },
    minutes: 30,
    choices: [
      {
        id: 'pre.mandateDPRK.narrow',
        label: 'Keep the mandate narrow; leave Yongbyon to Kim',
        outcome:
          'Kim Hyok Chol works on the political language but will not discuss nuclear terms in detail. The Americans come away unsure what exactly will be offered.',
        effects: { meters: { prestige: 0.03, credibilityDPRK: 0.03, trustUS: -0.04 } },
        historical: true,
        record: 'inferred',
      },
      {
        id: 'pre.mandateDPRK.listFacilities',
        label: 'Authorise a list of the Yongbyon facilities on offer',
        outcome:
          "The envoy tables a list of buildings and the US team studies it overnight. Hardliners at home grumble that the chairman's card has been played by a diplomat.",
        effects: { meters: { trustUS: 0.08, domesticDPRK: 0.05, prestige: -0.03 } },
      },
      {
        id: 'pre.mandateDPRK.writtenHalt',
        label: 'Offer the test halt in writing now, as goodwill',
        outcome:
          'Kim Hyok Chol says Pyongyang will put its halt to nuclear and long-range missile tests in writing. The Americans welcome it, but say it does not change what they need on Yongbyon.',
        effects: { meters: { trustUS: 0.05, audienceDPRK: 0.04, credibilityDPRK: -0.04 } },
      },
    ],
  },
  {
    id: 'pre.train',
    phase: 'preSummit',
    kind: 'choice',
    side: 'dprk',
    title: 'The journey south',
    location: 'Pyongyang',
    time: '2019-02-23T15:00',
    stage: { backdrop: 'train', cast: { us: [], dprk: ['kim'] } },
    text: 'Kim must now get to Hanoi. A special train through China would take some 65 hours: a long, very public journey, watched at every stop. Flying would take a few hours and leave more time to prepare, but it makes less of a statement. Either way, the more visibly Kim travels, the more he has staked on coming home with something.',
    advisers: [
      {
        adviser: 'protocolOffice',
        text: 'The train lets the whole world watch the chairman arrive. That image is part of the result.',
      },
      { adviser: 'foreignMinistry', text: 'Every hour on the train is an hour we cannot use to prepare.' },
    ],
    history: {
      text: 'Kim left Pyongyang by special train on the afternoon of 23 February with Kim Yo Jong and Kim Yong Chol. He reached Dong Dang station at 08:22 on 26 February after about 65 hours, was met by Kim Hyok Chol and Kim Chang Son, and drove on to Hanoi.',
      confidence: 'C',
      sources: [NNA, WAPO_TRAIN],
    },
    minutes: 30,
    choices: [
      {
        id: 'pre.train.train',
        label: 'Travel by special train through China',
        outcome:
          'Kim leaves in the afternoon with Kim Yo Jong and Kim Yong Chol aboard. About 65 hours later he steps down at Dong Dang on the Vietnamese border and drives on to Hanoi. The world has watched the whole way.',
        effects: { meters: { prestige: 0.06, audienceDPRK: 0.05, domesticDPRK: -0.03 } },
        historical: true,
        record: 'onRecord',
      },
      {
        id: 'pre.train.fly',
        label: 'Fly, and keep the time for preparation',
        outcome:
          'Kim flies in after a last round of briefings. The arrival is quick and low-key. His team has two more days with the files, and less has been staked on the result.',
        effects: { meters: { prestige: 0.03, credibilityDPRK: 0.03, domesticDPRK: 0.03 } },
      },
    ],
  },
  {
    id: 'pre.noRush',
    phase: 'preSummit',
    kind: 'choice',
    side: 'us',
    title: 'Setting expectations at home',
    location: 'White House, Washington',
    time: '2019-02-24T20:00',
    stage: { backdrop: 'washington', cast: { us: ['trump'], dprk: [] } },
    text: "At the Governors' Ball in the White House, the President is expected to say something about Hanoi. What he says now is what the press will measure the summit against. Promising a big result raises expectations at home. Lowering them makes it easier to leave without a deal, but tells Pyongyang that Washington is in no hurry to ease sanctions.",
    advisers: [
      { adviser: 'politicalAdviser', text: 'Lower the bar. If you promise a breakthrough, anything less looks like failure.' },
      { adviser: 'workingLevelDiplomat', text: 'Pyongyang reads every word. "No hurry" can sound like "no relief".' },
    ],
    history: {
      text: "At the Governors' Ball on 24 February Trump said he was not pushing for speed, but that he was not removing sanctions either.",
      confidence: 'C',
      sources: [GOVBALL],
    },
    minutes: 30,
    choices: [
      {
        id: 'pre.noRush.noRush',
        label: 'Say there is no rush, and sanctions stay',
        outcome:
          'The President says he is not pushing for speed and that sanctions are staying on. Expectations fall at home. In Pyongyang, the message is that relief will not come cheaply.',
        effects: { meters: { audienceUS: -0.06, credibilityUS: 0.05, trustDPRK: -0.03 } },
        historical: true,
        record: 'onRecord',
      },
      {
        id: 'pre.noRush.bigPromise',
        label: 'Promise something big from Hanoi',
        outcome:
          'The President predicts a tremendous summit. The press starts counting what he will bring home, and Pyongyang reads eagerness.',
        effects: { meters: { audienceUS: 0.1, chemistry: 0.04, trustDPRK: 0.04, credibilityUS: -0.04 } },
      },
      {
        id: 'pre.noRush.silent',
        label: 'Keep Hanoi out of the speech',
        outcome:
          'The remarks stay on domestic matters. Nothing is promised and nothing ruled out; commentators fill the silence with their own expectations.',
        effects: { meters: { audienceUS: -0.02, domesticUS: 0.03 } },
      },
    ],
  },
];

export const preSummitBeats: readonly Beat[] = [...mandateBeats, ...preSummitSnubBeats];
