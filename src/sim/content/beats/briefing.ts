/**
 * Briefing: the run-up to Hanoi, November 2018 – January 2019 (hanoi-dossier.md §1a).
 * The New Year "new path" address is not in the dossier; the DPRK's warning beat is anchored on the
 * November 2018 pyongjin hint, which is.
 */

import {
  ABC57_JAN,
  AMN_NOV,
  HILL_NOV,
  INFORUM,
  JT_BIEGUN,
  MAVERICK_BIEGUN,
  NKNEWS_GANGSTER,
  YONHAP_JAN,
} from '../record/sources.ts';
import type { Beat } from '../types.ts';

export const briefingBeats: readonly Beat[] = [
  {
    id: 'brief.october',
    phase: 'briefing',
    kind: 'choice',
    side: 'us',
    title: "Pompeo's fourth trip to Pyongyang",
    location: 'Pyongyang',
    time: '2018-10-07T10:00',
    stage: { backdrop: 'pyongyang', cast: { us: ['pompeo'], dprk: ['kim'] } },
    text: 'October 2018. Four months after Singapore, Secretary Pompeo is in Pyongyang to see Kim Jong Un. The talks since the summit have produced little, and in July the North Korean Foreign Ministry denounced US demands in harsh terms. Kim wants a second meeting with the President. Pompeo can agree to one soon, make a declaration of the programme the condition for it, or propose that negotiators work first.',
    advisers: [
      { adviser: 'workingLevelDiplomat', text: 'Only the leaders can unlock this. A second summit keeps the process alive.' },
      { adviser: 'hawk', text: 'Another summit without a declaration rewards delay. Make them earn it.' },
      { adviser: 'politicalAdviser', text: 'A second summit is a stage. Make sure there is something to announce on it.' },
    ],
    history: {
      text: "On 7 October 2018, on his fourth trip to Pyongyang, Pompeo met Kim Jong Un. The two sides agreed to hold a second summit at the earliest possible date. In July, after Pompeo's previous visit, the North Korean Foreign Ministry had called US demands gangster-like.",
      confidence: 'C',
      sources: [INFORUM, NKNEWS_GANGSTER],
    },
    minutes: 30,
    choices: [
      {
        id: 'brief.october.summitSoon',
        label: 'Agree to a second summit as soon as possible',
        outcome:
          'Pompeo and Kim agree that the leaders should meet again at the earliest possible date. The process has a goal again, and the hard questions are handed up to the leaders.',
        effects: { meters: { trustDPRK: 0.05, chemistry: 0.04, audienceUS: 0.04, credibilityUS: -0.03 } },
        historical: true,
        record: 'onRecord',
      },
      {
        id: 'brief.october.declarationFirst',
        label: 'Make a declaration the condition for a summit',
        outcome:
          'Pompeo says the President will meet Kim again once Pyongyang hands over a list of its facilities. Kim answers that a list would come after trust, not before. The visit ends without a date.',
        effects: { meters: { credibilityUS: 0.05, hawk: 0.04, trustDPRK: -0.06, chemistry: -0.04 } },
      },
      {
        id: 'brief.october.negotiatorsFirst',
        label: 'Propose that negotiators work out terms first',
        outcome:
          'Pompeo proposes a standing working-level channel before any summit. Kim agrees in principle, but his side sends no one with authority. Progress is slow.',
        effects: { meters: { trustUS: 0.03, hawk: -0.02, chemistry: -0.03 } },
      },
    ],
  },
  {
    id: 'brief.pyongjin',
    phase: 'briefing',
    kind: 'choice',
    side: 'dprk',
    title: 'Signalling the alternative',
    location: 'Pyongyang',
    time: '2018-11-02T09:00',
    stage: { backdrop: 'pyongyang', cast: { us: [], dprk: ['kim', 'ri'] } },
    text: "November 2018, five months after Singapore. The UN sanctions of 2016–17 are all still in force, and Washington's line is final, fully verified denuclearization (FFVD) before any relief. The Foreign Ministry wants to remind the Americans that Pyongyang has other options. One is to hint, through official media, at a return to pyongjin: building the economy and nuclear forces side by side. Such a hint would be noticed in Washington, and remembered there.",
    advisers: [
      {
        adviser: 'foreignMinistry',
        text: 'A signal in our media costs little and reminds them that patience runs both ways.',
      },
      {
        adviser: 'partyEconomist',
        text: 'Threats do not lift sanctions. The economy needs the talks to move, not stall.',
      },
    ],
    history: {
      text: 'In early November 2018 North Korea hinted that it might revive pyongjin, the line of building the economy and nuclear forces in parallel. The same month, a planned Pompeo–Kim Yong Chol meeting in New York was called off the day before, with no reason given.',
      confidence: 'C',
      sources: [AMN_NOV, HILL_NOV],
    },
    minutes: 30,
    choices: [
      {
        id: 'brief.pyongjin.hint',
        label: 'Hint at reviving the pyongjin line',
        outcome:
          'A commentary in official media raises the old parallel line of economy and nuclear forces. Analysts abroad read it as a warning. In Washington it strengthens the view that Pyongyang bargains by threat.',
        effects: { meters: { credibilityDPRK: 0.08, audienceDPRK: 0.05, trustUS: -0.05 }, setFlags: ['newPathThreatened'] },
        historical: true,
        record: 'onRecord',
      },
      {
        id: 'brief.pyongjin.quiet',
        label: 'Keep the public line calm; press in private',
        outcome:
          'Official media stay on the spirit of Singapore. Private messages ask for corresponding measures. The Americans hear less noise, and also less urgency.',
        effects: { meters: { trustUS: 0.04, credibilityDPRK: -0.05, domesticDPRK: 0.03 } },
      },
      {
        id: 'brief.pyongjin.gesture',
        label: 'Offer outside experts a look at Sohae',
        outcome:
          'Pyongyang offers to let outside experts watch the dismantling at Sohae, as promised to Seoul in September. Washington notes the gesture. Some at home ask why more is given when nothing has come back.',
        effects: { meters: { trustUS: 0.06, prestige: -0.03, domesticDPRK: 0.05, credibilityDPRK: -0.03 } },
      },
    ],
  },
  {
    id: 'brief.nyNoShow',
    phase: 'briefing',
    kind: 'choice',
    side: 'us',
    title: 'The New York meeting postponed',
    location: 'Washington',
    time: '2018-11-08T09:00',
    stage: { backdrop: 'washington', cast: { us: ['pompeo'], dprk: ['kimyongchol'] } },
    text: 'November 2018. The meeting in New York between Secretary Pompeo and Kim Yong Chol, meant to prepare a second summit, was postponed on 7 November, the day before it was due; the State Department announced it and gave no new date. Pyongyang has also been hinting at its old parallel line. How should Washington answer? Some want to show that stalling carries a cost. Others want to protect the road to a second summit.',
    advisers: [
      { adviser: 'hawk', text: 'If stalling costs nothing, we will see more of it. Tighten enforcement.' },
      {
        adviser: 'workingLevelDiplomat',
        text: 'Postponements are routine with Pyongyang. Keep the channel open and fix a new date.',
      },
      { adviser: 'politicalAdviser', text: 'A personal letter from the President moves Pyongyang faster than any cable.' },
    ],
    history: {
      text: 'The Pompeo–Kim Yong Chol meeting planned for 8 November in New York was postponed in advance: the State Department announced it on 7 November, without explanation and without a new date. Nobody was left waiting. Contact resumed at a high level in January 2019, when Kim Yong Chol came to Washington and met Pompeo and Trump.',
      confidence: 'C',
      sources: [HILL_NOV, AMN_NOV, YONHAP_JAN],
    },
    minutes: 30,
    choices: [
      {
        id: 'brief.nyNoShow.patience',
        label: 'Reschedule quietly and keep the channel open',
        outcome:
          'The State Department says the meeting will happen later. No new penalties follow. Pyongyang reads patience; some in Washington read weakness.',
        effects: { meters: { trustDPRK: 0.05, credibilityUS: -0.04, hawk: -0.03 } },
        historical: true,
        record: 'onRecord',
      },
      {
        id: 'brief.nyNoShow.retaliate',
        label: 'Answer with tighter sanctions enforcement',
        outcome:
          'New enforcement steps against sanctions evasion are announced. Pyongyang calls them proof of hostile intent, and the channel goes quiet for weeks.',
        effects: {
          meters: { credibilityUS: 0.08, econPain: 0.05, trustDPRK: -0.08, chemistry: -0.05 },
          setFlags: ['nyNoShowRetaliated'],
        },
      },
      {
        id: 'brief.nyNoShow.letter',
        label: 'Send Kim a personal letter from the President',
        outcome:
          "The letter praises Singapore and proposes meeting again early next year. The reply is warm. Hawks worry that the leaders' channel is running ahead of the negotiators.",
        effects: { meters: { chemistry: 0.08, trustDPRK: 0.04, hawk: -0.04, audienceUS: 0.04 }, setFlags: ['letterSent'] },
      },
    ],
  },
  {
    id: 'brief.envoy',
    phase: 'briefing',
    kind: 'choice',
    side: 'dprk',
    title: 'A letter for the Oval Office',
    location: 'Pyongyang',
    time: '2019-01-17T09:00',
    stage: { backdrop: 'pyongyang', cast: { us: ['pompeo'], dprk: ['kimyongchol'] } },
    text: "January 2019. Kim wants a second summit, and soon. The question is how to get there. Kim Yong Chol, the party vice chairman who handles the Americans, could fly to Washington with a letter for the President, going over the heads of the working level. That would show seriousness. It would also tie Kim's prestige more closely to the next meeting.",
    advisers: [
      {
        adviser: 'unitedFront',
        text: 'The President decides, not his staff. Take the letter to him directly.',
      },
      { adviser: 'foreignMinistry', text: 'Without working-level preparation, a summit can be all stage and no text.' },
    ],
    history: {
      text: 'On 18 January 2019 Kim Yong Chol met Pompeo and then spent about 90 minutes with Trump in the Oval Office, carrying a letter from Kim. The White House then announced a second summit for late February.',
      confidence: 'C',
      sources: [YONHAP_JAN, ABC57_JAN],
    },
    minutes: 30,
    choices: [
      {
        id: 'brief.envoy.send',
        label: 'Send Kim Yong Chol with a letter to the President',
        outcome:
          'Kim Yong Chol meets Pompeo, then spends about 90 minutes with the President. The White House announces a second summit near the end of February.',
        effects: { meters: { chemistry: 0.06, trustDPRK: 0.03, prestige: 0.04 } },
        historical: true,
        record: 'onRecord',
      },
      {
        id: 'brief.envoy.workingLevel',
        label: 'Insist on working-level talks before any summit',
        outcome:
          "Pyongyang proposes that the negotiators meet first. Preparation improves, but the summit date slips and the leaders' momentum fades.",
        effects: { meters: { trustUS: 0.05, chemistry: -0.04, econPain: 0.03 } },
      },
      {
        id: 'brief.envoy.wait',
        label: 'Wait for a US move on sanctions first',
        outcome:
          'Pyongyang lets it be known that no summit is needed until Washington shows corresponding measures. The silence stretches, and the sanctions bite a little harder.',
        effects: { meters: { credibilityDPRK: 0.06, econPain: 0.05, chemistry: -0.05, trustUS: -0.03 } },
      },
    ],
  },
  {
    id: 'brief.stanford',
    phase: 'briefing',
    kind: 'choice',
    side: 'us',
    title: 'Setting the frame at Stanford',
    location: 'Stanford University',
    time: '2019-01-31T10:00',
    stage: { backdrop: 'washington', cast: { us: ['biegun'], dprk: [] } },
    text: 'Special Representative Stephen Biegun is to give his first public speech on North Korea at Stanford. It will set the frame for Hanoi. He could describe a step-by-step process, with the US taking corresponding measures as the North dismantles. He could describe one big bargain, with relief only at the end. Or he could make a full declaration of the programme the first test.',
    advisers: [
      {
        adviser: 'workingLevelDiplomat',
        text: 'Pyongyang will not move without something in return. Say we are ready for corresponding measures.',
      },
      {
        adviser: 'hawk',
        text: 'Step-by-step deals have been pocketed before. Relief comes after denuclearization, not before.',
      },
      {
        adviser: 'politicalAdviser',
        text: 'Whatever you say in public becomes a yardstick the press will hold the President to.',
      },
    ],
    history: {
      text: 'At Stanford on 31 January Biegun said Kim had committed to dismantle and destroy plutonium and uranium-enrichment facilities beyond Yongbyon, in exchange for corresponding measures, and called for a comprehensive declaration. North Korea never confirmed the pledge.',
      confidence: 'C',
      sources: [MAVERICK_BIEGUN, JT_BIEGUN],
    },
    minutes: 30,
    choices: [
      {
        id: 'brief.stanford.corresponding',
        label: 'Frame it step by step, with corresponding measures',
        outcome:
          'Biegun says Kim committed to dismantling plutonium and enrichment facilities beyond Yongbyon in return for corresponding measures, and asks for a full declaration. Pyongyang hears flexibility. Critics at home hear a softer line.',
        effects: { meters: { trustDPRK: 0.06, hawk: -0.04, credibilityUS: -0.03 } },
        historical: true,
        record: 'onRecord',
      },
      {
        id: 'brief.stanford.bigDeal',
        label: 'Frame it as one big deal: relief only at the end',
        outcome:
          'The speech sets full denuclearization as the price of any relief. Hawks approve and the public line hardens. In Pyongyang it is read as a demand for unilateral disarmament.',
        effects: {
          meters: { hawk: 0.06, audienceUS: 0.06, credibilityUS: 0.05, trustDPRK: -0.08 },
          setFlags: ['bigDealFramed'],
        },
      },
      {
        id: 'brief.stanford.declaration',
        label: 'Lead with the demand for a complete declaration',
        outcome:
          'The speech makes a full inventory the first test. It is a clear yardstick, and one Pyongyang has long refused to meet.',
        effects: { meters: { credibilityUS: 0.04, hawk: 0.03, audienceUS: 0.03, trustDPRK: -0.05 } },
      },
    ],
  },
];
