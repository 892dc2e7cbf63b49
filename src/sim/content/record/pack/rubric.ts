/**
 * The assessment rubric of the teacher's pack: rows for the exit ticket and for the discussion, each
 * tied to a learning objective, with three levels and an alignment note for each of the three
 * frameworks teachers asked for (AP US Government and Politics, IB Global Politics, the C3 framework).
 * Alignment notes are our reading of those frameworks, to be checked against the edition in use.
 */

export type RubricTask = 'exitTicket' | 'discussion';
export type Framework = 'ap' | 'ib' | 'c3';

export const FRAMEWORK_NAMES: Readonly<Record<Framework, string>> = {
  ap: 'AP US Government and Politics',
  ib: 'IB Global Politics',
  c3: 'C3 framework',
};

export const RUBRIC_TASK_NAMES: Readonly<Record<RubricTask, string>> = {
  exitTicket: 'Exit ticket',
  discussion: 'Discussion',
};

export const RUBRIC_LEVELS = ['Beginning', 'Developing', 'Secure'] as const;

export interface RubricRow {
  /** Stable ID, `rub.<task>.<slug>`. */
  readonly id: string;
  readonly task: RubricTask;
  /** The objective the row assesses (an `obj.*` ID). */
  readonly objective: string;
  readonly criterion: string;
  /** One descriptor per level of RUBRIC_LEVELS, lowest first. */
  readonly levels: readonly [string, string, string];
  readonly alignment: Readonly<Record<Framework, string>>;
}

export const RUBRIC: readonly RubricRow[] = [
  {
    id: 'rub.exit.claim',
    task: 'exitTicket',
    objective: 'obj.judgement',
    criterion: 'A claim about whether a deal was possible, with evidence',
    levels: [
      'A claim with no evidence, or evidence that does not bear on it.',
      'A claim with one relevant piece of evidence.',
      'A claim, two pieces of evidence and a counter-claim answered.',
    ],
    alignment: {
      ap: 'Skill: argumentation (a defensible claim supported by evidence, responding to an alternative view).',
      ib: 'Peace and conflict; the key concepts of power and interdependence.',
      c3: 'Dimension 4: construct an argument with evidence from several sources, acknowledging counterclaims.',
    },
  },
  {
    id: 'rub.exit.sources',
    task: 'exitTicket',
    objective: 'obj.sources',
    criterion: 'Evidence weighed by how well it is sourced',
    levels: [
      'Treats reported or disputed claims as fact.',
      'Names the confidence of the evidence used.',
      'Explains why a confirmed claim outweighs a reported one, or how a dispute limits the claim.',
    ],
    alignment: {
      ap: 'Skill: source analysis (the author, the purpose and the limits of a source).',
      ib: 'Evaluating claims and perspectives of different actors (states, officials, the press).',
      c3: 'Dimension 3: evaluate sources by origin, authority and corroboration.',
    },
  },
  {
    id: 'rub.exit.domestic',
    task: 'exitTicket',
    objective: 'obj.twoLevel',
    criterion: 'Pressure at home linked to the talks abroad',
    levels: [
      'Mentions politics at home without linking it to an offer.',
      'Names a pressure and the side it weighed on.',
      'Shows how a named pressure ruled an offer in or out.',
    ],
    alignment: {
      ap: 'Unit 2: the president, Congress and public opinion in foreign policy (treaties need the Senate; a joint statement does not).',
      ib: 'Power and sovereignty: how domestic actors constrain a state in international relations.',
      c3: 'Dimension 2 (civics): how political institutions and public opinion shape policy.',
    },
  },
  {
    id: 'rub.disc.interests',
    task: 'discussion',
    objective: 'obj.interests',
    criterion: "Uses each side's interests, not only its positions",
    levels: [
      'Repeats what a side demanded.',
      'Says why one side wanted what it demanded.',
      "Uses both sides' interests to suggest a trade neither side proposed.",
    ],
    alignment: {
      ap: 'Skill: concept application (applying a concept to a political scenario).',
      ib: 'Power, sovereignty and international relations: the interests of states in a negotiation.',
      c3: 'Dimension 2 (civics): apply civic reasoning to a public problem.',
    },
  },
  {
    id: 'rub.disc.tradeoffs',
    task: 'discussion',
    objective: 'obj.tradeoffs',
    criterion: 'Explains a trade made or refused at the table',
    levels: [
      'Names the ending only.',
      'Names the issues that moved.',
      'Explains why a trade was accepted or refused, using the BATNA or the sequencing of steps.',
    ],
    alignment: {
      ap: 'Skill: concept application; Unit 2: executive agreements in foreign policy.',
      ib: 'Peace and conflict: negotiation, sequencing and verification as ways out of conflict.',
      c3: 'Dimension 4: communicate a reasoned explanation to an audience.',
    },
  },
  {
    id: 'rub.disc.record',
    task: 'discussion',
    objective: 'obj.judgement',
    criterion: 'Keeps the game and the record apart',
    levels: [
      'Treats the game’s dialogue or scores as what happened.',
      'Checks a point against the timeline.',
      'Separates the game’s model from the record and uses a disputed account fairly.',
    ],
    alignment: {
      ap: 'Skill: source analysis (distinguishing evidence from interpretation).',
      ib: 'Perspectives: the same event told by the parties in different ways.',
      c3: 'Dimension 3: use evidence from several sources, noting where they conflict.',
    },
  },
];
