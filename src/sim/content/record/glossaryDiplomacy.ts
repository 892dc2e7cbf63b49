/** Glossary: policy terms, sanctions, proposals, places and institutions (hanoi-dossier.md §3, §6). */
import type { GlossaryTerm } from './glossary.ts';
import * as S from './sources.ts';
import * as A from './sourcesAnalysis.ts';

const resolution = (n: string, adopted: string, content: string, sources: GlossaryTerm['sources']): GlossaryTerm => ({
  id: `g.unscr${n}`,
  term: `Resolution ${n}`,
  aliases: [`UNSCR ${n}`, `UN resolution ${n}`, n],
  definition: `UN Security Council sanctions resolution adopted ${adopted}. ${content} North Korea asked for relief from the civilian-economy parts of five 2016–17 resolutions without naming them; that this is one of the five is our inference [R].`,
  sources,
});

export const GLOSSARY_DIPLOMACY: readonly GlossaryTerm[] = [
  {
    id: 'g.ffvd',
    term: 'FFVD',
    aliases: ['final, fully verified denuclearization', 'final fully verified denuclearization'],
    definition:
      "Final, fully verified denuclearization: the Trump administration's phrase for its goal from mid-2018, used by Pompeo and the State Department.",
    sources: [S.NKNEWS_GANGSTER, S.BREITBART_FFVD],
  },
  {
    id: 'g.cvid',
    term: 'CVID',
    aliases: ['complete, verifiable and irreversible'],
    definition:
      'Complete, verifiable and irreversible dismantlement or denuclearization: the standard wording in UN resolutions. North Korea rejected it as one-sided.',
    sources: [S.UPI_GANGSTER, A.ASIL_2371],
  },
  {
    id: 'g.denuclearization',
    term: 'denuclearization',
    aliases: ['denuclearize'],
    definition:
      'Giving up nuclear weapons and the means to make them. The two sides never agreed on what it covered; in Hanoi Trump handed Kim a paper setting out the US definition.',
    sources: [S.REUTERS_PAPER],
  },
  resolution(
    '2270',
    'on 2 March 2016, after the fourth nuclear test',
    'Mandatory cargo inspections; bans on coal, iron and iron ore with a livelihood exception; financial and shipping measures.',
    [A.UN_2270],
  ),
  resolution(
    '2321',
    'on 30 November 2016, after the fifth test',
    'A hard cap on coal exports; bans on copper, nickel, silver, zinc and statues.',
    [A.USEMBASSY_2321],
  ),
  resolution(
    '2371',
    'on 5 August 2017, after ICBM launches',
    'Full bans on coal, iron, lead and seafood exports; a freeze on the number of workers abroad.',
    [A.ASIL_2371],
  ),
  resolution(
    '2375',
    'on 11 September 2017, after the sixth test',
    'A textile export ban; caps on refined petroleum and crude oil; no new work permits.',
    [A.ASIL_2375],
  ),
  resolution(
    '2397',
    'on 22 December 2017',
    'Refined petroleum cut to 500,000 barrels a year; bans on food, machinery and other exports; workers abroad sent home.',
    [A.UN_1718, A.NKNEWS_2397],
  ),
  {
    id: 'g.committee1718',
    term: '1718 Committee',
    aliases: [],
    definition: 'The UN Security Council committee that oversees the sanctions on North Korea.',
    sources: [A.UN_1718],
  },
  {
    id: 'g.sanctionsRelief',
    term: 'sanctions relief',
    aliases: ['partial relief', 'partial sanctions relief'],
    definition:
      'Lifting or easing sanctions. In Hanoi the quarrel was over how much North Korea had asked for: see the disputed points.',
    sources: [S.ASIATIMES, A.AP_MAIN],
  },
  {
    id: 'g.actionForAction',
    term: 'action for action',
    aliases: ['action-for-action', 'incremental approach'],
    definition:
      "North Korea's preferred sequence: each step it takes toward denuclearization is matched by a step from the other side. Bolton argued this approach never works.",
    sources: [A.WEALTH365, A.SUPERSUMMARY],
  },
  {
    id: 'g.correspondingMeasures',
    term: 'corresponding measures',
    aliases: ['corresponding measure'],
    definition: "North Korea's term for the steps it expects from the US in return for its own.",
    sources: [S.JANES_SEPT, S.MAVERICK_BIEGUN],
  },
  {
    id: 'g.endOfWar',
    term: 'end-of-war declaration',
    aliases: ['end of war declaration', 'declaration ending the war', 'declaration ending the Korean War', 'peace declaration'],
    definition:
      'A non-binding political statement that the 1950–53 Korean War is over, short of a peace treaty. Seoul said one was possible in Hanoi.',
    sources: [S.JT_ENDWAR],
  },
  {
    id: 'g.armistice',
    term: 'armistice',
    aliases: [],
    definition: 'The agreement that halted the fighting of the Korean War in 1953 without a peace treaty.',
    sources: [S.STRAITS_SINGAPORE],
  },
  {
    id: 'g.peaceRegime',
    term: 'peace regime',
    aliases: [],
    definition:
      'The arrangements that would replace the armistice. Building a lasting one was the second point of the Singapore statement.',
    sources: [S.STRAITS_SINGAPORE],
  },
  {
    id: 'g.securityGuarantees',
    term: 'security guarantees',
    aliases: ['security guarantee'],
    definition:
      "Assurances about North Korea's safety, which Trump committed to at Singapore. Ri Yong Ho said North Korea asked for sanctions relief instead because the US did not seem ready for security steps.",
    sources: [S.STRAITS_SINGAPORE, A.RT_RI],
  },
  {
    id: 'g.liaisonOffice',
    term: 'liaison office',
    aliases: [],
    definition:
      'A diplomatic post below the level of an embassy; a step toward normal relations. Reported to be in a draft Hanoi text. Trump called it not a bad idea, and Kim said he would welcome one.',
    sources: [A.JT_LAWYER, A.CGTN_NODEAL, A.JESSICA_STONE],
  },
  {
    id: 'g.libyaModel',
    term: 'Libya model',
    aliases: ['Libya-model'],
    definition:
      "Bolton's template: Libya decided in December 2003 to give up its weapons program and shipped its centrifuges to the US in January–March 2004. North Korea treats the comparison as a threat.",
    sources: [S.REUTERS_PAPER],
  },
  {
    id: 'g.bigDeal',
    term: 'big deal',
    aliases: ['grand bargain', 'big deal paper'],
    definition:
      'Complete denuclearization in exchange for lifting all sanctions and an economic future. Trump handed Kim a paper setting out the US version in Hanoi.',
    sources: [A.CBS_BOLTON, S.REUTERS_PAPER],
  },
  {
    id: 'g.smallDeal',
    term: 'small deal',
    aliases: ['interim deal', 'smaller deal'],
    definition:
      'A limited, interim exchange: for example, Yongbyon for partial relief, or political steps such as liaison offices. In April 2019 Trump allowed that smaller deals might happen.',
    sources: [A.CGTN_MOON, A.CBS_BOLTON],
  },
  {
    id: 'g.declaration',
    term: 'baseline declaration',
    aliases: ['comprehensive declaration', 'full declaration', 'declaration of facilities'],
    definition:
      'A full inventory of nuclear facilities, material and weapons, and for the US also missile, chemical and biological programs. The US treated it as a first step; North Korea had long refused.',
    sources: [S.MAVERICK_BIEGUN, A.HANI_BOLTON, A.ABSCBN_DECLARATION],
  },
  {
    id: 'g.pyongjin',
    term: 'pyongjin',
    aliases: [],
    definition:
      'The parallel line: building the economy and nuclear forces at the same time. North Korea hinted in November 2018 that it might revive it.',
    sources: [S.AMN_NOV],
  },
  {
    id: 'g.newPath',
    term: 'new path',
    aliases: ['new way'],
    definition:
      "North Korea's phrase for the course it might take if talks failed. In April 2019 Kim said he would wait until the end of the year for the US to change its approach.",
    sources: [A.NKNEWS_SPA],
  },
  {
    id: 'g.threePlusThree',
    term: '3+3 dinner',
    aliases: ['3+3'],
    definition:
      'The format of the first evening in Hanoi: each leader with two aides and an interpreter. Trump brought Pompeo and Mulvaney; Kim brought Kim Yong Chol and Ri Yong Ho.',
    sources: [S.HANI_DINNER],
  },
  {
    id: 'g.workingLevel',
    term: 'working-level talks',
    aliases: ['working-level', 'working level'],
    definition:
      'Talks between officials below the leaders, who draft the texts. Before Hanoi, Stephen Biegun and Kim Hyok Chol led them.',
    sources: [S.NNA],
  },
  {
    id: 'g.oneOnOne',
    term: 'one-on-one',
    aliases: [],
    definition:
      'A meeting of the two leaders without their delegations. In Hanoi there was one on each day: about 20 minutes on the first evening, about 45 minutes the next morning.',
    sources: [S.NHUB_GREET, S.VIETNAMPLUS],
  },
  {
    id: 'g.expandedMeeting',
    term: 'expanded meeting',
    aliases: ['expanded bilateral meeting'],
    definition:
      'The second-day session at which each leader was joined by senior aides: Pompeo, Mulvaney and Bolton for the US; Ri Yong Ho and Kim Yong Chol for North Korea.',
    sources: [S.MINPLUS],
  },
  {
    id: 'g.treasurySanctions',
    term: 'Treasury sanctions',
    aliases: ['unilateral sanctions'],
    definition:
      'Sanctions the US imposes on its own, through the Treasury, on top of the UN measures. In March 2019 Trump moved to cancel new ones on two Chinese firms.',
    sources: [A.USATODAY_APRIL],
  },
];
