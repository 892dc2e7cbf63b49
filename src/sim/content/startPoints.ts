/**
 * Start points: where a game may begin besides October 2018, so a lesson can open on the eve of the
 * summit, at day 2's expanded meeting or at the dispute over "Yongbyon". A start point is data: the beat
 * it starts at and a short "so far" summary of the historical path up to there. It is reached by playing
 * the on-record moves up to that beat (`sim/session/startPoint.ts`), so the model's state there is
 * exactly the one the historical path gives, and a save or share code needs only the start's ID.
 */
import { CNN_SNUB, GOVBALL, INFORUM, REUTERS_PAPER, SIGAL, YONHAP_JAN } from './record/sources.ts';
import { HANOI_TIMES, SAMORE } from './record/sourcesAnalysis.ts';
import type { Confidence, Source } from './types.ts';

export const START_POINT_IDS = ['beginning', 'eve', 'day2', 'dispute'] as const;
export type StartPointId = (typeof START_POINT_IDS)[number];

/** One sourced claim of a "so far" summary, in our own words, with its tag. */
export interface SoFarClaim {
  readonly text: string;
  readonly confidence: Confidence;
  readonly sources: readonly Source[];
}

export interface StartPoint {
  readonly id: StartPointId;
  /** Short name for selects and lists. */
  readonly name: string;
  /** The beat the game starts at; the beats before it are played on the record. */
  readonly beat: string;
  /** What happened before the start, 2–4 sentences; empty for the beginning. */
  readonly soFar: readonly SoFarClaim[];
}

export const START_POINTS: readonly StartPoint[] = [
  { id: 'beginning', name: 'October 2018 (the whole story)', beat: 'brief.october', soFar: [] },
  {
    id: 'eve',
    name: 'The eve of the summit, 26 February',
    beat: 'pre.snubDPRK',
    soFar: [
      {
        text: 'In October 2018 Pompeo and Kim Jong Un agreed in Pyongyang to hold a second summit as soon as possible.',
        confidence: 'C',
        sources: [INFORUM],
      },
      {
        text: 'After a cancelled meeting in November, Kim Yong Chol brought a letter from Kim to the White House in January, and a summit in late February was announced.',
        confidence: 'C',
        sources: [YONHAP_JAN],
      },
      {
        text: 'Working-level talks ran in Pyongyang and then Hanoi; on 24 February Trump said he was in no rush, and was not lifting sanctions either.',
        confidence: 'C',
        sources: [GOVBALL],
      },
      {
        text: 'Kim is on his way by train; Pompeo has arrived in Hanoi hoping for one last meeting with Kim Yong Chol.',
        confidence: 'R',
        sources: [CNN_SNUB],
      },
    ],
  },
  {
    id: 'day2',
    name: "Day 2's expanded meeting, 28 February",
    beat: 'talks.expanded',
    soFar: [
      {
        text: 'The leaders met at the Metropole on the evening of 27 February; at dinner Trump reportedly put forward a grand bargain, and Kim resisted it.',
        confidence: 'R',
        sources: [SIGAL],
      },
      {
        text: 'On the morning of 28 February Trump reportedly handed Kim a paper asking for the weapons and bomb fuel, a full declaration and an end to the nuclear infrastructure.',
        confidence: 'R',
        sources: [REUTERS_PAPER],
      },
      {
        text: 'North Korea offers Yongbyon for partial relief from five UN resolutions; Trump later said it wanted sanctions lifted in their entirety.',
        confidence: 'D',
        sources: [HANOI_TIMES],
      },
    ],
  },
  {
    id: 'dispute',
    name: 'The dispute over "Yongbyon", 28 February',
    beat: 'dispute.us',
    soFar: [
      {
        text: 'At dinner on 27 February and in the morning talks, the US asked for everything and North Korea offered Yongbyon.',
        confidence: 'R',
        sources: [SIGAL, REUTERS_PAPER],
      },
      {
        text: 'At the expanded meeting each side restated its position: Yongbyon for partial relief from five UN resolutions, against a full package for full relief.',
        confidence: 'D',
        sources: [HANOI_TIMES],
      },
      {
        text: 'North Korea has reportedly not listed which facilities its "Yongbyon" includes, and the US has not said which it counts.',
        confidence: 'D',
        sources: [SAMORE],
      },
    ],
  },
];

export const DEFAULT_START: StartPointId = 'beginning';

export function startPointById(id: StartPointId): StartPoint {
  return START_POINTS.find((p) => p.id === id) as StartPoint;
}

/** The "so far" summary as one paragraph, for the start screen and the word count. */
export const soFarText = (point: StartPoint): string => point.soFar.map((c) => c.text).join(' ');
