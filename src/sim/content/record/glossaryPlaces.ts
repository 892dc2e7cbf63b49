/** Glossary: places, offices and outlets that appear in the record (hanoi-dossier.md §1, §2, §6). */
import type { GlossaryTerm } from './glossary.ts';
import * as S from './sources.ts';
import * as A from './sourcesAnalysis.ts';

export const GLOSSARY_PLACES: readonly GlossaryTerm[] = [
  {
    id: 'g.dprk',
    term: 'DPRK',
    aliases: ["Democratic People's Republic of Korea"],
    definition: "North Korea's official name: the Democratic People's Republic of Korea.",
  },
  {
    id: 'g.singapore',
    term: 'Singapore statement',
    aliases: ['Singapore joint statement', 'Singapore summit'],
    definition:
      'The joint statement of the first Trump–Kim summit, 12 June 2018, with four points: new relations, a lasting peace regime, North Korean work toward complete denuclearization, and the recovery of war remains.',
    sources: [S.STRAITS_SINGAPORE],
  },
  {
    id: 'g.metropole',
    term: 'Metropole',
    aliases: ['Sofitel Legend Metropole'],
    definition: 'The Hanoi hotel where the summit was held: the dinner, the one-on-ones and the expanded meeting.',
    sources: [A.INFOGALACTIC, S.VIETNAMPLUS],
  },
  {
    id: 'g.melia',
    term: 'Melia',
    aliases: ['Melia Hotel'],
    definition: "Kim Jong Un's hotel in Hanoi, and the venue of the North Korean midnight press conference.",
    sources: [S.CGTN_MELIA, S.ASIATIMES],
  },
  {
    id: 'g.jwMarriott',
    term: 'JW Marriott',
    aliases: [],
    definition: "Trump's hotel in Hanoi, where he held his press conference after the talks ended.",
    sources: [S.VIETNAMSTAR, S.VOA_PRESSER],
  },
  {
    id: 'g.blueHouse',
    term: 'Blue House',
    aliases: [],
    definition: "The South Korean president's office and residence in Seoul, used as shorthand for President Moon's office.",
    sources: [S.JT_ENDWAR],
  },
  {
    id: 'g.interKorean',
    term: 'inter-Korean projects',
    aliases: ['Kaesong', 'Kaesong industrial zone', 'Mount Kumgang', 'inter-Korean cooperation'],
    definition:
      'Joint ventures between the two Koreas that Seoul hoped to restart after Hanoi: the Kaesong industrial zone and tourism at Mount Kumgang.',
    sources: [S.PAKISTAN_TODAY_MOON],
  },
  {
    id: 'g.kcna',
    term: 'KCNA',
    aliases: ['Korean Central News Agency'],
    definition: "North Korea's state news agency.",
    sources: [S.HANI_KCNA],
  },
  {
    id: 'g.monitors',
    term: '38 North',
    aliases: ['Beyond Parallel'],
    definition:
      'Projects that study North Korea from satellite images and open sources, at the Stimson Center (38 North) and CSIS (Beyond Parallel). They reported the rebuilding at Sohae.',
    sources: [A.ROLLING_STONE],
  },
  {
    id: 'g.nsc',
    term: 'NSC',
    aliases: ['National Security Council', 'National Security Adviser'],
    definition:
      "The US National Security Council, which coordinates foreign and defence policy for the president. John Bolton was the president's National Security Adviser in 2019.",
    sources: [A.HANI_BOLTON],
  },
  {
    id: 'g.dni',
    term: 'DNI',
    aliases: ['Director of National Intelligence'],
    definition:
      'Head of the US intelligence community. In January 2019 the DNI, Dan Coats, told the Senate that North Korea was unlikely to give up its weapons completely.',
    sources: [S.DAILY_AMERICAN_COATS],
  },
  {
    id: 'g.unitedFront',
    term: 'United Front Department',
    aliases: [],
    definition:
      "A department of North Korea's ruling party. Kim Yong Chol, the party vice chairman who was Pompeo's counterpart and carried Kim's letters to Washington, led it until April 2019.",
    sources: [S.HANI_DINNER, S.YONHAP_JAN],
  },
  {
    id: 'g.wpk',
    term: "Workers' Party of Korea",
    aliases: ['WPK'],
    definition:
      "North Korea's ruling party. Its Central Committee departments, such as the United Front Department, sit alongside the government ministries.",
  },
  {
    id: 'g.spa',
    term: "Supreme People's Assembly",
    aliases: ['SPA'],
    definition:
      "North Korea's parliament. In a speech to it on 12 April 2019, Kim said he would wait until the end of the year for the US to change its approach.",
    sources: [A.NKNEWS_SPA],
  },
];
