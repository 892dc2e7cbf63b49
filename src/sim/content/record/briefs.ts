/**
 * Role briefs, shown before play and printable (one A4/Letter side each). The public brief is shared by
 * both seats; each seat also has a confidential brief (briefsConfidential.ts). Sections that make
 * historical claims carry their sources.
 */
import type { Side } from '../../model/ids.ts';
import type { Source } from '../types.ts';
import { CONFIDENTIAL_BRIEFS } from './briefsConfidential.ts';
import * as S from './sources.ts';
import * as A from './sourcesAnalysis.ts';

export interface BriefSection {
  readonly heading: string;
  readonly paragraphs: readonly string[];
  /** Required where the section makes historical claims. */
  readonly sources?: readonly Source[];
}

export interface Brief {
  readonly id: string;
  /** 'both' for the public brief, which every seat reads. */
  readonly side: Side | 'both';
  readonly kind: 'public' | 'confidential';
  readonly title: string;
  readonly sections: readonly BriefSection[];
}

export const PUBLIC_BRIEF: Brief = {
  id: 'brief.public',
  side: 'both',
  kind: 'public',
  title: 'Hanoi, 27–28 February 2019: the public brief',
  sections: [
    {
      heading: 'The situation',
      paragraphs: [
        'In June 2018 President Trump and Chairman Kim Jong Un met in Singapore. Their statement promised new relations, a lasting peace regime, North Korean work toward complete denuclearization, and the return of war remains.',
        'North Korea said in May 2018 that it had destroyed its Punggye-ri test site, and in July 2018 it handed over 55 cases of presumed US war remains. In September it offered to dismantle Yongbyon permanently if the US took corresponding measures. The UN sanctions of 2016–17 remain in force; Trump says he is in no hurry, and is not lifting them.',
        'After months of stalled talks, the two leaders meet again in Hanoi, Vietnam, on 27–28 February 2019.',
      ],
      sources: [S.STRAITS_SINGAPORE, S.KURV_REMAINS, S.ACA, S.JANES_SEPT, S.GOVBALL, S.YONHAP_JAN],
    },
    {
      heading: 'The delegations',
      paragraphs: [
        'United States: President Trump; Secretary of State Mike Pompeo; National Security Adviser John Bolton; acting chief of staff Mick Mulvaney; Special Representative Stephen Biegun, who leads the working-level talks.',
        "North Korea (the DPRK): Chairman Kim Jong Un; Kim Yong Chol, Pompeo's counterpart; Foreign Minister Ri Yong Ho; Vice Foreign Minister Choe Son-hui; Kim Hyok Chol, Biegun's counterpart.",
      ],
      sources: [S.HANI_DINNER, S.MINPLUS, S.NNA],
    },
    {
      heading: 'What is on the table',
      paragraphs: [
        'Yongbyon: what the word covers. The complex holds reactors, a reprocessing plant, a uranium enrichment plant and more. Dismantling some of it is not the same as dismantling all of it.',
        'Sites beyond Yongbyon: other places thought to enrich uranium. A declaration: a full list of facilities, material and weapons. Verification: who inspects, and where.',
        'Tests and weapons: a written halt to nuclear and long-range missile tests; limits on missiles; what happens to existing warheads and bomb fuel.',
        'Sanctions relief: none, some, or all of the UN measures, and whether relief comes before, during or after the steps it pays for.',
        'Political steps: a declaration that the Korean War is over, and liaison offices in each capital.',
      ],
      sources: [A.REUTERS_YONGBYON, A.HANI_KANGSON, S.MAVERICK_BIEGUN, S.ASIATIMES, S.JT_ENDWAR, A.JT_LAWYER],
    },
    {
      heading: 'How to play',
      paragraphs: [
        'You will not re-enact history; you will test whether a deal was possible. Each side can propose a package, accept the one on the table, ask for more, or walk away. Any agreement needs both sides.',
        'There is no correct ending. At the end you will see what really happened, with sources, beside what your table did.',
      ],
    },
  ],
};

/** Both briefs for each seat: the shared public brief and that seat's confidential brief. */
export const BRIEFS: Readonly<Record<Side, { readonly public: Brief; readonly confidential: Brief }>> = {
  us: { public: PUBLIC_BRIEF, confidential: CONFIDENTIAL_BRIEFS.us },
  dprk: { public: PUBLIC_BRIEF, confidential: CONFIDENTIAL_BRIEFS.dprk },
};

export { CONFIDENTIAL_BRIEFS };

/** All text of a brief, headings included, for word counts and glossary links. */
export const briefText = (b: Brief): string => [b.title, ...b.sections.flatMap((s) => [s.heading, ...s.paragraphs])].join('\n');
