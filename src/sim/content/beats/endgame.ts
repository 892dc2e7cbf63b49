/**
 * Endgame (28 February, from about 11:50): the decision, a last round, the walk, Choe's message
 * (hanoi-dossier.md §0.3, §1b). Signing and the press conferences follow in endgameBeforeTheCameras.ts.
 */

import { CENTRELINE, CNN_SNUB, CNN_TRANSCRIPT, GLBL_CHOE, KBS_MANILA, KSL } from '../record/sources.ts';
import type { Beat } from '../types.ts';
import { endgameBeforeTheCamerasBeats } from './endgameBeforeTheCameras.ts';

/** Choe's "everything at Yongbyon": the DPRK's definition widens to the whole complex. */
const WHOLE_YONGBYON = [
  'yb.reactor5mw',
  'yb.reprocessing',
  'yb.enrichment',
  'yb.fuelFabrication',
  'yb.irt2000',
  'yb.elwr',
  'yb.lithium6',
] as const;

const NO_AGREEMENT = 'No package has been agreed at the table.';
const NO_OFFER = 'There is no North Korean offer on the table to accept.';

const decisionBeats: readonly Beat[] = [
  {
    id: 'end.decision',
    phase: 'endgame',
    kind: 'choice',
    side: 'us',
    title: 'Before lunch',
    location: 'Sofitel Legend Metropole, Hanoi',
    time: '2019-02-28T11:50',
    stage: { backdrop: 'expanded-meeting', cast: { us: ['trump'], dprk: ['kim'] } },
    when: { walked: false },
    text: 'The working lunch is due at 11:55; the table is set and the menu printed. The President must now decide. He can sign what has been agreed, take the North Korean offer as it stands, call one more round, or walk away. One adviser reminds him that leaving a bad deal is also a result. Another warns that a summit ending early will be remembered as a failure.',
    classText:
      'The working lunch is due at 11:55. The President must decide: sign what has been agreed, take the North Korean offer as it stands, or walk away.',
    advisers: [
      {
        adviser: 'hawk',
        text: 'Yongbyon for the heart of the sanctions is a bad trade. Walk: the test moratorium still holds.',
      },
      { adviser: 'workingLevelDiplomat', text: 'There is a text nearly ready. One more round could close the gap.' },
      { adviser: 'politicalAdviser', text: 'A small deal will be attacked at home. A walkout can be presented as strength.' },
    ],
    history: {
      text: 'Around midday the working lunch and the signing ceremony were cancelled. The table had been set, and the two motorcades left the Metropole minutes apart. Trump later said a proposed agreement had been ready to be signed. A CNN source said Kim had come fully expecting a declaration to be signed.',
      confidence: 'C',
      caveat:
        'Confirmed: the cancellation, the set table, the motorcades and what Trump said. Reported [R]: what Kim expected, from a single unnamed CNN source.',
      sources: [CNN_TRANSCRIPT, KSL, CENTRELINE],
    },
    minutes: 10,
    choices: [
      {
        id: 'end.decision.sign',
        label: 'Sign the agreed package',
        outcome:
          'The President tells his team to finalise the text. Lunch goes ahead, and the signing ceremony is set for the afternoon.',
        effects: { meters: { trustDPRK: 0.1, chemistry: 0.05, audienceUS: 0.06, domesticUS: 0.05, hawk: -0.05 } },
        requires: { agreement: true },
        disabledReason: NO_AGREEMENT,
        resolve: 'sign',
      },
      {
        id: 'end.decision.acceptStanding',
        label: 'Accept the North Korean offer as it stands',
        outcome:
          'The President says he will take the offer on the table. His advisers object; the North Koreans are delighted. The lawyers turn the offer into a text over lunch.',
        effects: { meters: { trustDPRK: 0.12, chemistry: 0.06, credibilityUS: -0.08, domesticUS: 0.08, hawk: -0.06 } },
        requires: { standingOffer: true, agreement: false },
        disabledReason: NO_OFFER,
        resolve: 'acceptStanding',
      },
      {
        id: 'end.decision.walk',
        label: 'Walk: cancel the lunch and the signing',
        outcome:
          'The President tells Kim they are not ready to sign. The lunch and the ceremony are cancelled and the set table is left untouched. The motorcades leave the Metropole minutes apart. The talks have broken off.',
        effects: { meters: { credibilityUS: 0.1, trustDPRK: -0.1, chemistry: -0.06 }, setFlags: ['lunchCancelled'] },
        resolve: 'walk',
        historical: true,
        record: 'onRecord',
      },
      {
        id: 'end.decision.oneMore',
        label: 'Call one more round before lunch',
        outcome:
          'The President asks both delegations back to the table for one last try. Lunch is pushed back, and the kitchen waits.',
        requires: { length: 'full' },
        disabledReason: 'The class-length game has no final round: decide now.',
        effects: { meters: { trustDPRK: 0.04, credibilityUS: -0.04 }, setFlags: ['finalRoundCalled'] },
      },
    ],
  },
  {
    id: 'end.finalRound',
    classSkip: true,
    phase: 'endgame',
    kind: 'table',
    side: 'us',
    title: 'One more round',
    location: 'Sofitel Legend Metropole, Hanoi',
    time: '2019-02-28T12:00',
    stage: { backdrop: 'expanded-meeting', cast: { us: ['trump', 'pompeo', 'bolton'], dprk: ['kim', 'kimyongchol', 'ri'] } },
    when: { flags: ['finalRoundCalled'], agreement: false, walked: false },
    text: 'Lunch can wait, but not for long. The delegations sit down again for a last try. The US side opens. Look for a bridge: a little more from each side.',
    advisers: [
      {
        adviser: 'workingLevelDiplomat',
        text: 'A little more from them on other sites and a declaration; a little more from us on relief, with snapback.',
      },
      { adviser: 'foreignMinistry', text: 'If they ask for one more step, ask for one more measure in return.' },
    ],
    minutes: 25,
    choices: [],
  },
  {
    id: 'end.lastCall',
    classSkip: true,
    phase: 'endgame',
    kind: 'choice',
    side: 'us',
    title: 'Last call',
    location: 'Sofitel Legend Metropole, Hanoi',
    time: '2019-02-28T12:30',
    stage: { backdrop: 'expanded-meeting', cast: { us: ['trump'], dprk: ['kim'] } },
    when: { flags: ['finalRoundCalled'], walked: false },
    text: 'The last round is over. The kitchen has held lunch for half an hour, and the signing ceremony is still on the afternoon schedule. There will be no further round. Sign, accept what is on offer, walk away, or agree to keep talking after Hanoi.',
    advisers: [
      { adviser: 'hawk', text: 'If it is not good enough now, another month will not make it so.' },
      {
        adviser: 'workingLevelDiplomat',
        text: 'If we cannot sign, at least leave with an agreement to keep the teams working.',
      },
    ],
    minutes: 10,
    choices: [
      {
        id: 'end.lastCall.sign',
        label: 'Sign the agreed package',
        outcome: 'Both sides initial the text. Lunch is served at last, and the ceremony goes ahead in the afternoon.',
        effects: { meters: { trustDPRK: 0.1, chemistry: 0.05, audienceUS: 0.06, domesticUS: 0.05, hawk: -0.05 } },
        requires: { agreement: true },
        disabledReason: NO_AGREEMENT,
        resolve: 'sign',
      },
      {
        id: 'end.lastCall.acceptStanding',
        label: 'Accept the North Korean offer as it stands',
        outcome:
          'The President says he will take the offer on the table. His advisers object; the North Koreans are delighted. The lawyers work through lunch.',
        effects: { meters: { trustDPRK: 0.12, chemistry: 0.06, credibilityUS: -0.08, domesticUS: 0.08, hawk: -0.06 } },
        requires: { standingOffer: true, agreement: false },
        disabledReason: NO_OFFER,
        resolve: 'acceptStanding',
      },
      {
        id: 'end.lastCall.walk',
        label: 'Walk: cancel the lunch and the signing',
        outcome:
          'The President says they are not ready to sign. The lunch and the ceremony are cancelled, and the motorcades leave minutes apart.',
        effects: { meters: { credibilityUS: 0.08, trustDPRK: -0.1, chemistry: -0.06 }, setFlags: ['lunchCancelled'] },
        resolve: 'walk',
      },
      {
        id: 'end.lastCall.extend',
        label: 'Agree to keep talking after Hanoi',
        outcome:
          'The leaders agree that their teams will keep working and that they will meet again. There is no text to sign, but nobody walks out. Each side will describe the result its own way.',
        effects: { meters: { trustDPRK: 0.04, chemistry: 0.04, credibilityUS: -0.04, domesticUS: 0.04 } },
        resolve: 'extend',
      },
    ],
  },
  {
    id: 'end.choe',
    phase: 'endgame',
    kind: 'choice',
    side: 'dprk',
    title: "Choe Son-hui's message",
    location: 'Sofitel Legend Metropole, Hanoi',
    time: '2019-02-28T12:35',
    stage: { backdrop: 'expanded-meeting', cast: { us: ['pompeo', 'biegun'], dprk: ['choe', 'ri'] } },
    when: { walked: true },
    text: "The talks have broken off and the motorcades are being called. In Kim's suite the question is whether one move is left. Vice Foreign Minister Choe Son-hui could hurry after the departing Americans with a message from Kim: that the offer covers more of Yongbyon than they seem to think. It might reopen the door. It might also look like pleading.",
    classText:
      'The talks have broken off. Vice Foreign Minister Choe Son-hui could hurry after the Americans with a message from Kim: the offer covers more of Yongbyon than they think. It might reopen the door, or look like pleading.',
    advisers: [
      {
        adviser: 'foreignMinistry',
        text: 'They may have misunderstood the scope. Make it clear before they reach the airport.',
      },
      {
        adviser: 'unitedFront',
        text: "Chasing them lowers the chairman's standing. If they want more, let them come back.",
      },
      { adviser: 'partyEconomist', text: 'Nothing changes at home without relief. One message costs little.' },
    ],
    history: {
      text: 'Anonymous US officials, in a report relayed second-hand, said Choe hurried to the departing US delegation with a message from Kim. Asked to clarify, she returned saying the offer covered everything at Yongbyon. US officials did not think it enough to restart talks. CNN also described a last-ditch North Korean effort.',
      confidence: 'R',
      sources: [GLBL_CHOE, CNN_SNUB],
    },
    minutes: 10,
    choices: [
      {
        id: 'end.choe.everything',
        label: 'Send Choe after them: it means everything at Yongbyon',
        outcome:
          'Choe catches the US delegation with a message from Kim. Asked to be precise, she goes back to Kim and returns: the offer covers everything at Yongbyon. The Americans listen and take note.',
        effects: {
          meters: { trustUS: 0.05, prestige: -0.04, domesticDPRK: 0.04 },
          setFlags: ['choeMessageSent', 'scopeClarified'],
        },
        resolve: 'broaden',
        offerPatch: { yongbyon: 3 },
        facilities: WHOLE_YONGBYON,
        historical: true,
        record: 'onRecord',
      },
      {
        id: 'end.choe.letGo',
        label: 'Let them go; the offer stands as made',
        outcome:
          "Nobody follows the Americans. The offer stays on the record as Pyongyang made it, and the chairman's dignity is intact.",
        effects: { meters: { prestige: 0.03, credibilityDPRK: 0.04, trustUS: -0.03 } },
      },
      {
        id: 'end.choe.blame',
        label: 'Prepare to blame Washington in public',
        outcome:
          'The delegation starts drafting a statement on why the talks failed and who is to blame. It will please listeners at home, and make the next meeting harder to arrange.',
        effects: { meters: { audienceDPRK: 0.08, chemistry: -0.08, trustUS: -0.04, domesticDPRK: -0.04 } },
      },
    ],
  },
  {
    id: 'end.reconsider',
    phase: 'endgame',
    kind: 'choice',
    side: 'us',
    title: 'Turn back?',
    location: 'Hanoi',
    time: '2019-02-28T12:45',
    stage: { backdrop: 'hanoi-night', cast: { us: ['trump'], dprk: ['kim'] } },
    when: { flags: ['scopeClarified'], walked: true },
    text: 'Word reaches the US delegation: the North Korean offer covers the entire Yongbyon complex, not just the production facilities. That is more than was clear an hour ago. It is still Yongbyon only: nothing on other enrichment sites, no declaration, no missiles. Going back would reopen the talks. It would also make the walkout look like a bluff.',
    classText:
      'Word reaches the US delegation: the offer covers the whole Yongbyon complex, but still only Yongbyon. Going back would reopen the talks, and make the walkout look like a bluff.',
    advisers: [
      { adviser: 'hawk', text: 'It changes nothing. The other sites and the weapons stay. Keep walking.' },
      { adviser: 'workingLevelDiplomat', text: 'This is the clarity we asked for. At least have the teams test it.' },
      { adviser: 'politicalAdviser', text: 'Coming back now looks weak. Coming back later can look generous.' },
    ],
    history: {
      text: "According to the relayed report, US officials did not think Choe's clarification was enough to restart talks. The next day Pompeo called the Yongbyon offer pretty expansive, but said its scope was still not completely clear.",
      confidence: 'R',
      sources: [GLBL_CHOE, KBS_MANILA],
    },
    minutes: 10,
    choices: [
      {
        id: 'end.reconsider.keepWalking',
        label: 'Keep walking',
        outcome:
          'The US delegation thanks Choe and keeps going. Officials judge the clarification is not enough to restart the talks. The motorcade heads for the JW Marriott.',
        effects: { meters: { credibilityUS: 0.05, trustDPRK: -0.04 } },
        historical: true,
        record: 'onRecord',
      },
      {
        id: 'end.reconsider.returnAccept',
        label: 'Go back and accept the widened offer',
        outcome:
          'The motorcade turns around. Back at the Metropole the President tells Kim he will take the whole of Yongbyon for the relief on offer. The lawyers have an afternoon of work; the hawks have a long flight home to make their case.',
        effects: { meters: { trustDPRK: 0.1, chemistry: 0.08, credibilityUS: -0.1, domesticUS: 0.08 } },
        requires: { standingOffer: true },
        disabledReason: NO_OFFER,
        resolve: 'acceptStanding',
      },
      {
        id: 'end.reconsider.teams',
        label: 'Keep walking, but ask the teams to follow up',
        outcome:
          'The President keeps going, but sends word that the negotiators should take up the clarified offer soon. The walkout stands; the channel stays open.',
        effects: { meters: { trustDPRK: 0.03, credibilityUS: -0.02, hawk: -0.02 } },
      },
    ],
  },
];

export const endgameBeats: readonly Beat[] = [...decisionBeats, ...endgameBeforeTheCamerasBeats];
