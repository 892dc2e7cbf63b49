/**
 * The discussion bank for the debrief: prompts per ending and per concept, following the DATA model
 * (Describe, Analyse, Transition to the real world, Apply), negotiation-anchors.md §4. Prompts ask; they
 * never say which ending was right.
 */
import type { EndingId } from '../../model/ids.ts';

export const DATA_STAGES = ['describe', 'analyse', 'transition', 'apply'] as const;
export type DataStage = (typeof DATA_STAGES)[number];

export const STAGE_LABELS: Readonly<Record<DataStage, string>> = {
  describe: 'Describe: what happened at your table?',
  analyse: 'Analyse: why did it happen?',
  transition: 'Transition: how does it compare with Hanoi?',
  apply: 'Apply: what would you do next time?',
};

export interface DiscussionPrompt {
  /** Stable ID, `dq.<ending or concept>.<n>`. */
  readonly id: string;
  readonly stage: DataStage;
  readonly text: string;
}

export const CONCEPT_IDS = [
  'batnaZopa',
  'twoLevelGames',
  'commitmentAudienceCosts',
  'sequencingVerification',
  'linkage',
  'likeabilityVsPoints',
] as const;
export type ConceptId = (typeof CONCEPT_IDS)[number];

/** Build prompts with IDs `dq.<key>.<n>` from [stage, text] pairs. */
const prompts = (key: string, items: readonly (readonly [DataStage, string])[]): readonly DiscussionPrompt[] =>
  items.map(([stage, text], i) => ({ id: `dq.${key}.${i + 1}`, stage, text }));

export const ENDING_PROMPTS: Readonly<Record<EndingId, readonly DiscussionPrompt[]>> = {
  summitCancelled: prompts('summitCancelled', [
    ['describe', 'Your table called the summit off before the leaders sat down. What happened just before that decision?'],
    ['analyse', "What did calling it off protect, and what did it cost each side? Compare your answer with each side's BATNA."],
    [
      'transition',
      'In Hanoi the summit went ahead even though Kim Yong Chol reportedly declined to meet Pompeo the night before. Why might a side swallow a slight rather than cancel?',
    ],
  ]),
  walkout: prompts('walkout', [
    ['describe', 'Who walked, at what moment, and what was on the table when they did?'],
    ['analyse', "Was walking a credible commitment or a lost opportunity? Use one analyst's argument from each side."],
    [
      'transition',
      'After the real walkout, Choe Son-hui reportedly hurried after the Americans with a clarified offer. Why might an offer become clearer only after the other side has left?',
    ],
  ]),
  breakdown: prompts('breakdown', [
    ['describe', 'Which statements or moves turned disagreement into breakdown at your table?'],
    ['analyse', 'How did audience costs make it harder for either side to step back once it had gone public?'],
    [
      'apply',
      'How would you repair the relationship after an angry ending? Name one first step that costs little and signals a lot.',
    ],
  ]),
  extended: prompts('extended', [
    ['describe', 'Your table kept talking without a deal. What did each side gain by not ending the talks?'],
    ['analyse', "Did the extra time change anyone's reservation value, or only postpone the decision?"],
    [
      'transition',
      'After Hanoi the leaders met again in June 2019 and the negotiators in October, still without a deal. What would extra time have needed to be productive?',
    ],
  ]),
  smallDeal: prompts('smallDeal', [
    ['describe', 'What exactly did your interim deal contain, and what did it leave for later?'],
    ['analyse', 'Who carries more risk if the next phase never comes? How do verification or snapback in your deal change that?'],
    [
      'transition',
      'A signing ceremony was on the real schedule and never happened. Bolton later wrote that a small deal could not be sustained politically in Washington. Would yours survive that test?',
    ],
  ]),
  yongbyonForSanctions: prompts('yongbyonForSanctions', [
    ['describe', 'Which Yongbyon facilities did your deal cover, and which sanctions did it lift?'],
    [
      'analyse',
      'Analysts disagreed about this very trade. Which argument do you find strongest, and what evidence would change your mind?',
    ],
    ['apply', 'How would you verify the dismantling, and what should happen to the relief if the other side stalled?'],
  ]),
  yongbyonPlus: prompts('yongbyonPlus', [
    ['describe', 'What did your table add beyond Yongbyon, and what came back in return?'],
    ['analyse', 'Which linked issue made the bridge possible? Would the deal hold without it?'],
    [
      'transition',
      'Leon Sigal argued for each side offering a little more for a little more. How close is your deal to that idea, and how far from the US paper?',
    ],
  ]),
  comprehensive: prompts('comprehensive', [
    ['describe', 'Sum up your comprehensive deal in three lines. What did each side give up?'],
    ['analyse', 'How many phases does it have, and in which phase is each side most exposed?'],
    [
      'transition',
      "In 2019 the gap between the big deal and North Korea's offer never closed. What was different at your table: trust, pressure at home, or the offers themselves?",
    ],
  ]),
};

export const CONCEPT_PROMPTS: Readonly<
  Record<ConceptId, { readonly title: string; readonly prompts: readonly DiscussionPrompt[] }>
> = {
  batnaZopa: {
    title: 'BATNA and ZOPA',
    prompts: prompts('batnaZopa', [
      ['describe', 'What was your reservation value? Say it in one sentence: the worst deal you would still have signed.'],
      ['analyse', "Did a ZOPA exist at your table? Compare the other side's last offer with your walk-away point."],
      [
        'transition',
        "In Hanoi, North Korea's offer and the US paper were far apart. Was there a ZOPA in February 2019? Which entries in the timeline support your view?",
      ],
      ['apply', "Pick a negotiation in the news. What is each side's BATNA, and which side has the stronger one?"],
    ]),
  },
  twoLevelGames: {
    title: 'Two-level games',
    prompts: prompts('twoLevelGames', [
      ['describe', 'Who at home did your side have to satisfy? At which choice did they matter most?'],
      [
        'analyse',
        'Whose domestic audience shrank the win-set? Could a linkage, such as an end-of-war declaration or a liaison office, have widened it?',
      ],
      [
        'transition',
        'A congressional hearing in Washington ran while the leaders met in Hanoi. How can events at home change what a leader can accept abroad?',
      ],
      ['apply', 'Think of a decision that a group not at the table must approve. How does that change the way you negotiate?'],
    ]),
  },
  commitmentAudienceCosts: {
    title: 'Commitment and audience costs',
    prompts: prompts('commitmentAudienceCosts', [
      ['describe', 'Which public statements did your side make, and when?'],
      ['analyse', 'Did your public press line help you or trap you?'],
      [
        'transition',
        'Before the summit Trump said publicly that he was in no hurry. How might that have made walking away easier for him?',
      ],
      ['apply', 'When is it wise to tie your own hands in public before a negotiation, and when is it a mistake?'],
    ]),
  },
  sequencingVerification: {
    title: 'Sequencing and verification',
    prompts: prompts('sequencingVerification', [
      ['describe', 'In your deal, who moved first, and what did they give?'],
      ['analyse', 'What made a later promise believable: verification, snapback, or trust?'],
      [
        'transition',
        'North Korea offered dismantling with US experts present; the US paper asked for full access for inspectors. Why might the two sides value inspections so differently?',
      ],
      ['apply', 'Design one action-for-action step that both sides could check within a month.'],
    ]),
  },
  linkage: {
    title: 'Linkage',
    prompts: prompts('linkage', [
      ['describe', 'Which issues did your table tie together, and which did it keep apart?'],
      ['analyse', 'Which issue, when added, created value? Which one destroyed the ZOPA?'],
      [
        'transition',
        'The US raised enrichment sites beyond Yongbyon; North Korea asked for sanctions relief rather than security steps. How did each choice of issues shape the Hanoi talks?',
      ],
      ['apply', 'Give an example from your own life where adding an issue made agreement easier, or harder.'],
    ]),
  },
  likeabilityVsPoints: {
    title: 'Likeability and points',
    prompts: prompts('likeabilityVsPoints', [
      ['describe', 'Compare your points with your relationship score. Did they move together?'],
      ['analyse', 'Did the side that won on points also keep the relationship?'],
      [
        'transition',
        "After Hanoi, North Korea's Choe Son-hui still praised the leaders' chemistry while blaming their advisers, yet no deal was made. What can a good relationship do in a negotiation, and what can it not do?",
      ],
      ['apply', 'When would you give up points to keep a relationship, and when would you not?'],
    ]),
  },
};
