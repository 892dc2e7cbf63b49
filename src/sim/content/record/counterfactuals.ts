/**
 * What analysts argued about the roads not taken (hanoi-dossier.md §5). These are opinions, each
 * attributed and sourced, never findings; the debrief shows the arguments on both sides and does not
 * declare a correct ending.
 */
import type { EndingId } from '../../model/ids.ts';
import type { Source } from '../types.ts';
import * as S from './sources.ts';
import * as A from './sourcesAnalysis.ts';

export const COUNTERFACTUAL_IDS = ['cf.acceptYongbyon', 'cf.smallDeal', 'cf.noWalkout'] as const;
export type CounterfactualId = (typeof COUNTERFACTUAL_IDS)[number];

/** for: in favour of the branch; against: against it; middle: in between; framing: about the whole episode. */
export type Stance = 'for' | 'against' | 'middle' | 'framing';

export interface AnalystArgument {
  /** Analyst and outlet, e.g. "Leon Sigal (38 North)". */
  readonly who: string;
  readonly stance: Stance;
  /** Our paraphrase of the argument. */
  readonly claim: string;
  readonly sources: readonly Source[];
  /** Always an opinion; shown with the label "Opinion". */
  readonly kind: 'opinion';
  /** A caveat about the source itself, if any. */
  readonly caveat?: string;
}

export interface Counterfactual {
  readonly id: CounterfactualId;
  readonly question: string;
  /** What happened instead, in one or two sentences (see the timeline for sources). */
  readonly onRecord: string;
  /** Headings for the two columns: arguments for the branch, arguments against. */
  readonly forLabel: string;
  readonly againstLabel: string;
  readonly arguments: readonly AnalystArgument[];
}

const op = (who: string, stance: Stance, claim: string, sources: readonly Source[], caveat?: string): AnalystArgument =>
  caveat ? { who, stance, claim, sources, kind: 'opinion', caveat } : { who, stance, claim, sources, kind: 'opinion' };

export const COUNTERFACTUALS: readonly Counterfactual[] = [
  {
    id: 'cf.acceptYongbyon',
    question: 'What if the US had accepted Yongbyon for partial sanctions relief?',
    onRecord: 'The US turned the offer down. Trump said Yongbyon, though very big, was not enough.',
    forLabel: 'Worth taking',
    againstLabel: 'A bad trade',
    arguments: [
      op(
        'Op-ed in The Hill',
        'for',
        'Trump should have taken the offer and built on it. Yongbyon is the only source of plutonium, the offer included an enrichment plant, and UN sanctions could be put back if the North stalled.',
        [A.HILL_OPED],
      ),
      op(
        'Leon Sigal (38 North)',
        'for',
        'Both leaders overreached, yet each had put enough on the table to make a deal. Each side should offer a little more in return for a little more.',
        [S.SIGAL],
      ),
      op(
        'Commentary republished by Worldcrunch',
        'for',
        'North Korea had signalled for months that it would close Yongbyon in return for corresponding measures; the demand should have surprised nobody.',
        [A.WORLDCRUNCH],
      ),
      op(
        'Daniel Larison (The American Conservative)',
        'for',
        'The Libya-model paper the US handed over is what sank the summit.',
        [A.LARISON],
      ),
      op(
        'David Albright (Institute for Science and International Security)',
        'against',
        'With only Yongbyon gone, North Korea would keep a complete weapons complex able to build a few to several weapons a year, and could expand enrichment elsewhere.',
        [A.ISIS_NOTE],
      ),
      op(
        'Senior State Department official',
        'against',
        'Relief worth many billions of dollars, without a full freeze of weapons programs, would in effect subsidize weapons development.',
        [A.ATLANTIC],
      ),
      op(
        'Frank Aum',
        'against',
        'Lifting the 2016–17 measures would let North Korea function fairly well while keeping its nuclear weapons.',
        [A.ATLANTIC],
      ),
      op(
        'John Bolton (memoir, as reported by the Hankyoreh)',
        'against',
        'When Trump floated partial relief, a yes from Kim might have produced a deal, and in his view a disastrous one for the US.',
        [A.HANI_BOLTON],
      ),
      op(
        'Gary Samore (38 North)',
        'middle',
        'Weighed what dismantling Yongbyon would really achieve, and expected future talks to look for a compromise between too little and too much.',
        [A.SAMORE],
      ),
    ],
  },
  {
    id: 'cf.smallDeal',
    question: 'What if the two sides had signed a small interim deal?',
    onRecord:
      'The signing ceremony on the schedule was cancelled and nothing was signed. Reported contents of a draft: an end-of-war declaration, liaison offices, perhaps partial relief for limits on fissile-material production.',
    forLabel: 'Worth signing',
    againstLabel: 'Not worth signing',
    arguments: [
      op(
        'Defense One',
        'for',
        'Before the summit the deal looked there for the taking, citing the optimism of former CIA official Andrew Kim. The same piece concluded Trump was right to walk if his account of events was accurate.',
        [A.DEFENSE_ONE],
      ),
      op(
        'Moon Jae-in',
        'for',
        'Progress in Hanoi would have moved both the peace process and inter-Korean cooperation forward.',
        [A.ARIRANG_MOON],
      ),
      op(
        'John Bolton (memoir)',
        'against',
        'Trump could not have sustained a small deal politically at home.',
        [A.BOLTON_EXCERPT],
        'Known from an unofficial online excerpt; check against the book.',
      ),
      op('Michael Green (quoted in Foreign Policy)', 'against', 'Trump had been lowering the bar for what counted as success.', [
        A.FOREIGN_POLICY,
      ]),
    ],
  },
  {
    id: 'cf.noWalkout',
    question: 'What if the US had not walked out, and had kept talking or extended the summit?',
    onRecord:
      'Trump left more than two hours early. Both sides said they would keep talking; the leaders met again at Panmunjom in June 2019, and working-level talks in Stockholm in October ended without a deal.',
    forLabel: 'Keep talking',
    againstLabel: 'Walk',
    arguments: [
      op(
        'Ian Bremmer (Eurasia Group, to DW)',
        'for',
        'The collapse showed that too little had been delegated to diplomats before the leaders met.',
        [A.DW_SOHAE],
      ),
      op(
        'David Sanger (New York Times, quoted by 38 North)',
        'for',
        'When diplomacy between leaders fails, there is nobody higher up left to rescue it.',
        [S.SIGAL],
      ),
      op('Joel Wit and Jenny Town (38 North)', 'for', 'Once Sohae was rebuilt, they warned of a downward spiral in relations.', [
        A.INKL_AXIOS,
      ]),
      op(
        'Chuck Schumer and Nancy Pelosi',
        'against',
        'The Senate Democratic leader praised the walkout; the House Speaker said it was good that Trump gave nothing for the little Kim was offering.',
        [A.RON_PAUL],
      ),
      op('Duyeon Kim (Bulletin of the Atomic Scientists)', 'against', 'This time it was Trump who checked Kim.', [A.BULLETIN]),
      op(
        "Victor Cha (CSIS), on Bolton's memoir",
        'against',
        'Trump judged that walking out made better theatre than giving up sanctions.',
        [A.CSIS_CHA],
      ),
      op(
        'Kelly and Derr (KJDA)',
        'framing',
        'North Korea wasted an unusually dovish moment, with Trump and Moon in office at the same time.',
        [A.KJDA],
      ),
      op('Peace Depot', 'framing', "Hanoi was not a failure, because it deepened each side's understanding of the other.", [
        A.PEACE_DEPOT,
      ]),
    ],
  },
];

export interface EndingCounterfactuals {
  readonly counterfactuals: readonly CounterfactualId[];
  /** Why these debates bear on this ending. */
  readonly note: string;
}

/** Which analysts' debates to show beside each ending. */
export const ENDING_COUNTERFACTUALS: Readonly<Record<EndingId, EndingCounterfactuals>> = {
  summitCancelled: {
    counterfactuals: ['cf.noWalkout'],
    note: 'Calling the summit off is walking away before the talks begin; the case for staying and the case for walking both apply.',
  },
  walkout: {
    counterfactuals: ['cf.noWalkout', 'cf.acceptYongbyon', 'cf.smallDeal'],
    note: 'This is what happened. Set it against each road not taken.',
  },
  breakdown: {
    counterfactuals: ['cf.noWalkout', 'cf.smallDeal'],
    note: 'An angry ending raises the stakes of the warnings about a downward spiral, and of the deal that was left unsigned.',
  },
  extended: {
    counterfactuals: ['cf.noWalkout'],
    note: 'Your table kept talking. Analysts disagreed on whether more time would have helped or only postponed the decision.',
  },
  smallDeal: {
    counterfactuals: ['cf.smallDeal'],
    note: 'Your table signed an interim deal, as the schedule in Hanoi had planned.',
  },
  yongbyonForSanctions: {
    counterfactuals: ['cf.acceptYongbyon'],
    note: 'Your table made the trade the US refused: Yongbyon for partial relief.',
  },
  yongbyonPlus: {
    counterfactuals: ['cf.acceptYongbyon', 'cf.smallDeal'],
    note: 'Your table found a bridge beyond Yongbyon: the middle ground some analysts expected talks to seek.',
  },
  comprehensive: {
    counterfactuals: ['cf.acceptYongbyon', 'cf.noWalkout'],
    note: 'Your table reached the kind of big deal the US asked for. The arguments against partial trades are the case for holding out; the framing arguments ask whether such a deal was ever in reach.',
  },
};

export const counterfactualById = (id: CounterfactualId): Counterfactual | undefined => COUNTERFACTUALS.find((c) => c.id === id);
