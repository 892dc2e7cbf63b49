/**
 * How to handle sensitive material in the lesson: Otto Warmbier, human rights, the DPRK's treatment in
 * class (no caricature; students with Korean family ties), how the game labels its dramatization, and what
 * to say when a student asks. The record behind the game says very little on the first two, and the page
 * says so instead of filling the gap: the only historical sentences are tagged claims from the dossier.
 */
import * as S from '../sources.ts';
import type { PrimerClaim } from './primer.ts';

export interface SensitiveTopic {
  /** Stable ID, `sens.<slug>`. */
  readonly id: string;
  readonly heading: string;
  /** What the record holds on it, tagged and sourced (may be empty). */
  readonly claims: readonly PrimerClaim[];
  /** What the record behind the game does not cover, said plainly. */
  readonly gap?: string;
  /** Advice for the teacher, one point per item. */
  readonly advice: readonly string[];
}

export interface StudentQuestion {
  /** Stable ID, `ask.<slug>`. */
  readonly id: string;
  readonly question: string;
  readonly answer: string;
}

export const SENSITIVE_TITLE = 'Sensitive material: how to handle it';

export const SENSITIVE_INTRO =
  'The summit touches real people, a real death and a real government. Decide before the lesson what you will say; the game leaves these to you.';

export const SENSITIVE_TOPICS: readonly SensitiveTopic[] = [
  {
    id: 'sens.warmbier',
    heading: 'Otto Warmbier',
    claims: [
      {
        id: 'sens.warmbier.remark',
        text: 'At his press conference on 28 February Trump spoke of Otto Warmbier and Kim: "He tells me he didn\'t know about it and I will take him at his word".',
        confidence: 'C',
        sources: [S.NEWSTALKZ],
      },
    ],
    gap: 'The record behind this game does not cover what happened to him: that remark is all it holds, and the game does not mention him.',
    advice: [
      'If you raise it, give the facts first, from a source you have checked, and warn the class before you read the remark.',
      'Never as a role-play line, a bargaining chip or a joke. It is a family’s loss, not a move in the game.',
    ],
  },
  {
    id: 'sens.humanRights',
    heading: 'Human rights',
    claims: [
      {
        id: 'sens.humanRights.remark',
        text: 'Asked about human rights before the expanded meeting, Trump said everything was being discussed.',
        confidence: 'C',
        sources: [S.HANOIECOMMERCE],
      },
    ],
    gap: 'The record behind this game does not document human rights in North Korea, so the pack makes no claim about them.',
    advice: [
      'The game shows that question on day 2 (Questions before the expanded meeting) but has no human-rights issue on the table.',
      'Make that a debrief question: what did leaving it off the table make possible, and what did it cost, and for whom?',
    ],
  },
  {
    id: 'sens.dprkInClass',
    heading: 'The DPRK in class',
    claims: [],
    advice: [
      'No caricature. Present DPRK officials as the US ones are presented: through their own public statements, with sources. No accents, costumes or impressions.',
      'Playing a side is studying its interests, not endorsing its government. The DPRK seat is a position with reasons, not a villain.',
      'Students with Korean family ties, North or South, may feel this differently. Never ask them to speak for Korea; let them choose their seat, or swap, without giving a reason.',
    ],
  },
  {
    id: 'sens.dramatization',
    heading: 'How the game labels dramatization',
    claims: [],
    advice: [
      'Dialogue, speech bubbles and advisers are the game’s. A decision shows as a caption naming the side, never as words in a real person’s mouth.',
      'Each beat’s historical note, the timeline and the summary after a later start are tagged and sourced; only words in quotation marks with a source are real quotes.',
    ],
  },
];

export const STUDENT_QUESTIONS_HEADING = 'If a student asks';

export const STUDENT_QUESTIONS: readonly StudentQuestion[] = [
  {
    id: 'ask.real',
    question: 'Did they really say that?',
    answer: 'Only if it is in quotation marks with a source. Open the historical note and check the tag.',
  },
  {
    id: 'ask.right',
    question: 'Who was right?',
    answer:
      'The game does not decide, and neither does the record: it shows where the accounts disagree (the disputed-accounts handout).',
  },
  {
    id: 'ask.warmbier',
    question: 'What happened to Otto Warmbier?',
    answer: 'Say that the game’s record does not cover it, give a source you trust, and offer to talk after class.',
  },
  {
    id: 'ask.side',
    question: 'Why should I argue for North Korea?',
    answer:
      'Because a negotiator has to understand the other side’s interests to change them. Arguing a position is not agreeing with it.',
  },
];
