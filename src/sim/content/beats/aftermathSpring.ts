/**
 * Aftermath, March 2019: Sohae, Choe's briefing, and (deal branches) the first implementation steps
 * (hanoi-dossier.md §0.6, §1c).
 */

import { BTIMES, DW_SOHAE, HILL_POMPEO, KOREA_POST, LATIMES_CHOE, ROLLING_STONE, SPL_SOHAE } from '../record/sourcesAnalysis.ts';
import type { Beat } from '../types.ts';

export const aftermathSpringBeats: readonly Beat[] = [
  {
    id: 'after.sohae',
    classSkip: true,
    phase: 'aftermath',
    kind: 'choice',
    side: 'dprk',
    title: 'Sohae',
    location: 'Sohae (Tongchang-ri)',
    time: '2019-03-02T10:00',
    stage: { backdrop: 'pyongyang', cast: { us: [], dprk: ['kim'] } },
    when: { agreement: false },
    text: "At Sohae on the west coast, the engine test stand and the rail-mounted transfer structure were partly taken apart from July 2018, after Kim's spoken promise to Trump at Singapore; the written pledge to Seoul followed on 19 September. No relief has come. Should the work be reversed? Rebuilding would remind Washington that gestures can be undone. Outside analysts watch the site by satellite, so whatever is done will be seen.",
    advisers: [
      {
        adviser: 'militaryAdviser',
        text: 'We dismantled in good faith and received nothing. Restore what we took down.',
      },
      {
        adviser: 'foreignMinistry',
        text: 'Rebuilding now will be read as a threat, and it will be the first thing they see.',
      },
    ],
    history: {
      text: '38 North dated the start of rebuilding to between 16 February and 2 March 2019, and DW reported it began before the summit, so whether it was a post-summit decision is disputed. By 7 March imagery showed the site back at normal operational status.',
      confidence: 'D',
      sources: [DW_SOHAE, ROLLING_STONE, BTIMES],
    },
    minutes: 30,
    choices: [
      {
        id: 'after.sohae.rebuild',
        label: 'Rebuild the engine test stand',
        outcome:
          'Cranes return to Sohae. Within days the test stand and the transfer structure are back. It is a quiet signal that the gestures of 2018 were conditional.',
        effects: { meters: { credibilityDPRK: 0.06, audienceDPRK: 0.03, trustUS: -0.06 }, setFlags: ['sohaeRebuilt'] },
        historical: true,
        record: 'onRecord',
      },
      {
        id: 'after.sohae.leave',
        label: 'Leave Sohae as it stands',
        outcome:
          'The site stays half-dismantled. Pyongyang keeps its gesture intact as a sign of good faith, and waits to see whether Washington notices.',
        effects: { meters: { trustUS: 0.04, credibilityDPRK: -0.04, domesticDPRK: 0.03 } },
      },
    ],
  },
  {
    id: 'after.sohaeResponse',
    classSkip: true,
    phase: 'aftermath',
    kind: 'choice',
    side: 'us',
    title: 'Answering the Sohae reports',
    location: 'White House, Washington',
    time: '2019-03-06T10:00',
    stage: { backdrop: 'washington', cast: { us: ['trump'], dprk: [] } },
    when: { flags: ['sohaeRebuilt'] },
    text: 'Analysts report that Sohae is being rebuilt fast. Reporters ask the President whether Kim has broken faith. What Washington says will tell Pyongyang whether its signals are being heard, and tell the public whether the diplomacy is still alive.',
    advisers: [
      { adviser: 'hawk', text: 'They are pocketing the summit and rebuilding. Answer with pressure.' },
      { adviser: 'workingLevelDiplomat', text: 'It is a signal, not a launch. Answer it with words, not sanctions.' },
      { adviser: 'politicalAdviser', text: 'Do not make it bigger than it is.' },
    ],
    history: {
      text: 'On 6 March Trump said he would be very, very disappointed in Kim if the reports were true. The next day he said he was a little disappointed.',
      confidence: 'C',
      sources: [SPL_SOHAE, KOREA_POST],
    },
    minutes: 30,
    choices: [
      {
        id: 'after.sohaeResponse.disappointed',
        label: 'Say you would be disappointed; keep talks alive',
        outcome:
          '"I would be very, very disappointed in Chairman Kim," the President says. A day later he is only a little disappointed. The signal has been received, and the door stays open.',
        effects: { meters: { chemistry: 0.03, credibilityUS: -0.03, domesticUS: 0.03 } },
        historical: true,
        record: 'onRecord',
      },
      {
        id: 'after.sohaeResponse.sanctions',
        label: 'Answer with new sanctions designations',
        outcome:
          'Treasury adds new names to its list. The hawks are satisfied. Pyongyang says this proves the US never meant to offer relief.',
        effects: { meters: { credibilityUS: 0.06, hawk: 0.04, econPain: 0.05, trustDPRK: -0.08, chemistry: -0.05 } },
      },
      {
        id: 'after.sohaeResponse.downplay',
        label: 'Play it down: no launches, no problem',
        outcome:
          'The President says nothing has been launched and relations are good. Pyongyang notes that rebuilding cost it nothing. Critics at home call it complacency.',
        effects: { meters: { chemistry: 0.04, domesticUS: 0.05, credibilityUS: -0.05 } },
      },
    ],
  },
  {
    id: 'after.dprkImplement',
    phase: 'aftermath',
    kind: 'choice',
    side: 'dprk',
    title: 'The first dismantling step',
    location: 'Yongbyon',
    time: '2019-03-10T09:00',
    stage: { backdrop: 'pyongyang', cast: { us: [], dprk: ['kim'] } },
    when: { agreement: true },
    text: "Two weeks after Hanoi. The agreement sets a schedule: the first Yongbyon facilities are to be shut and taken apart with US experts present, while the first relief moves through the Security Council. Engineers at the site await orders. Moving on schedule builds trust. Moving slowly keeps a hedge until Washington's relief is real.",
    classText:
      'Two weeks after Hanoi, the first Yongbyon facilities are due to be shut with US experts present, as the first relief moves through the Security Council. Moving on schedule builds trust; moving slowly keeps a hedge.',
    // The first steps follow the terms signed (src/sim/session/packageClaims.test.ts).
    textVariants: [
      {
        when: { agreedBelow: { yongbyon: 1 } },
        text: "Two weeks after Hanoi. The agreement asks nothing of Yongbyon itself: its first steps are elsewhere in the text, and US experts are due to watch them. Officials await orders. Moving on schedule builds trust. Moving slowly keeps a hedge until Washington's side of the bargain is real.",
        classText:
          "Two weeks after Hanoi, the agreement's first steps are due, away from Yongbyon, with US experts watching. Moving on schedule builds trust; moving slowly keeps a hedge.",
      },
      {
        when: { agreedBelow: { sanctions: 1 } },
        text: "Two weeks after Hanoi. The agreement sets a schedule: the first Yongbyon facilities are to be shut and taken apart with US experts present. It lifts no sanctions, so what Pyongyang gets for the work is the rest of what Washington signed. Engineers at the site await orders. Moving on schedule builds trust. Moving slowly keeps a hedge until Washington's side is real.",
        classText:
          'Two weeks after Hanoi, the first Yongbyon facilities are due to be shut with US experts present; the agreement lifts no sanctions. Moving on schedule builds trust; moving slowly keeps a hedge.',
      },
    ],
    advisers: [
      {
        adviser: 'foreignMinistry',
        text: 'Keep every date. If they then fail to deliver, the world will see whose fault it is.',
      },
      { adviser: 'militaryAdviser', text: 'Never take down a facility before the relief has actually arrived.' },
      { adviser: 'partyEconomist', text: 'The sooner the relief flows, the sooner the factories run.' },
    ],
    minutes: 30,
    choices: [
      {
        id: 'after.dprkImplement.onSchedule',
        label: 'Dismantle on schedule, with US experts present',
        outcome:
          'US experts watch as the first buildings are shut and cleared. The pictures go around the world. Pyongyang has given up something real, and expects the same in return.',
        effects: { meters: { trustUS: 0.1, credibilityDPRK: 0.05, domesticDPRK: 0.04 } },
      },
      {
        id: 'after.dprkImplement.slowWalk',
        label: 'Slow-walk until the relief is real',
        outcome:
          "Technical problems are reported at the site and dates slip. Pyongyang says it will move when relief moves. Washington's sceptics say they predicted exactly this.",
        textVariants: [
          {
            when: { agreedBelow: { sanctions: 1 } },
            label: "Slow-walk until Washington's steps are real",
            outcome:
              "Technical problems are reported at the site and dates slip. Pyongyang says it will move when Washington does. Washington's sceptics say they predicted exactly this.",
          },
        ],
        effects: { meters: { trustUS: -0.1, credibilityDPRK: -0.04, domesticDPRK: -0.03 } },
      },
      {
        id: 'after.dprkImplement.beyond',
        label: 'Invite the experts to see more than agreed',
        outcome:
          'Pyongyang offers US experts access to the research reactors as well. It is a gesture beyond the text, and hard for the Americans to ignore. Hardliners at home are uneasy.',
        effects: { meters: { trustUS: 0.12, domesticDPRK: 0.06, prestige: -0.04 } },
      },
    ],
  },
  {
    id: 'after.choeBriefing',
    classSkip: true,
    phase: 'aftermath',
    kind: 'choice',
    side: 'dprk',
    title: "Choe Son-hui's briefing",
    location: 'Pyongyang',
    time: '2019-03-15T10:00',
    stage: { backdrop: 'pyongyang', cast: { us: [], dprk: ['choe'] } },
    when: { agreement: false },
    text: 'Choe Son-hui is to brief foreign diplomats and press in Pyongyang on where things stand with the United States. She can use the occasion to put the test moratorium in question, saying the chairman will decide soon. She can end it outright. Or she can leave the moratorium out of it and stress the good relationship between the leaders.',
    advisers: [
      { adviser: 'foreignMinistry', text: 'Put the moratorium in play. Only a cost will move Washington.' },
      {
        adviser: 'unitedFront',
        text: "Blame the President's advisers, not the President. The leaders' channel is our best asset.",
      },
      { adviser: 'partyEconomist', text: 'Ending the moratorium brings sanctions we cannot afford.' },
    ],
    history: {
      text: "On 15 March Choe told diplomats and press that Pompeo and Bolton had created an atmosphere of hostility and mistrust, that Kim would decide on the test moratorium, and that the leaders' chemistry was still good. She quoted Kim asking why he should make the train trip again. Pompeo said the North Koreans were wrong.",
      confidence: 'C',
      sources: [LATIMES_CHOE, HILL_POMPEO],
    },
    minutes: 30,
    choices: [
      {
        id: 'after.choeBriefing.warn',
        label: 'Say Kim will soon decide on the moratorium',
        outcome:
          'Choe blames Pompeo and Bolton for hostility and mistrust and says Kim will decide soon whether to keep the moratorium. Yet the leaders\' chemistry, she says, "is mysteriously wonderful." Pompeo answers that they are wrong.',
        effects: { meters: { credibilityDPRK: 0.06, audienceDPRK: 0.04, trustUS: -0.05 } },
        historical: true,
        record: 'onRecord',
      },
      {
        id: 'after.choeBriefing.quiet',
        label: 'Leave the moratorium out; praise the leaders',
        outcome:
          "Choe says talks should continue and stresses the bond between the leaders. Washington is relieved, and Pyongyang's leverage is no greater than before.",
        effects: { meters: { trustUS: 0.04, chemistry: 0.03, credibilityDPRK: -0.05 } },
      },
      {
        id: 'after.choeBriefing.end',
        label: 'Announce the end of the test moratorium',
        outcome:
          'Choe says North Korea no longer considers itself bound by its halt on nuclear and long-range missile tests. Alarm spreads from Tokyo to Washington, and the way back to talks becomes much steeper.',
        effects: { meters: { credibilityDPRK: 0.1, econPain: 0.05, trustUS: -0.15, chemistry: -0.1 } },
      },
    ],
  },
  {
    id: 'after.usImplement',
    phase: 'aftermath',
    kind: 'choice',
    side: 'us',
    title: 'Delivering the relief',
    location: 'UN Security Council, New York',
    time: '2019-03-20T10:00',
    stage: { backdrop: 'washington', cast: { us: ['trump'], dprk: [] } },
    when: { agreement: true },
    text: 'Under the agreement, Washington is to back the promised sanctions relief at the Security Council as the first phase proceeds. The draft resolution is ready. Hawks in the administration and in Congress want relief held back until inspectors confirm every step. Pyongyang is watching the calendar.',
    classText:
      'Washington is to back the promised sanctions relief at the Security Council as the first phase proceeds. Hawks want relief held back until inspectors confirm every step.',
    // An agreement without sanctions relief leaves Washington the rest of what it signed.
    textVariants: [
      {
        when: { agreedBelow: { sanctions: 1 } },
        text: "The agreement lifts no sanctions, so Washington's part of the first phase is the rest of what it signed. Its steps are drafted and ready. Hawks in the administration and in Congress want even these held back until inspectors confirm every step. Pyongyang is watching the calendar.",
        classText:
          "Washington's part of the first phase is what it signed besides sanctions, which the agreement does not lift. Hawks want it held back until inspectors confirm every step.",
      },
    ],
    advisers: [
      { adviser: 'hawk', text: 'Relief is the only lever we have. Do not pull it until the inspectors report.' },
      { adviser: 'workingLevelDiplomat', text: 'If we miss our dates, they will miss theirs, and say we went first.' },
      { adviser: 'sanctionsOfficial', text: 'Snapback language makes early relief reversible. Use it.' },
    ],
    minutes: 30,
    choices: [
      {
        id: 'after.usImplement.asAgreed',
        label: 'Move the relief as agreed, with snapback',
        outcome:
          'The US tables the resolution on schedule with a snapback clause, and it passes. Trade begins to move in Pyongyang. In Washington, critics warn that relief once given is hard to take back.',
        textVariants: [
          {
            when: { agreedBelow: { sanctions: 1 } },
            label: 'Take the US steps as agreed, on schedule',
            outcome:
              'With no sanctions to lift, Washington does the rest of what it signed, on the dates it signed. Pyongyang notes that the calendar is being kept, and that its economy is no better for it yet.',
          },
        ],
        effects: { meters: { trustDPRK: 0.1, credibilityUS: 0.03, domesticUS: 0.05, econPain: -0.08 } },
      },
      {
        id: 'after.usImplement.delay',
        label: 'Hold the relief until inspectors confirm',
        outcome:
          'Washington says the relief will come when the inspectors report. The hawks are satisfied. Pyongyang calls it a broken promise and slows its own work.',
        textVariants: [
          {
            when: { agreedBelow: { sanctions: 1 } },
            label: 'Hold the US steps until inspectors confirm',
            outcome:
              'Washington says its own steps will come when the inspectors report. The hawks are satisfied. Pyongyang calls it a broken promise and slows its own work.',
          },
        ],
        effects: { meters: { hawk: 0.05, domesticUS: -0.03, trustDPRK: -0.1, credibilityUS: -0.03 } },
        requires: { meterBelow: { audienceUS: 0.6 } },
        disabledReason:
          'The President sold this deal at home as historic: with the whole country watching, he cannot now be seen holding up its relief.',
      },
      {
        id: 'after.usImplement.more',
        label: 'Add US unilateral easing as a bonus',
        textVariants: [
          {
            when: { agreedBelow: { sanctions: 1 } },
            label: 'Ease some US measures although none were agreed',
            outcome:
              'Treasury eases some US measures the agreement left in place. Pyongyang is delighted. Congress is not, and the administration spends weeks defending the move.',
          },
        ],
        outcome:
          'Alongside the UN step, Treasury eases some US measures. Pyongyang is delighted. Congress is not, and the administration spends weeks defending the move.',
        effects: { meters: { trustDPRK: 0.12, chemistry: 0.04, domesticUS: 0.1, hawk: -0.04 } },
      },
    ],
  },
];
