/**
 * Aftermath, April – October 2019: Moon at the White House, missile tests, Panmunjom, Stockholm, and
 * (deal branches) the next phase (hanoi-dossier.md §1c, §2).
 */

import {
  CGTN_MOON,
  DAILY_BEAST_SLBM,
  NEWS5_MAY,
  NKNEWS_SPA,
  NKNEWS_STOCKHOLM,
  TVNZ_STOCKHOLM,
  WAPO_DMZ,
  WEALTH365,
} from '../record/sourcesAnalysis.ts';
import type { Beat, HistoricalNote } from '../types.ts';

/** The record of the Stockholm talks: the follow-up table's note adds that its offers are the game's. */
const STOCKHOLM_RECORD: HistoricalNote = {
  text: 'On 5 October Kim Myong Gil and Biegun met at Villa Elfvik Strand for about 8.5 hours. North Korea said the talks broke down and that the US came empty-handed; the State Department called them good discussions. Days earlier North Korea had tested the Pukguksong-3, described as submarine-launched.',
  confidence: 'C',
  sources: [NKNEWS_STOCKHOLM, TVNZ_STOCKHOLM, DAILY_BEAST_SLBM],
};

export const aftermathToStockholmBeats: readonly Beat[] = [
  {
    id: 'after.moon',
    classSkip: true,
    phase: 'aftermath',
    kind: 'choice',
    side: 'us',
    title: 'Moon at the White House',
    location: 'White House, Washington',
    time: '2019-04-11T11:00',
    stage: { backdrop: 'washington', cast: { us: ['trump'], dprk: [] } },
    when: { agreement: false },
    text: "President Moon Jae-in is at the White House. He argues for a comprehensive goal reached through smaller steps, and hopes to reopen the Kaesong industrial zone and Mount Kumgang tourism. The President must decide how much to give his ally: hold to the big deal, leave room for smaller deals, or back Moon's step-by-step plan outright.",
    advisers: [
      {
        adviser: 'hawk',
        text: 'Small deals are how Pyongyang has pocketed concessions for decades. Hold to the big deal.',
      },
      { adviser: 'workingLevelDiplomat', text: 'Moon is our best channel to Kim. Give him something to carry.' },
      { adviser: 'politicalAdviser', text: 'Leave the door ajar. Saying smaller deals might happen costs nothing today.' },
    ],
    history: {
      text: 'At the White House on 11 April, Moon pushed for a comprehensive deal carried out in smaller steps. Trump held to the big deal, said sanctions would stay and refused an economic opening for now, but allowed that smaller deals might happen.',
      confidence: 'C',
      sources: [CGTN_MOON, WEALTH365],
    },
    minutes: 30,
    choices: [
      {
        id: 'after.moon.bigDealOpen',
        label: 'Hold to the big deal, but allow smaller deals',
        outcome:
          'The President says sanctions stay and he wants the big deal, though smaller deals might happen along the way. Moon gets a hearing, not an economic opening.',
        effects: { meters: { credibilityUS: 0.03, trustDPRK: 0.03, hawk: -0.03, econPain: 0.03 } },
        historical: true,
        record: 'onRecord',
      },
      {
        id: 'after.moon.stepByStep',
        label: "Back Moon's plan: one goal, smaller steps",
        outcome:
          'The President endorses a phased approach and lets Seoul explore inter-Korean projects. Moon flies home with something to offer Kim. Hawks warn that relief by the back door has begun.',
        effects: {
          meters: { trustDPRK: 0.08, econPain: -0.04, hawk: -0.04, domesticUS: 0.05, credibilityUS: -0.04 },
          setFlags: ['smallDealTabled'],
        },
      },
      {
        id: 'after.moon.pressure',
        label: 'Tell Moon that pressure must come first',
        outcome:
          "The President says there will be no economic opening until Pyongyang moves. Moon leaves empty-handed, and Seoul's role as broker weakens.",
        effects: { meters: { credibilityUS: 0.05, econPain: 0.04, trustDPRK: -0.06, chemistry: -0.03 } },
      },
    ],
  },
  {
    id: 'after.missiles',
    classSkip: true,
    phase: 'aftermath',
    kind: 'choice',
    side: 'dprk',
    title: 'Testing, within limits?',
    location: 'Hodo peninsula (Wonsan) and Kusong (North Pyongan)',
    time: '2019-05-04T09:00',
    stage: { backdrop: 'pyongyang', cast: { us: [], dprk: ['kim'] } },
    when: { agreement: false },
    text: "In April Kim told the Supreme People's Assembly he would wait until the end of the year for Washington to change its approach. The halt on nuclear and long-range missile tests still holds. Short-range launches would remind Washington and Seoul of the cost of waiting without breaking that halt. A long-range test would break it.",
    advisers: [
      { adviser: 'militaryAdviser', text: 'New systems need testing. Short-range launches stay inside the moratorium.' },
      { adviser: 'foreignMinistry', text: 'Every launch hands the hawks in Washington an argument.' },
      { adviser: 'partyEconomist', text: 'A long-range test brings new sanctions we cannot afford.' },
    ],
    history: {
      text: "On 12 April Kim told the Supreme People's Assembly he would wait until the end of the year for a change in the US approach. On 4 May North Korea fired short-range, Iskander-type (KN-23) missiles from the Hodo peninsula near Wonsan, its first launches since Hanoi; on 9 May it fired more from the Kusong area of North Pyongan.",
      confidence: 'C',
      sources: [NKNEWS_SPA, NEWS5_MAY],
    },
    minutes: 30,
    choices: [
      {
        id: 'after.missiles.shortRange',
        label: 'Test new short-range missiles',
        outcome:
          'New short-range missiles fly from the Hodo peninsula near Wonsan on 4 May, the first launches since Hanoi, and from Kusong in North Pyongan on 9 May. The halt on nuclear and long-range tests still stands.',
        effects: { meters: { credibilityDPRK: 0.06, trustUS: -0.05, domesticUS: 0.03 }, setFlags: ['missileTests'] },
        historical: true,
        record: 'onRecord',
      },
      {
        id: 'after.missiles.hold',
        label: 'Hold all launches until the year-end deadline',
        outcome: 'The ranges stay quiet. Washington has no new reason for alarm, and no new reason for urgency either.',
        effects: { meters: { trustUS: 0.04, credibilityDPRK: -0.04 } },
      },
      {
        id: 'after.missiles.longRange',
        label: 'Test a long-range missile',
        outcome:
          'A long-range missile flies for the first time since 2017 and the moratorium is over. The Security Council meets in emergency session, and a year of diplomacy is in ruins.',
        effects: {
          meters: { credibilityDPRK: 0.1, econPain: 0.08, trustUS: -0.2, chemistry: -0.15 },
          setFlags: ['missileTests'],
        },
      },
    ],
  },
  {
    id: 'after.panmunjom',
    phase: 'aftermath',
    kind: 'choice',
    side: 'us',
    title: 'An invitation at the DMZ',
    location: 'Panmunjom (DMZ)',
    time: '2019-06-30T10:00',
    stage: { backdrop: 'washington', cast: { us: ['trump'], dprk: ['kim'] } },
    when: { agreement: false },
    text: 'The President is visiting South Korea. He could invite Kim to meet at the Demilitarized Zone at short notice: a striking image, and a chance to restart working-level talks. Critics will say a handshake without terms rewards the recent missile launches. Staying away keeps the pressure intact but leaves the channel cold.',
    classText:
      'The President is in South Korea. He could invite Kim to meet at the Demilitarized Zone at short notice, a chance to restart talks; critics will say a handshake without terms rewards the missile launches.',
    advisers: [
      { adviser: 'politicalAdviser', text: 'A handshake at the DMZ is history on camera.' },
      { adviser: 'hawk', text: 'Meeting without preconditions after missile launches rewards the launches.' },
      { adviser: 'workingLevelDiplomat', text: 'If you meet, come away with an agreement to restart the teams.' },
    ],
    history: {
      text: 'On 30 June Trump met Kim at Panmunjom and became the first sitting US president to step into North Korea. The two talked privately and agreed to set up negotiating teams. The cited report is dated 29 June, when Trump said Kim wanted to join him at the DMZ; we do not give a length for the private talk, which that report cannot show.',
      confidence: 'C',
      sources: [WAPO_DMZ],
    },
    minutes: 30,
    choices: [
      {
        id: 'after.panmunjom.meet',
        label: 'Invite Kim to meet at the DMZ',
        outcome:
          'The President steps across the line into North Korea, the first sitting president to do so. He and Kim talk privately and agree to set up negotiating teams.',
        effects: { meters: { chemistry: 0.1, trustDPRK: 0.06, hawk: -0.04, domesticUS: 0.04 }, setFlags: ['panmunjomMeeting'] },
        historical: true,
        record: 'onRecord',
      },
      {
        id: 'after.panmunjom.stayAway',
        label: 'Stay away until talks resume',
        outcome: 'The President visits the troops but sends no invitation. The pressure stays, and so does the silence.',
        effects: { meters: { credibilityUS: 0.04, chemistry: -0.04, trustDPRK: -0.03 } },
      },
      {
        id: 'after.panmunjom.envoy',
        label: 'Send Biegun to propose new talks instead',
        outcome:
          'Biegun carries a proposal for working-level talks. It is businesslike and low-key, and Pyongyang takes its time to answer.',
        effects: { meters: { trustDPRK: 0.03, hawk: 0.02, chemistry: -0.02 } },
      },
    ],
  },
  {
    id: 'after.nextPhase',
    classSkip: true,
    phase: 'aftermath',
    kind: 'choice',
    side: 'us',
    title: 'The next phase',
    location: 'Washington',
    time: '2019-06-30T10:00',
    stage: { backdrop: 'washington', cast: { us: ['trump'], dprk: [] } },
    when: { agreement: true },
    text: "The first phase of the agreement is under way. The next is meant to take up whatever Hanoi's text left open and to turn the rest of its promises into steps on the ground. Washington can push for it now, while momentum lasts, or let the first phase settle and build trust first.",
    // What Hanoi left aside follows the terms signed (src/sim/session/packageClaims.test.ts).
    textVariants: [
      {
        when: { agreedBelow: { otherSites: 1, declaration: 1, missiles: 1 } },
        text: 'The first phase of the agreement is under way. The next is meant to take up what Hanoi left aside: enrichment beyond Yongbyon, a declaration, missiles. Washington can push for it now, while momentum lasts, or let the first phase settle and build trust first.',
      },
      {
        when: { agreedAtLeast: { otherSites: 1, declaration: 1, missiles: 1 } },
        text: "The first phase of the agreement is under way. Hanoi's text already reaches past Yongbyon, to other sites, a declaration and missiles; the next phase is where those promises have to be kept. Washington can push for it now, while momentum lasts, or let the first phase settle and build trust first.",
      },
    ],
    advisers: [
      {
        adviser: 'hawk',
        text: 'The other enrichment sites are still running. Every month we wait, they make more material.',
      },
      { adviser: 'workingLevelDiplomat', text: 'Push too early and they will say we moved the goalposts.' },
      { adviser: 'intelligenceAnalyst', text: 'What we learn at Yongbyon will tell us what to ask for next.' },
    ],
    minutes: 30,
    choices: [
      {
        id: 'after.nextPhase.pushNow',
        label: 'Press now for the sites beyond Yongbyon',
        outcome:
          'The US asks for a declaration of all enrichment sites as the price of further relief. Pyongyang objects that the ink on Hanoi is barely dry, but agrees to talk.',
        textVariants: [
          {
            when: { agreedBelow: { sanctions: 1 } },
            outcome:
              'The US asks for a declaration of all enrichment sites as the price of the next phase. Pyongyang objects that the ink on Hanoi is barely dry, but agrees to talk.',
          },
        ],
        effects: { meters: { credibilityUS: 0.05, hawk: 0.04, trustDPRK: -0.05 } },
      },
      {
        id: 'after.nextPhase.consolidate',
        label: 'Let the first phase settle before asking more',
        outcome:
          'Washington focuses on making the first phase work. Trust grows on both sides, and so does the material made at sites nobody has inspected.',
        effects: { meters: { trustDPRK: 0.06, trustUS: 0.03, credibilityUS: -0.03, hawk: -0.03 } },
      },
      {
        id: 'after.nextPhase.linkage',
        label: 'Offer peace-regime talks for a full declaration',
        outcome:
          'The US proposes talks on a peace regime if Pyongyang declares its whole programme. It is a real trade, and it tests how far Washington will go on security.',
        effects: { meters: { trustDPRK: 0.08, hawk: 0.05, audienceUS: 0.04, domesticUS: 0.04 } },
      },
    ],
  },
  {
    id: 'after.stockholmTable',
    phase: 'aftermath',
    kind: 'table',
    side: 'us',
    title: 'Stockholm: the working-level table',
    location: 'Villa Elfvik Strand, Lidingö (Stockholm)',
    time: '2019-10-05T10:00',
    stage: { backdrop: 'pyongyang', cast: { us: ['biegun'], dprk: ['official'] } },
    when: { agreement: false },
    classSkip: true,
    followUpTable: { closes: '2019-10-05T18:30', minutesPerOffer: 45 },
    text: 'After months of delay, working-level talks open outside Stockholm: Kim Myong Gil for Pyongyang, Biegun for Washington, with the whole day ahead. Days earlier North Korea tested a missile described as submarine-launched. Whatever the spring and summer did to trust and patience sits at this table. An agreement here would be a first step, not the Hanoi deal.',
    advisers: [
      {
        adviser: 'workingLevelDiplomat',
        text: 'A small, verifiable first step is within reach if we move on sanctions at all. They will not take the Hanoi paper again.',
      },
      {
        adviser: 'hawk',
        text: 'The launch days ago is the answer to anyone who wants to pay for a freeze.',
      },
      {
        adviser: 'foreignMinistry',
        text: 'Ask what they brought that is new. If the answer is nothing, the year-end deadline speaks for us.',
      },
      { adviser: 'partyEconomist', text: 'Any relief this year is worth more than a perfect deal next year.' },
    ],
    history: {
      ...STOCKHOLM_RECORD,
      text: `${STOCKHOLM_RECORD.text} No agreement was reached; what was offered across the table was not published, and the offers here are the game's.`,
    },
    choices: [],
  },
  {
    id: 'after.stockholm',
    phase: 'aftermath',
    kind: 'choice',
    side: 'dprk',
    title: 'Stockholm: what Pyongyang says',
    location: 'Villa Elfvik Strand, Lidingö (Stockholm)',
    time: '2019-10-05T18:30',
    stage: { backdrop: 'pyongyang', cast: { us: ['biegun'], dprk: ['official'] } },
    when: { agreement: false, notFlags: ['followUpAgreed'] },
    text: 'The day at Villa Elfvik Strand ends without an agreement. The Americans brought ideas but, as Pyongyang reads it, nothing new on sanctions or security. Reporters wait outside, and the year-end deadline is getting closer. What Kim Myong Gil says now decides whether there is another round.',
    classText:
      'The day ends without an agreement. As Pyongyang reads it, the Americans brought nothing new on sanctions or security, and the year-end deadline is close.',
    advisers: [
      {
        adviser: 'foreignMinistry',
        text: 'If they have nothing new, say so loudly. A deadline means nothing unless we hold to it.',
      },
      { adviser: 'partyEconomist', text: 'Another round costs us nothing. Walking out costs the relief we still need.' },
    ],
    history: STOCKHOLM_RECORD,
    minutes: 30,
    choices: [
      {
        id: 'after.stockholm.breakOff',
        label: 'Declare the talks broken down',
        outcome:
          'After about eight and a half hours Kim Myong Gil tells reporters the talks "broke down" and that the US came empty-handed. The State Department calls them good discussions. Once again the two accounts are far apart.',
        effects: { meters: { credibilityDPRK: 0.05, audienceDPRK: 0.04, trustUS: -0.05 }, setFlags: ['stockholmTalks'] },
        historical: true,
        record: 'onRecord',
      },
      {
        id: 'after.stockholm.stay',
        label: 'Call the talks useful and agree to meet again',
        outcome:
          'Kim Myong Gil calls the talks useful and agrees to meet again within weeks. The year-end deadline loses some of its force, and the channel stays open.',
        effects: { meters: { trustUS: 0.05, chemistry: 0.03, credibilityDPRK: -0.05 }, setFlags: ['stockholmTalks'] },
      },
      {
        id: 'after.stockholm.skip',
        label: 'Refuse to meet again until Washington changes course',
        outcome: 'Pyongyang sends word that there is nothing more to discuss. The deadline approaches with no talks at all.',
        effects: { meters: { credibilityDPRK: 0.05, econPain: 0.03, trustUS: -0.06, chemistry: -0.05 } },
      },
    ],
  },
];
