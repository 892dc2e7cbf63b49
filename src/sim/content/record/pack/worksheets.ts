/**
 * The student worksheets of the teacher's pack: the preparation sheet (the planning sheet of
 * negotiation-anchors.md §5: interests, BATNA, target, reservation value, priorities, questions), the
 * outcome form, the exit ticket, and the source-evaluation sheet. Boxes are data (a label, a prompt and
 * how many lines to leave), so the printed sheet and a translation read the same fields. The source
 * sheet names real record entries by ID; their text is the record's own, never copied here.
 */

export interface WorksheetField {
  /** Stable within its sheet, e.g. `interests`. */
  readonly id: string;
  readonly label: string;
  readonly prompt: string;
  /** Ruled lines to leave for the answer. */
  readonly lines: number;
}

export interface Worksheet {
  /** Stable ID, `ws.<slug>`. */
  readonly id: string;
  readonly title: string;
  readonly intro: string;
  readonly fields: readonly WorksheetField[];
}

export const PREP_SHEET: Worksheet = {
  id: 'ws.prep',
  title: 'Preparation sheet',
  intro:
    'Fill this in with your partner from your confidential brief, before the first round. Keep it hidden from the other side.',
  fields: [
    {
      id: 'interests',
      label: 'Our interests',
      prompt: 'What does our side need, and why? Look beneath the demands.',
      lines: 4,
    },
    {
      id: 'batna',
      label: 'Our BATNA',
      prompt: 'If we walk away with no deal, what happens to us?',
      lines: 3,
    },
    {
      id: 'target',
      label: 'Our target',
      prompt: 'The deal we aim for, issue by issue.',
      lines: 3,
    },
    {
      id: 'reservation',
      label: 'Our reservation value',
      prompt: 'The least we will accept: below this, walking away is better.',
      lines: 2,
    },
    {
      id: 'priorities',
      label: 'Our priorities',
      prompt: 'Our top three issues, in order, and one issue we could give up.',
      lines: 3,
    },
    {
      id: 'questions',
      label: 'Questions for the other side',
      prompt: 'What do we need to learn from them? (At least two questions.)',
      lines: 4,
    },
  ],
};

export const OUTCOME_FORM: Worksheet = {
  id: 'ws.outcome',
  title: 'Outcome form',
  intro:
    'One form per table, filled in together when the game ends. Tick the ending and write the level agreed for each issue (leave it blank if none was).',
  fields: [
    { id: 'table', label: 'Table and seed', prompt: 'For example: US-3 and DPRK-3, seed 12.', lines: 1 },
    {
      id: 'reason',
      label: 'Why it ended this way',
      prompt: 'Name the trade that was accepted or refused, and the issues it linked.',
      lines: 4,
    },
    {
      id: 'home',
      label: 'Pressure at home',
      prompt: 'Did politics at home change what either side could offer? How?',
      lines: 3,
    },
  ],
};

export const EXIT_TICKET: Worksheet = {
  id: 'ws.exit',
  title: 'Exit ticket',
  intro: 'On your own, in five minutes. Full sentences; no names needed.',
  fields: [
    {
      id: 'q1',
      label: '1. One trade',
      prompt: 'Describe one trade your table made or refused, and why.',
      lines: 4,
    },
    {
      id: 'q2',
      label: '2. Home and abroad',
      prompt: 'Describe one way pressure at home limited what a negotiator could offer.',
      lines: 4,
    },
    {
      id: 'q3',
      label: '3. Was a deal possible?',
      prompt: 'Give your answer, two pieces of evidence from the timeline (with their tags), and one account that disagrees.',
      lines: 7,
    },
  ],
};

/** A record entry the source sheet asks about: a timeline entry or a disputed point, by ID. */
export interface EntryRef {
  readonly kind: 'timeline' | 'dispute';
  readonly id: string;
}

export interface SourceSheet extends Worksheet {
  /** Three real entries, with at least two different tags. */
  readonly entries: readonly EntryRef[];
  /** Asked of every entry. */
  readonly questions: readonly WorksheetField[];
  /** What each tag means, as the record uses it. */
  readonly tagKey: Readonly<Record<'C' | 'R' | 'D' | 'U', string>>;
}

export const SOURCE_SHEET: SourceSheet = {
  id: 'ws.sources',
  title: 'Source evaluation',
  intro: 'Three real entries from the record of the summit. For each one, answer the questions below it.',
  fields: [
    {
      id: 'compare',
      label: 'Compare',
      prompt: 'Which of the three would you build an argument on, and which would you only mention with a warning? Why?',
      lines: 3,
    },
  ],
  entries: [
    { kind: 'timeline', id: 'tl.singapore' },
    { kind: 'timeline', id: 'tl.snub' },
    { kind: 'timeline', id: 'tl.purgeReports' },
  ],
  questions: [
    { id: 'who', label: 'Who says so?', prompt: 'The outlet, and whom it relies on.', lines: 1 },
    { id: 'why', label: 'Why this tag?', prompt: 'What about the sourcing earns it?', lines: 1 },
    { id: 'change', label: 'What would change it?', prompt: 'A source that would raise or lower the tag.', lines: 1 },
  ],
  tagKey: {
    C: 'Confirmed: on the public record, or reported the same way by several independent outlets.',
    R: 'Reported: one outlet, or anonymous officials. Plausible, not proven.',
    D: 'Disputed: the sides or the sources give conflicting accounts.',
    U: 'Unverified or contradicted: not to be presented as fact without a caveat.',
  },
};

export const WORKSHEETS: readonly Worksheet[] = [PREP_SHEET, OUTCOME_FORM, EXIT_TICKET, SOURCE_SHEET];
