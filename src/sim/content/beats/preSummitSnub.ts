/**
 * Pre-summit, 26 February: the snub. Pompeo waits for Kim Yong Chol (hanoi-dossier.md §0.1).
 */

import { CNN_SNUB, VIETNAMSTAR } from '../record/sources.ts';
import type { Beat } from '../types.ts';

export const preSummitSnubBeats: readonly Beat[] = [
  {
    id: 'pre.snubDPRK',
    phase: 'preSummit',
    kind: 'choice',
    side: 'dprk',
    title: 'Pompeo asks for a meeting',
    location: 'Melia Hotel, Hanoi',
    time: '2019-02-26T18:00',
    stage: { backdrop: 'hanoi-night', cast: { us: ['pompeo'], dprk: ['kimyongchol'] } },
    text: 'Kim checked into the Melia this morning. Pompeo has arrived ahead of the President and wants a last meeting tonight with Kim Yong Chol, his counterpart, to go over the ground before the leaders meet. Kim Yong Chol could meet him, send a deputy with a courteous message, or decline and leave everything to the leaders.',
    advisers: [
      {
        adviser: 'unitedFront',
        text: "Pompeo wants to narrow the chairman's options before he even sits down. Let the leaders settle it.",
      },
      {
        adviser: 'foreignMinistry',
        text: 'Declining the night before tells them we do not want the details checked. They will remember it.',
      },
    ],
    history: {
      text: 'CNN, citing three US officials and another source, reported that Pompeo arrived ahead of Trump expecting a last meeting with Kim Yong Chol, and waited several hours before giving up for the night after Kim Yong Chol declined. The exact evening is not confirmed.',
      confidence: 'R',
      sources: [CNN_SNUB],
    },
    minutes: 30,
    choices: [
      {
        id: 'pre.snubDPRK.decline',
        label: 'Decline; keep everything for the leaders',
        outcome:
          'Word goes back that Kim Yong Chol will not come tonight. The Americans are kept waiting, and nothing is settled before the leaders meet.',
        effects: { meters: { trustUS: -0.05, prestige: 0.02, credibilityDPRK: 0.03 } },
        historical: true,
        record: 'onRecord',
      },
      {
        id: 'pre.snubDPRK.meet',
        label: 'Kim Yong Chol meets Pompeo tonight',
        outcome:
          "The two men talk late into the evening. They do not settle Yongbyon, but each leaves with a clearer sense of the other side's limits.",
        effects: {
          meters: { trustUS: 0.06, chemistry: 0.02, prestige: -0.03, domesticDPRK: 0.03 },
          setFlags: ['snubMeetingHeld'],
        },
        next: 'talks.greeting',
      },
      {
        id: 'pre.snubDPRK.deputy',
        label: 'Send Kim Hyok Chol with a courteous message',
        outcome:
          "Kim Hyok Chol brings greetings and regrets: his superior is busy with the chairman's preparations. Pompeo is polite and unconvinced.",
        effects: { meters: { trustUS: -0.02, prestige: 0.02, credibilityDPRK: -0.02 } },
      },
    ],
  },
  {
    id: 'pre.snubUS',
    phase: 'preSummit',
    kind: 'choice',
    side: 'us',
    title: 'Waiting for Kim Yong Chol',
    location: 'Hanoi',
    time: '2019-02-26T21:00',
    stage: { backdrop: 'hanoi-night', cast: { us: ['pompeo'], dprk: ['kimyongchol'] } },
    text: 'Pompeo has waited for hours, and Kim Yong Chol has not come. Air Force One is landing at Noi Bai and the President is heading for the JW Marriott. Pompeo can let it go for the night, make the slight known to reporters, or advise the President that a summit without preparation is not worth holding.',
    advisers: [
      { adviser: 'hawk', text: 'They are testing whether we want this more than they do. Do not show that we do.' },
      { adviser: 'workingLevelDiplomat', text: 'Meetings with Pyongyang often go this way. Keep the summit on track.' },
      { adviser: 'politicalAdviser', text: 'A cancelled summit is a bad headline. A failed summit is a worse one.' },
    ],
    history: {
      text: "By CNN's account Pompeo waited several hours and gave up for the night; the episode became public only on 6 March. Trump landed around 21:00 on 26 February and stayed at the JW Marriott, and the summit went ahead.",
      confidence: 'R',
      sources: [CNN_SNUB, VIETNAMSTAR],
    },
    minutes: 30,
    choices: [
      {
        id: 'pre.snubUS.wait',
        label: 'Wait, then let it go for the night',
        outcome:
          'Pompeo gives up for the night and says nothing in public. The episode stays private for weeks, but it colours how the US team reads the next two days.',
        effects: { meters: { trustUS: -0.03, hawk: 0.04, credibilityUS: -0.02 } },
        historical: true,
        record: 'onRecord',
      },
      {
        id: 'pre.snubUS.publicise',
        label: 'Let reporters know the North Koreans did not come',
        outcome:
          "By morning the snub is in the news. Washington looks firm; Pyongyang's delegation feels exposed, and the summit opens with an edge.",
        effects: {
          meters: { credibilityUS: 0.05, audienceUS: 0.05, trustDPRK: -0.06, chemistry: -0.04 },
          setFlags: ['snubPublicised'],
        },
      },
      {
        id: 'pre.snubUS.callOff',
        label: 'Advise the President to call the summit off',
        outcome:
          'The President agrees that a summit without preparation is not worth holding and says he will not meet Kim this time. Kim is already in Hanoi; the journey home will be long.',
        effects: { meters: { credibilityUS: 0.1, audienceUS: 0.05, trustDPRK: -0.15, chemistry: -0.15 } },
        resolve: 'cancelSummit',
      },
    ],
  },
];
