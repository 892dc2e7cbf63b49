/**
 * Dispute: what "Yongbyon" covers, facility by facility (hanoi-dossier.md §0.2, §3.3; facilities.ts).
 */

import { KBS_MANILA, STARCONNECT } from '../record/sources.ts';
import { HANOI_TIMES, SAMORE } from '../record/sourcesAnalysis.ts';
import type { Beat } from '../types.ts';

const PLUTONIUM = ['yb.reactor5mw', 'yb.reprocessing'] as const;
const PRODUCTION = ['yb.reactor5mw', 'yb.reprocessing', 'yb.enrichment', 'yb.lithium6'] as const;
const WHOLE = [
  'yb.reactor5mw',
  'yb.reprocessing',
  'yb.enrichment',
  'yb.fuelFabrication',
  'yb.irt2000',
  'yb.elwr',
  'yb.lithium6',
] as const;

export const disputeBeats: readonly Beat[] = [
  {
    id: 'dispute.us',
    phase: 'dispute',
    kind: 'scope',
    side: 'us',
    title: 'What does "Yongbyon" mean to Washington?',
    location: 'Sofitel Legend Metropole, Hanoi',
    time: '2019-02-28T11:40',
    stage: { backdrop: 'expanded-meeting', cast: { us: ['pompeo', 'biegun'], dprk: ['choe', 'ri'] } },
    text: 'A site map of Yongbyon lies on the table: about 400 buildings on a site of roughly 2–3.4 square miles. It holds the 5 MW reactor, the reprocessing plant, the enrichment hall, fuel fabrication, a Soviet-era research reactor, a light-water reactor under construction and a suspected lithium-6 plant. The North Korean text says only "Yongbyon". Before Washington can weigh the offer, it must decide what it needs that word to cover.',
    classText:
      'A site map of Yongbyon lies on the table: about 400 buildings, from the 5 MW reactor and the enrichment hall to research reactors. The North Korean text says only "Yongbyon". What must that word cover?',
    advisers: [
      {
        adviser: 'intelligenceAnalyst',
        text: 'The production facilities are what matter for new material. The rest is research and support.',
      },
      { adviser: 'hawk', text: 'If it is not every building, they will keep whatever is left out. Be very precise.' },
      { adviser: 'workingLevelDiplomat', text: 'The broader our definition, the more we will have to give for it.' },
    ],
    history: {
      text: 'A US official said it was very important to be precise about what Yongbyon meant, and Pompeo later said there was not complete clarity on scope. Samore noted that North Korea had reportedly not listed the facilities it would include. Exactly which facilities the US side counted is not public. Sources put the site at roughly 2–3.4 square miles and about 400 buildings.',
      confidence: 'D',
      sources: [STARCONNECT, KBS_MANILA, SAMORE],
    },
    minutes: 5,
    choices: [
      {
        id: 'dispute.us.plutonium',
        label: 'The plutonium line: reactor and reprocessing',
        outcome:
          'The US would count an end to plutonium production as Yongbyon. It is the easiest definition for Pyongyang to meet, and it leaves the enrichment hall running.',
        effects: { meters: { trustDPRK: 0.05, domesticUS: 0.06, credibilityUS: -0.04 } },
        facilities: PLUTONIUM,
      },
      {
        id: 'dispute.us.production',
        label: 'Everything that makes nuclear material',
        outcome:
          'The US defines Yongbyon as every facility there that makes nuclear material: reactor, reprocessing, enrichment and the suspected lithium-6 plant. It matches the words the North Koreans use, if they mean what they say.',
        effects: { meters: { trustDPRK: 0.03, domesticUS: 0.03, hawk: -0.02 } },
        facilities: PRODUCTION,
      },
      {
        id: 'dispute.us.whole',
        label: 'Every facility at the site',
        outcome:
          'The US says Yongbyon means the whole complex, research reactors and construction sites included, and asks the North Koreans to confirm it in writing. They do not, for now.',
        effects: { meters: { credibilityUS: 0.04, hawk: 0.03, trustDPRK: -0.04 } },
        facilities: WHOLE,
        historical: true,
        record: 'inferred',
      },
    ],
  },
  {
    id: 'dispute.dprk',
    phase: 'dispute',
    kind: 'scope',
    side: 'dprk',
    title: 'What does "Yongbyon" mean to Pyongyang?',
    location: 'Sofitel Legend Metropole, Hanoi',
    time: '2019-02-28T11:45',
    stage: { backdrop: 'expanded-meeting', cast: { us: ['pompeo', 'biegun'], dprk: ['choe', 'ri'] } },
    text: 'The Americans want to know exactly which buildings "Yongbyon" includes. Kim\'s offer speaks of the nuclear-material production facilities, plutonium and uranium. Naming every facility would clear the air, but give away research reactors the country may want for civilian work. Keeping to the plutonium line would hold something back for the next round, at the cost of looking evasive.',
    classText:
      'The Americans want to know which buildings "Yongbyon" includes. Naming every facility would clear the air but give away research reactors; keeping to the plutonium line holds something back, and looks evasive.',
    advisers: [
      {
        adviser: 'foreignMinistry',
        text: 'Our words were clear: all production facilities. We need not list every laboratory.',
      },
      {
        adviser: 'partyEconomist',
        text: 'If naming everything brings the relief, name everything. A research reactor is not worth five resolutions.',
      },
      {
        adviser: 'militaryAdviser',
        text: 'Enrichment is the part we can least afford to have watched. Offer the plutonium line first.',
      },
    ],
    history: {
      text: 'Ri Yong Ho spoke of dismantling "all the nuclear material production facilities in the Yongbyon area, including plutonium and uranium". On 2 March Choe Son-hui said the entire complex had been offered. Which facilities that list covered is not public; counting the suspected lithium-6 plant as a production facility is the game\'s reading.',
      confidence: 'D',
      sources: [HANOI_TIMES, KBS_MANILA, SAMORE],
    },
    minutes: 5,
    choices: [
      {
        id: 'dispute.dprk.plutonium',
        label: 'The plutonium line: reactor and reprocessing',
        outcome:
          'Pyongyang defines its offer as the plutonium line and keeps enrichment for a later step. The Americans say this is less than the September pledge, and less than they were led to expect.',
        effects: { meters: { credibilityDPRK: 0.03, trustUS: -0.06, domesticDPRK: -0.03 } },
        facilities: PLUTONIUM,
      },
      {
        id: 'dispute.dprk.production',
        label: 'All nuclear-material production facilities',
        outcome:
          'The North Korean side repeats its formula: all production facilities, plutonium and uranium, dismantled with US experts present. It does not say whether the research reactors and the reactor under construction are included.',
        effects: { meters: { audienceDPRK: 0.03, credibilityDPRK: 0.02, trustUS: -0.02 } },
        facilities: PRODUCTION,
        historical: true,
        record: 'inferred',
      },
      {
        id: 'dispute.dprk.whole',
        label: 'Everything at Yongbyon, every building',
        outcome:
          "Pyongyang says its offer covers the whole complex, and the ambiguity is gone. Some in Kim's delegation worry that the chairman has spent his largest card before seeing Washington's.",
        effects: { meters: { trustUS: 0.06, domesticDPRK: 0.05, prestige: -0.03 }, setFlags: ['scopeClarified'] },
        facilities: WHOLE,
      },
    ],
  },
];
