/**
 * Homework and extensions for the teacher's pack: Stockholm (October 2019), the aftermath into 2020, a
 * memoir (Bolton's) set against DPRK statements, and a "what if" run on the branch map. Each task starts
 * from tagged, sourced claims of hanoi-dossier.md; where the dossier has no source (most of 2020), the
 * task says the record lacks it, as the primer does for the Agreed Framework, and sends students to
 * find and tag their own.
 */
import * as A from '../sourcesAnalysis.ts';
import type { PrimerClaim } from './primer.ts';

export interface HomeworkTask {
  /** Stable ID, `hw.<slug>`. */
  readonly id: string;
  readonly heading: string;
  /** What to do, addressed to the student. */
  readonly task: string;
  /** Where to start: claims from the record, tagged and sourced. */
  readonly claims: readonly PrimerClaim[];
  /** What the record behind the game does not cover, said plainly. */
  readonly gap?: string;
}

export const HOMEWORK_TITLE = 'Homework and extensions';

export const HOMEWORK_INTRO =
  'Pick one. Start from the sentences given (each with its tag and source), tag every new claim you add as the record does, and list your sources.';

export const HOMEWORK: readonly HomeworkTask[] = [
  {
    id: 'hw.stockholm',
    heading: '1. Stockholm, October 2019',
    claims: [
      {
        id: 'hw.stockholm.talks',
        text: 'On 5 October 2019 Stephen Biegun and Kim Myong Gil talked for eight and a half hours near Stockholm. North Korea said the talks "broke down" and that the US came empty-handed; the State Department spoke of good discussions.',
        confidence: 'C',
        sources: [A.NKNEWS_STOCKHOLM, A.TVNZ_STOCKHOLM, A.KBS_STOCKHOLM],
      },
    ],
    task: 'Set the two sides’ statements of that day side by side. Which issues from the game’s table does each mention? What did each want its own audience to believe?',
  },
  {
    id: 'hw.aftermath',
    heading: '2. The aftermath, into 2020',
    claims: [
      {
        id: 'hw.aftermath.deadline',
        text: 'In April 2019 Kim said he would wait until the end of the year for the US to change its approach.',
        confidence: 'C',
        sources: [A.NKNEWS_SPA],
      },
      {
        id: 'hw.aftermath.moon',
        text: 'In January 2020 Moon Jae-in named the no-deal outcome in Hanoi as his biggest disappointment of 2019.',
        confidence: 'C',
        sources: [A.ARIRANG_MOON],
      },
    ],
    gap: 'Beyond these, the record behind this game stops in October 2019: it does not cover what happened in 2020, so this pack states nothing about it.',
    task: 'Find out whether Kim’s deadline was met, and what followed in 2020. Tag each claim you find [C], [R], [D] or [U], and say why.',
  },
  {
    id: 'hw.memoirs',
    heading: '3. A memoir against a statement',
    claims: [
      {
        id: 'hw.memoirs.bolton',
        text: 'Bolton’s memoir says Trump asked whether Kim could go beyond Yongbyon and hinted that relief could be partial, and that Kim refused.',
        confidence: 'R',
        sources: [A.HANI_BOLTON],
      },
      {
        id: 'hw.memoirs.ri',
        text: 'At midnight after the walkout Ri Yong Ho said: "What we proposed was not the removal of all sanctions, but the partial removal."',
        confidence: 'C',
        sources: [A.HANOI_TIMES],
      },
      {
        id: 'hw.memoirs.choe',
        text: 'On 15 March, in Pyongyang, Choe Son-hui blamed Pompeo and Bolton for an atmosphere of hostility.',
        confidence: 'C',
        sources: [A.LATIMES_CHOE],
      },
    ],
    task: 'Set one memoir passage against one DPRK statement about the same moment. What could each author know, when did each write, and for whom? Quote the memoir from a library copy: online excerpts are unofficial.',
  },
  {
    id: 'hw.whatIf',
    heading: '4. What if? With the branch map',
    claims: [],
    task: 'Replay your table’s game from its share link. Use Decide again at one choice, or start again with the same seed and one event card set to Never. Compare the two branches on the branch map and compute the odds of each ending. In 300 words: what changed the ending, and is that a claim about 2019 or about the model?',
  },
];
