/**
 * Talks, day 2 morning (28 February): one-on-one, garden walk, the other-site card and the
 * "big deal" paper (hanoi-dossier.md §1b, §3.4, §3.9). The table follows in talksExpanded.ts.
 */

import { CENTRELINE, HANOIECOMMERCE, REUTERS_PAPER, VIETNAMPLUS, WBRZ } from '../record/sources.ts';
import { HANI_BOLTON, HANI_KANGSON, STRAITS_PAPER } from '../record/sourcesAnalysis.ts';
import type { Beat } from '../types.ts';

export const talksDay2Beats: readonly Beat[] = [
  {
    id: 'talks.oneOnOne',
    phase: 'talks',
    kind: 'choice',
    side: 'us',
    title: 'The morning one-on-one',
    location: 'Sofitel Legend Metropole, Hanoi',
    time: '2019-02-28T09:00',
    stage: { backdrop: 'expanded-meeting', cast: { us: ['trump'], dprk: ['kim'] } },
    text: "Nine o'clock on 28 February. The leaders sit down alone, with interpreters, for about 45 minutes. Pyongyang's offer is expected to be Yongbyon for relief from the UN sanctions of 2016–17. The President can press for more than Yongbyon while hinting that relief need not be all or nothing. He can propose that the two keep talking alone, without staff. Or he can keep this session to rapport and leave the terms to the teams.",
    advisers: [
      {
        adviser: 'hawk',
        text: 'Never negotiate terms without your team in the room. Partial relief for partial steps is how past deals failed.',
      },
      { adviser: 'politicalAdviser', text: 'You read people best alone. If there is a deal, it is in this room.' },
      { adviser: 'workingLevelDiplomat', text: 'If you hint at partial relief, be ready for him to take it.' },
    ],
    history: {
      text: "The leaders' one-on-one on the morning of 28 February lasted about 45 minutes [C]. Bolton's memoir, as reported by the Hankyoreh, says Trump asked whether Kim could go beyond Yongbyon and hinted that relief could be partial, and that Kim refused [R]. These sources do not say in which session this happened.",
      confidence: 'R',
      sources: [VIETNAMPLUS, HANI_BOLTON],
    },
    minutes: 45,
    choices: [
      {
        id: 'talks.oneOnOne.pressBeyond',
        label: 'Ask for more than Yongbyon; hint relief could be partial',
        outcome:
          'The President asks whether Kim can go beyond Yongbyon, and suggests relief need not be all or nothing. Kim holds to his offer. A door has opened a crack, and neither man pushes it.',
        effects: { meters: { trustDPRK: 0.04, credibilityUS: 0.03, chemistry: -0.02 } },
        historical: true,
        record: 'onRecord',
      },
      {
        id: 'talks.oneOnOne.stayAlone',
        label: 'Propose the two keep talking alone, staff outside',
        outcome:
          "The leaders agree to carry on without their delegations for now. Kim seems at ease. In the anteroom, the President's advisers grow uneasy about what might be promised.",
        effects: {
          meters: { hawk: -0.08, chemistry: 0.06, domesticUS: 0.04, credibilityUS: -0.03 },
          setFlags: ['oneOnOneFormat'],
        },
      },
      {
        id: 'talks.oneOnOne.rapport',
        label: 'Keep to rapport; leave the terms to the teams',
        outcome:
          'They talk about Singapore, Vietnam and their letters. The meeting is warm and vague, and the terms stay with advisers who disagree with each other.',
        effects: { meters: { chemistry: 0.06, hawk: 0.04, trustDPRK: 0.02, credibilityUS: -0.02 } },
      },
    ],
  },
  {
    id: 'talks.garden',
    phase: 'talks',
    kind: 'choice',
    side: 'dprk',
    title: 'The garden walk',
    location: 'Sofitel Legend Metropole, Hanoi',
    time: '2019-02-28T09:50',
    stage: { backdrop: 'metropole-garden', cast: { us: ['trump'], dprk: ['kim'] } },
    text: "Mid-morning. The leaders stroll by the pool, Kim Yo Jong watching from a distance, then sit down in a glass-roofed café with Pompeo and Kim Yong Chol. Reporters call out questions. North Korea's leader does not usually answer Western journalists, and at the start of the day he has already told the Washington Post he expects good results. Another answer in his own voice would travel around the world, and would be hard to take back.",
    advisers: [
      { adviser: 'foreignMinistry', text: 'One answer in his own voice is worth a dozen statements from us.' },
      {
        adviser: 'unitedFront',
        text: 'The chairman answers to his people, not to the American press. Silence keeps our options open.',
      },
    ],
    history: {
      text: 'After a poolside walk the leaders continued in a glass-roofed café, joined by Pompeo and Kim Yong Chol. Earlier that morning Kim had answered a Washington Post reporter, saying he felt good results would come. His best-known answer, that he would not be there if he were unwilling to denuclearize, came later, at 11:03, in the same exchange as Trump\'s "A political what?".',
      confidence: 'C',
      sources: [WBRZ, CENTRELINE, HANOIECOMMERCE],
    },
    minutes: 25,
    choices: [
      {
        id: 'talks.garden.answer',
        label: 'Answer: a hopeful word, no commitment',
        outcome:
          'Kim answers through his interpreter that it is too early to say, but that he feels a good result is coming. The answer is around the world within minutes, and the harder question is still to come.',
        effects: { meters: { trustUS: 0.05, audienceDPRK: 0.08, chemistry: 0.03 } },
        historical: true,
        record: 'onRecord',
      },
      {
        id: 'talks.garden.silent',
        label: 'Let the question pass without an answer',
        outcome: 'Kim smiles and walks on. Nothing is promised in public and nothing is gained. The Americans note the silence.',
        effects: { meters: { trustUS: -0.03, credibilityDPRK: 0.03, audienceDPRK: -0.02 } },
      },
    ],
  },
  {
    id: 'talks.site',
    phase: 'talks',
    kind: 'choice',
    side: 'us',
    title: 'The other enrichment site',
    location: 'Sofitel Legend Metropole, Hanoi',
    time: '2019-02-28T10:15',
    stage: { backdrop: 'expanded-meeting', cast: { us: ['trump'], dprk: ['kim'] } },
    text: 'US intelligence believes Yongbyon is only one of several places where North Korea enriches uranium. Raising a site Pyongyang has never declared would show that Washington knows more than it thinks, and make plain that Yongbyon alone is not enough. It would also tell the North Koreans they are being watched closely, and could sour the room just before the expanded meeting.',
    advisers: [
      { adviser: 'intelligenceAnalyst', text: "Once we show what we know, they can start hiding what we don't." },
      {
        adviser: 'hawk',
        text: 'Put it on the table. Any deal that leaves the other enrichment sites running is a bad deal.',
      },
      {
        adviser: 'workingLevelDiplomat',
        text: 'Raise it privately, leader to leader. In front of the delegations it becomes an accusation.',
      },
    ],
    history: {
      text: 'At his press conference Trump said the US had raised points the North Koreans were surprised it knew, hinting at an enrichment site beyond Yongbyon. The Hankyoreh named the Kangson facility as a likely candidate. When and how the site was raised is not on the record.',
      confidence: 'R',
      sources: [HANI_KANGSON],
    },
    minutes: 15,
    choices: [
      {
        id: 'talks.site.reveal',
        label: 'Raise the sites beyond Yongbyon, naming one',
        outcome:
          'The President lays out what the US knows about enrichment beyond Yongbyon. The North Korean side looks surprised. The point lands, and the room turns more guarded.',
        effects: { meters: { credibilityUS: 0.08, hawk: 0.03, trustDPRK: -0.08 }, setFlags: ['siteRevealed'] },
        historical: true,
        record: 'inferred',
      },
      {
        id: 'talks.site.hold',
        label: 'Hold the card for a later round',
        outcome:
          'Nothing is said about other sites for now. The morning stays smoother, and Yongbyon alone remains the frame: the very frame Washington doubts.',
        effects: { meters: { trustDPRK: 0.02, credibilityUS: -0.04, trustUS: -0.03 } },
      },
      {
        id: 'talks.site.private',
        label: 'Raise it privately with Kim, leader to leader',
        outcome:
          'In a quiet moment the President tells Kim that the US knows about another enrichment site. Kim says little. The message is delivered without a public loss of face.',
        effects: { meters: { credibilityUS: 0.04, trustDPRK: -0.04, hawk: -0.02, chemistry: -0.02 }, setFlags: ['siteRevealed'] },
      },
    ],
  },
  {
    id: 'talks.paper',
    phase: 'talks',
    kind: 'choice',
    side: 'us',
    title: 'The "big deal" paper',
    location: 'Sofitel Legend Metropole, Hanoi',
    time: '2019-02-28T10:30',
    stage: { backdrop: 'expanded-meeting', cast: { us: ['trump', 'pompeo', 'bolton'], dprk: ['kim', 'kimyongchol', 'ri'] } },
    text: 'In the folder is a short paper, in Korean and English, defining what Washington means by denuclearization: transfer of the weapons and bomb fuel to the United States; a full declaration with access for inspectors; a halt to all related activity; the end of all nuclear infrastructure; new civilian work for the scientists. Handing it over would end any ambiguity. It would also put on paper terms Pyongyang has long rejected as the "Libya model".',
    advisers: [
      {
        adviser: 'hawk',
        text: 'Give him the definition in writing. If he will not accept the end state, nothing else matters.',
      },
      {
        adviser: 'workingLevelDiplomat',
        text: 'In Pyongyang this reads as the Libya model. It will end the conversation, not start it.',
      },
      { adviser: 'politicalAdviser', text: 'A clear written position protects the President at home, whatever happens.' },
    ],
    history: {
      text: "Reuters, citing the document, reported that Trump gave Kim a paper in Korean and English on 28 February. It called for transferring the weapons and bomb fuel to the US, a full declaration with inspectors' access, a halt to related activity, eliminating nuclear infrastructure and moving scientists to commercial work. Analysts saw it as the Libya model.",
      confidence: 'R',
      sources: [REUTERS_PAPER, STRAITS_PAPER],
    },
    minutes: 15,
    choices: [
      {
        id: 'talks.paper.hand',
        label: 'Hand Kim the paper defining denuclearization',
        outcome:
          'The President hands over the paper. Kim reads it without comment. The American position is now unmistakable, and so is the distance between the two sides.',
        effects: {
          meters: { hawk: 0.06, credibilityUS: 0.05, audienceUS: 0.04, trustDPRK: -0.1 },
          setFlags: ['bigDealPaperTabled'],
        },
        historical: true,
        record: 'onRecord',
      },
      {
        id: 'talks.paper.keep',
        label: 'Keep the paper in the folder',
        outcome:
          'The paper stays with the delegation and the talk stays on Yongbyon and relief. The hawks warn that without a written end state, Pyongyang will treat any first deal as the whole deal.',
        effects: { meters: { trustDPRK: 0.03, hawk: -0.03, credibilityUS: -0.04 } },
      },
      {
        id: 'talks.paper.short',
        label: 'Hand over a shorter note: declaration and freeze',
        outcome:
          'The US hands over one page asking for a declaration and a freeze on all nuclear activity. It is less provocative than the full paper, and still more than Pyongyang came to give.',
        effects: { meters: { credibilityUS: 0.02, hawk: 0.02, trustDPRK: -0.04 } },
      },
    ],
  },
];
