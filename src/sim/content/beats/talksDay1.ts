/**
 * Talks, day 1 (27 February): greeting, opening remarks and the 3+3 dinner (hanoi-dossier.md §1b).
 */

import { HANI_DINNER, NHUB_GREET, SIGAL, UCSB, VNN_DINNER } from '../record/sources.ts';
import type { Beat } from '../types.ts';

export const talksDay1Beats: readonly Beat[] = [
  {
    id: 'talks.greeting',
    phase: 'talks',
    kind: 'choice',
    side: 'dprk',
    title: 'The handshake and opening remarks',
    location: 'Sofitel Legend Metropole, Hanoi',
    time: '2019-02-27T18:30',
    stage: { backdrop: 'metropole-dining', cast: { us: ['trump'], dprk: ['kim'] } },
    text: 'Evening, 27 February. At the Metropole the two leaders shake hands in front of the flags, then sit for a one-on-one of about twenty minutes, with opening remarks before the cameras. Kim speaks first. He can dwell on the journey and the time since Singapore, remind Washington that its promises are now due, or keep it short and formal.',
    advisers: [
      { adviser: 'foreignMinistry', text: 'A warm opening costs nothing, and the President answers warmth with warmth.' },
      {
        adviser: 'unitedFront',
        text: 'The world should hear that we came a long way, and that we expect the Americans to have moved too.',
      },
    ],
    history: {
      text: 'The leaders met at the Metropole at about 18:30 on 27 February for a greeting and a one-on-one scheduled for about 20 minutes. In his opening remarks Kim noted that 261 days had passed since Singapore.',
      confidence: 'C',
      sources: [NHUB_GREET, UCSB],
    },
    minutes: 20,
    choices: [
      {
        id: 'talks.greeting.warm',
        label: 'Speak of the journey and the 261 days since Singapore',
        outcome:
          '"Here we are today after 261 days, in Hanoi together," Kim says. The President answers in kind, and the cameras record a warm start.',
        effects: { meters: { chemistry: 0.06, prestige: 0.02, audienceDPRK: 0.02 } },
        historical: true,
        record: 'onRecord',
      },
      {
        id: 'talks.greeting.firm',
        label: 'Say it is time for Washington to keep its word',
        outcome:
          'Kim says Pyongyang has acted since Singapore and now expects corresponding measures. The line plays well at home. Across the table, the mood cools a little.',
        effects: { meters: { credibilityDPRK: 0.05, audienceDPRK: 0.05, chemistry: -0.04 } },
      },
      {
        id: 'talks.greeting.formal',
        label: 'Keep the remarks short and formal',
        outcome: 'A few polite sentences, and the cameras leave. Nothing is staked in public, and nothing warm is built either.',
        effects: { meters: { audienceDPRK: -0.03, chemistry: -0.03, credibilityDPRK: 0.02 } },
      },
    ],
  },
  {
    id: 'talks.dinner',
    phase: 'talks',
    kind: 'choice',
    side: 'us',
    title: 'The 3+3 dinner',
    location: 'Sofitel Legend Metropole, Hanoi',
    time: '2019-02-27T19:00',
    stage: { backdrop: 'metropole-dining', cast: { us: ['trump', 'pompeo'], dprk: ['kim', 'kimyongchol'] } },
    text: 'The social dinner is a 3+3: the President with Pompeo and acting chief of staff Mick Mulvaney; Kim with Kim Yong Chol and Ri Yong Ho; an interpreter for each side. Bolton is not at the table. The evening is meant to be social, but the President could use it to put his largest idea to Kim directly: everything, meaning weapons, material and facilities, for an end to sanctions.',
    advisers: [
      {
        adviser: 'politicalAdviser',
        text: 'He likes big ideas. Put the whole bargain in front of him tonight, leader to leader.',
      },
      {
        adviser: 'workingLevelDiplomat',
        text: 'Dinner is for rapport. A maximal offer over dessert could make tomorrow harder.',
      },
      { adviser: 'hawk', text: 'Whatever is said tonight, nothing gets traded away without a full declaration.' },
    ],
    history: {
      text: 'The dinner at the Metropole lasted about an hour and forty minutes in a 3+3 format; Bolton was not at the table [C]. The New York Times, as quoted by 38 North, reported that Trump put forward a grand bargain there, all weapons, material and facilities for an end to sanctions, and that Kim resisted [R].',
      confidence: 'R',
      sources: [HANI_DINNER, VNN_DINNER, SIGAL],
    },
    minutes: 100,
    choices: [
      {
        id: 'talks.dinner.grandBargain',
        label: 'Put the grand bargain on the table over dinner',
        outcome:
          'The President sketches the idea: all the weapons, material and facilities, in exchange for an end to sanctions and a bright economic future. Kim listens, then pushes back.',
        effects: { meters: { credibilityUS: 0.04, audienceUS: 0.03, trustDPRK: -0.04 }, setFlags: ['grandBargainAtDinner'] },
        historical: true,
        record: 'onRecord',
      },
      {
        id: 'talks.dinner.social',
        label: 'Keep it social; leave substance for tomorrow',
        outcome:
          "The talk is of Vietnam's growth, families and Singapore. The room relaxes. Nobody yet knows how far apart the two sides really are.",
        effects: { meters: { chemistry: 0.08, trustDPRK: 0.02, credibilityUS: -0.03 } },
        next: 'talks.oneOnOne',
      },
      {
        id: 'talks.dinner.smallDeal',
        label: 'Sound Kim out on a modest first deal',
        outcome:
          'The President asks what a first step might look like. Kim brightens and talks of Yongbyon and relief. Word of the conversation worries the hawks back at the hotel.',
        effects: {
          meters: { trustDPRK: 0.06, chemistry: 0.04, hawk: 0.05, credibilityUS: -0.04 },
          setFlags: ['smallDealTabled'],
        },
        next: 'talks.oneOnOne',
      },
    ],
  },
  {
    id: 'talks.dinnerReply',
    phase: 'talks',
    kind: 'choice',
    side: 'dprk',
    title: 'Answering the grand bargain',
    location: 'Sofitel Legend Metropole, Hanoi',
    time: '2019-02-27T20:00',
    stage: { backdrop: 'metropole-dining', cast: { us: ['trump', 'pompeo'], dprk: ['kim', 'kimyongchol'] } },
    text: 'Over dinner the President has floated everything for everything: all of the weapons, material and facilities, for an end to sanctions. Kim must answer at the table, before his advisers can weigh in. The idea is bold. It also asks Pyongyang to give up its deterrent before it knows whether Washington will deliver.',
    advisers: [
      { adviser: 'foreignMinistry', text: 'We came with a step, not a leap. Trust is built one step at a time.' },
      {
        adviser: 'partyEconomist',
        text: 'Full relief would transform the economy. At least ask what it would mean in practice.',
      },
    ],
    history: {
      text: 'The New York Times, as quoted by 38 North, reported that Kim resisted the grand bargain Trump put forward at dinner. What Kim said in reply is not public.',
      confidence: 'R',
      sources: [SIGAL],
    },
    minutes: 30,
    choices: [
      {
        id: 'talks.dinnerReply.resist',
        label: 'Resist: Yongbyon first, step by step',
        outcome:
          'Kim says a bargain of that size needs trust that does not yet exist, and steers back to Yongbyon and partial relief. The dinner ends cordially, with the gap now visible to both.',
        effects: { meters: { credibilityDPRK: 0.05, trustUS: -0.04, chemistry: -0.02 } },
        historical: true,
        record: 'inferred',
      },
      {
        id: 'talks.dinnerReply.explore',
        label: 'Ask what full relief would look like in practice',
        outcome:
          'Kim asks about timing, which sanctions, what guarantees. The Americans are encouraged. In his own delegation, some worry he has signalled that everything is negotiable.',
        effects: { meters: { trustUS: 0.06, domesticDPRK: 0.05, credibilityDPRK: -0.04 } },
      },
      {
        id: 'talks.dinnerReply.security',
        label: 'Ask what security guarantees would come first',
        outcome:
          'Kim replies that giving up everything would need security guarantees and a peace regime first. The President promises to think about it. Told later, the hawks call it a stalling tactic.',
        effects: { meters: { credibilityDPRK: 0.03, chemistry: 0.02, hawk: 0.03, trustUS: -0.02 } },
      },
    ],
  },
];
