/**
 * Disputed points (hanoi-dossier.md §0, §3.2–3.4, §4): the accounts are shown side by side and never
 * resolved by us. Each account is our paraphrase of what one party or outlet said.
 */
import type { Confidence, Source } from '../types.ts';
import { DISPUTES_BEYOND_THE_TABLE } from './disputesBeyondTheTable.ts';
import * as S from './sources.ts';
import * as A from './sourcesAnalysis.ts';

export interface DisputedAccount {
  /** Who gives this account: a person, an office or an outlet. */
  readonly who: string;
  /** Our own words; short quotes only from the whitelist. */
  readonly claim: string;
  readonly sources: readonly Source[];
  /**
   * How firmly the record shows that this account was given: C on the record, R reported (anonymous or
   * second-hand), U unverified. The point itself is disputed (D) by definition.
   */
  readonly confidence: Confidence;
}

export interface DisputedPoint {
  /** Stable ID, `dp.<slug>`. */
  readonly id: string;
  readonly question: string;
  readonly accounts: readonly DisputedAccount[];
  /** Context for the reader; frames the question without settling it. */
  readonly note: string;
}

const DISPUTES_AT_THE_TABLE: readonly DisputedPoint[] = [
  {
    id: 'dp.sanctionsAsk',
    question: 'What did North Korea ask for on sanctions?',
    accounts: [
      {
        who: 'Donald Trump, press conference, 28 Feb',
        claim: 'North Korea wanted the sanctions lifted "in their entirety", which the US could not accept.',
        sources: [A.CGTN_NODEAL, A.AP_MAIN],
        confidence: 'C',
      },
      {
        who: 'Ri Yong Ho, midnight press conference, 1 Mar',
        claim:
          'North Korea asked only for "partial removal": the parts of five of the eleven UN resolutions, those adopted in 2016 and 2017, that hit the civilian economy and daily life.',
        sources: [S.ASIATIMES, A.HANOI_TIMES],
        confidence: 'C',
      },
      {
        who: 'Senior State Department official, Manila, 1 Mar',
        claim: 'The request covered all UN sanctions except those aimed directly at weapons of mass destruction.',
        sources: [S.KBS_MANILA, S.STARCONNECT],
        confidence: 'C',
      },
      {
        who: 'AP report, citing officials',
        claim: "Officials said Trump had overstated Kim's demand on sanctions.",
        sources: [A.AP_OVERSTATED],
        confidence: 'C',
      },
    ],
    note: 'North Korea spoke of five resolutions from 2016–17 without numbering them; reading them as 2270, 2321, 2371, 2375 and 2397 is an inference. Those five carry most of the economic measures, so partial in number may or may not mean partial in effect. Judge the accounts against each other.',
  },
  {
    id: 'dp.yongbyonScope',
    question: 'What did the Yongbyon offer cover?',
    accounts: [
      {
        who: 'Ri Yong Ho, midnight press conference',
        claim:
          'Permanent and complete dismantling of all the facilities in the Yongbyon area that produce nuclear material, plutonium and uranium alike, with US experts present and technicians of both sides working together.',
        sources: [A.HANOI_TIMES, A.CGTN_RI],
        confidence: 'C',
      },
      {
        who: 'Donald Trump, 28 Feb',
        claim: 'The facility was very big, but not enough for what the US was trying to achieve.',
        sources: [A.AP_MAIN],
        confidence: 'C',
      },
      {
        who: 'US officials and Mike Pompeo, 1 Mar',
        claim:
          'It mattered to be very precise about what Yongbyon meant. Pompeo called the offer broad but said its scope was not completely clear.',
        sources: [S.STARCONNECT, S.KBS_MANILA],
        confidence: 'C',
      },
      {
        who: 'Gary Samore, 38 North',
        claim:
          'North Korea had reportedly not listed which facilities were included, and might have meant to keep some civilian ones.',
        sources: [A.SAMORE],
        confidence: 'R',
      },
      {
        who: 'Unnamed US officials, relayed second-hand',
        claim:
          'After the walkout Choe Son-hui brought word from Kim that the offer covered everything at Yongbyon. The US side did not think that was enough to resume.',
        sources: [S.GLBL_CHOE, S.CNN_SNUB],
        confidence: 'R',
      },
      {
        who: 'Choe Son-hui, 2 Mar',
        claim: 'North Korea had offered the entire Yongbyon complex.',
        sources: [S.KBS_MANILA, S.VOV_CHOE],
        confidence: 'C',
      },
    ],
    note: 'Yongbyon holds several kinds of facility: reactors, reprocessing, enrichment, fuel fabrication and research. An offer of all production facilities and an offer of the whole complex are not necessarily the same thing, and neither reaches enrichment sites elsewhere.',
  },
  {
    id: 'dp.midnightPress',
    question: 'Who said what at the midnight press conference?',
    accounts: [
      {
        who: 'Arirang, NBC and Asia Times (the format)',
        claim:
          'Reporters had about 30 minutes notice. Ri Yong Ho read a statement and took no questions; Choe Son-hui spoke afterwards.',
        sources: [S.ARIRANG_VIDEO, S.NBC_JACKSON, S.ASIATIMES],
        confidence: 'C',
      },
      {
        who: 'Most outlets, e.g. the Daily Mail',
        claim: 'It was Choe who said that Kim had come away feeling he did not understand the American way of calculating.',
        sources: [A.DAILY_MAIL],
        confidence: 'C',
      },
      {
        who: 'CGTN',
        claim:
          "The same remark appears within Ri Yong Ho's part of the event, as does the warning that such an opportunity might not come again.",
        sources: [A.CGTN_RI],
        confidence: 'C',
      },
      {
        who: 'New York Daily News (one version)',
        claim: 'The warning about an opportunity that might not come again is given to Choe, not Ri.',
        sources: [A.NYDN],
        confidence: 'C',
      },
    ],
    note: 'The substance is not in doubt; the speaker is. When a line may be Ri or Choe, the game shows it without a speaker or flags it as disputed.',
  },
  {
    id: 'dp.sohaeTiming',
    question: 'When did the rebuilding at Sohae begin?',
    accounts: [
      {
        who: '38 North, as reported by Reuters and Rolling Stone',
        claim: 'Work began at some point between 16 February and 2 March 2019, a window that spans the summit.',
        sources: [A.SPL_SOHAE, A.ROLLING_STONE],
        confidence: 'C',
      },
      {
        who: 'DW',
        claim: 'The rebuilding had begun before the summit.',
        sources: [A.DW_SOHAE],
        confidence: 'C',
      },
      {
        who: 'CSIS Beyond Parallel and 38 North, 5–8 Mar',
        claim:
          'Rapid work on the engine test stand and the rail-mounted transfer structure was visible; by 7 March the site looked back to normal operational status.',
        sources: [A.ROLLING_STONE, A.BTIMES],
        confidence: 'C',
      },
    ],
    note: 'The date changes the reading: a reply to the walkout, or work already under way whatever Hanoi produced. Satellite images can date the work; they cannot say why it was done.',
  },
  {
    id: 'dp.oneMore',
    question: 'What further step beyond Yongbyon did the US ask for?',
    accounts: [
      {
        who: 'Ri Yong Ho, midnight press conference',
        claim: 'The US insisted on one more measure on top of Yongbyon.',
        sources: [A.RT_RI],
        confidence: 'C',
      },
      {
        who: 'South Korean press speculation, via RT',
        claim: 'The extra step concerned chemical and biological weapons.',
        sources: [A.RT_RI],
        confidence: 'R',
      },
      {
        who: 'The Hankyoreh',
        claim:
          "The likely candidate was the Kangson enrichment facility, matching Trump's hint that the US had found a site beyond Yongbyon.",
        sources: [A.HANI_KANGSON],
        confidence: 'R',
      },
      {
        who: "Bolton's memoir, as reported by the Hankyoreh",
        claim:
          'Trump pressed Kim on long-range missiles, and Bolton called for a full baseline declaration of nuclear, chemical, biological and missile programs.',
        sources: [A.HANI_BOLTON],
        confidence: 'R',
      },
      {
        who: 'The Sunday Times, citing the defector Thae Yong Ho (via a summary)',
        claim: 'The talks broke down over a secret enrichment plant near Pyongyang.',
        sources: [A.DELFI_THAE],
        confidence: 'U',
      },
    ],
    note: 'The accounts need not exclude each other: the US may have asked for several things. The big deal paper, as reported by Reuters, asked for far more than a single step.',
  },
];

/** All disputed points, the five core ones first. */
export const DISPUTES: readonly DisputedPoint[] = [...DISPUTES_AT_THE_TABLE, ...DISPUTES_BEYOND_THE_TABLE];

export const disputeById = (id: string): DisputedPoint | undefined => DISPUTES.find((d) => d.id === id);
