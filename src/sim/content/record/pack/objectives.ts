/**
 * The lesson's learning objectives for the teacher's pack (`?print=pack`): three to five, each one an
 * action a teacher can see or hear in the lesson or read on the exit ticket, so that the rubric can
 * assess exactly these and nothing vaguer ("understand", "appreciate").
 */

export interface Objective {
  /** Stable ID, `obj.<slug>`; the rubric refers to it. */
  readonly id: string;
  /** Starts with an observable verb (see OBSERVABLE_VERBS). */
  readonly text: string;
  /** What the teacher sees when the objective is met, and where. */
  readonly evidence: string;
  /** When in the 45-minute plan it is practised: IDs of TEACHER_GUIDE's plan steps. */
  readonly steps: readonly string[];
}

/** Verbs whose result can be seen or heard; an objective must start with one of them. */
export const OBSERVABLE_VERBS: readonly string[] = [
  'Identify',
  'Explain',
  'Compare',
  'Evaluate',
  'Construct',
  'Justify',
  'Classify',
  'Describe',
];

export const OBJECTIVES: readonly Objective[] = [
  {
    id: 'obj.interests',
    text: "Identify each side's interests, its walk-away point (reservation value) and its alternative to a deal (BATNA) from the briefs.",
    evidence: 'The preparation sheet: every box filled from the briefs, in the student’s own words.',
    steps: ['reading', 'caucus'],
  },
  {
    id: 'obj.tradeoffs',
    text: 'Explain, in two or three sentences, why one trade was accepted or refused at the table, naming the issues it linked.',
    evidence: 'The outcome form and the discussion: a reason that names at least two issues.',
    steps: ['dispute', 'table', 'debrief'],
  },
  {
    id: 'obj.twoLevel',
    text: 'Describe one way pressure at home limited what a negotiator could offer abroad.',
    evidence: 'The discussion and exit-ticket question 2: a named pressure and the offer it ruled out.',
    steps: ['event', 'debrief'],
  },
  {
    id: 'obj.sources',
    text: 'Classify three claims about the summit as confirmed, reported, disputed or unverified, and justify each tag from its source.',
    evidence: 'The source-evaluation sheet: a tag and a reason for each of its three entries.',
    steps: ['debrief'],
  },
  {
    id: 'obj.judgement',
    text: 'Evaluate whether a deal was possible at Hanoi, with evidence from the timeline and at least one account that disagrees.',
    evidence: 'Exit-ticket question 3: a claim, two pieces of evidence, one counter-claim.',
    steps: ['debrief'],
  },
];
