/** Glossary: Yongbyon, its facilities, other sites and weapons (hanoi-dossier.md §3.3–3.5, §6). */
import type { GlossaryTerm } from './glossary.ts';
import * as S from './sources.ts';
import * as A from './sourcesAnalysis.ts';

export const GLOSSARY_NUCLEAR: readonly GlossaryTerm[] = [
  {
    id: 'g.yongbyon',
    term: 'Yongbyon',
    aliases: ['Nyongbyon', 'Yongbyon complex'],
    definition:
      "North Korea's main nuclear centre, about 100 km north of Pyongyang, with reactors, a reprocessing plant and a uranium enrichment plant. Sources put it at roughly 2 to 3.4 square miles, or about 400 buildings. What the word covered was disputed in Hanoi.",
    sources: [A.REUTERS_YONGBYON, A.TIME_YONGBYON],
  },
  {
    id: 'g.reactor5mw',
    term: '5 MW reactor',
    aliases: ['5 MW(e) reactor', '5 MW(e)', 'five-megawatt reactor', 'gas-graphite reactor'],
    definition: "Yongbyon's gas-graphite reactor. Its spent fuel is the source of North Korea's weapons plutonium.",
    sources: [A.REUTERS_YONGBYON],
  },
  {
    id: 'g.reprocessing',
    term: 'reprocessing plant',
    aliases: ['reprocessing'],
    definition: 'The Yongbyon plant that separates plutonium from spent reactor fuel by chemical means.',
    sources: [A.REUTERS_YONGBYON],
  },
  {
    id: 'g.enrichment',
    term: 'uranium enrichment plant',
    aliases: [
      'uranium enrichment',
      'uranium-enrichment',
      'enrichment plant',
      'enrichment',
      'centrifuge',
      'HEU',
      'highly enriched uranium',
    ],
    definition:
      'Enrichment raises the share of uranium-235 using centrifuges; weapon-grade uranium is about 90%. North Korea has at least one enrichment plant at Yongbyon and probably others elsewhere.',
    sources: [A.GULF_NEWS, A.ISIS_NOTE],
  },
  {
    id: 'g.fuelFabrication',
    term: 'fuel fabrication plant',
    aliases: ['fuel-fabrication plant', 'fuel fabrication'],
    definition: 'The Yongbyon plant that makes fuel for the reactors.',
    sources: [A.REUTERS_YONGBYON],
  },
  {
    id: 'g.irt2000',
    term: 'IRT-2000',
    aliases: ['IRT-2000 research reactor', 'research reactor'],
    definition:
      'A Soviet-supplied research reactor at Yongbyon, with hot cells. Gary Samore lists it among the facilities a full Yongbyon deal would have to cover.',
    sources: [A.SAMORE],
  },
  {
    id: 'g.elwr',
    term: 'experimental light-water reactor',
    aliases: ['light-water reactor', 'ELWR'],
    definition: 'A reactor of about 25 MW(e) that was under construction at Yongbyon in 2019.',
    sources: [A.SAMORE],
  },
  {
    id: 'g.lithium6',
    term: 'lithium-6',
    aliases: ['lithium-6 facility', 'lithium-6 enrichment'],
    definition:
      "Gary Samore lists a suspected lithium-6 enrichment facility at Yongbyon. Yongbyon is believed to be North Korea's only source of tritium, a weapons material.",
    sources: [A.SAMORE, A.GULF_NEWS],
  },
  {
    id: 'g.plutonium',
    term: 'plutonium',
    aliases: [],
    definition:
      "A bomb material made by reprocessing spent reactor fuel. Yongbyon's reactors are North Korea's only source of it.",
    sources: [A.REUTERS_YONGBYON, A.GULF_NEWS],
  },
  {
    id: 'g.fissile',
    term: 'fissile material',
    aliases: ['bomb fuel', 'nuclear material', 'nuclear-material'],
    definition:
      'The material at the core of a nuclear weapon: here, plutonium and highly enriched uranium. Closing Yongbyon would stop some production but would not shrink the existing arsenal.',
    sources: [A.GULF_NEWS],
  },
  {
    id: 'g.kangson',
    term: 'Kangson',
    aliases: ['Chollima'],
    definition:
      'A suspected undeclared uranium enrichment site near Pyongyang. The Hankyoreh named it as the likely site beyond Yongbyon that Trump hinted the US had found.',
    sources: [A.HANI_KANGSON],
  },
  {
    id: 'g.sohae',
    term: 'Sohae',
    aliases: ['Tongchang-ri', 'Dongchang-ri'],
    definition:
      'A west-coast space launch site with a rocket engine test stand. North Korea partly dismantled it in 2018 and rebuilt it around March 2019.',
    sources: [S.JANES_SEPT, A.BTIMES],
  },
  {
    id: 'g.punggyeri',
    term: 'Punggye-ri',
    aliases: [],
    definition: "North Korea's nuclear test site. North Korea said it destroyed the site in May 2018.",
    sources: [S.ACA],
  },
  {
    id: 'g.icbm',
    term: 'ICBM',
    aliases: ['intercontinental ballistic missile', 'long-range missile'],
    definition:
      'Intercontinental ballistic missile, able to reach the United States. In Hanoi North Korea offered a written halt to long-range missile tests.',
    sources: [A.CGTN_RI],
  },
  {
    id: 'g.slbm',
    term: 'SLBM',
    aliases: ['submarine-launched ballistic missile', 'Pukguksong-3'],
    definition: 'Submarine-launched ballistic missile. North Korea tested the Pukguksong-3, described as one, on 2 October 2019.',
    sources: [A.DAILY_BEAST_SLBM],
  },
  {
    id: 'g.wmd',
    term: 'WMD',
    aliases: ['weapons of mass destruction'],
    definition:
      "Weapons of mass destruction: nuclear, chemical and biological weapons. The US wanted all of North Korea's WMD programs frozen and declared, not only its nuclear ones.",
    sources: [S.STARCONNECT, A.HANI_BOLTON],
  },
  {
    id: 'g.moratorium',
    term: 'moratorium',
    aliases: ['test moratorium', 'test halt', 'testing moratorium'],
    definition:
      "North Korea's self-imposed pause on nuclear tests and ICBM launches: none since late 2017, and formally declared on 20–21 April 2018. In Hanoi North Korea offered to put it in writing.",
    sources: [A.LATIMES_CHOE, A.CGTN_RI],
  },
  {
    id: 'g.dmz',
    term: 'DMZ',
    aliases: ['demilitarized zone', 'Panmunjom'],
    definition:
      'The demilitarized zone dividing the two Koreas. At Panmunjom, in the zone, Trump and Kim met a third time on 30 June 2019.',
    sources: [A.WAPO_DMZ],
  },
  {
    id: 'g.kn23',
    term: 'KN-23',
    aliases: ['Iskander-type'],
    definition:
      'A North Korean short-range ballistic missile of the Iskander type. Its launches in May 2019 were the first since Hanoi.',
    sources: [A.NEWS5_MAY, A.KOOGLE_MAY],
  },
  {
    id: 'g.deterrent',
    term: 'deterrent',
    aliases: ['nuclear deterrent'],
    definition:
      'Forces meant to stop an attack by threatening a devastating reply. North Korea presents its nuclear weapons and missiles this way, which is why it resists giving them up before it trusts the other side.',
  },
];
