/**
 * The opening page of the teacher's pack: what is in it, how to print it, and what is history and what is
 * the game's (the wording: dialogue, speech bubbles and advisers are dramatization; advisers are
 * composite roles; only quoted words with a source are real quotes; the model's causes are hypotheses).
 */

export const ABOUT_TITLE = "Hanoi Summit: the teacher's pack";

export const ABOUT_INTRO =
  'Printable material for one 45-minute lesson (see the teacher guide), or a longer one with the larger tables. Each item starts on a new page; print the pages you need.';

export interface AboutNote {
  /** Stable ID, `about.<slug>`. */
  readonly id: string;
  readonly text: string;
}

export const ABOUT_HONESTY_HEADING = 'What is history and what is the game';

export const ABOUT_HONESTY: readonly AboutNote[] = [
  {
    id: 'about.dramatization',
    text: "Dialogue, speech bubbles and advisers are the game's dramatization, not a record of what was said.",
  },
  {
    id: 'about.advisers',
    text: 'Advisers, in the game and on the role cards, are composite roles: not John Bolton or any other real person.',
  },
  {
    id: 'about.quotes',
    text: 'Only text in quotation marks with a source is a real quote. Everything else is our own paraphrase of the record.',
  },
  {
    id: 'about.model',
    text: "The causes the model weighs, such as the Cohen hearing and the hawks' influence, are the model's hypotheses, not history's verdict.",
  },
  {
    id: 'about.tags',
    text: 'Every historical claim carries a tag: [C] confirmed, [R] reported, [D] disputed, [U] unverified, with its source.',
  },
];

export const ABOUT_PRINT_HEADING = 'Printing';

export const ABOUT_PRINT: readonly AboutNote[] = [
  {
    id: 'about.paper',
    text: 'A4 or US Letter, portrait, at 100% scale with the default margins. Turn off headers and footers in the print dialog for a clean page.',
  },
  {
    id: 'about.copies',
    text: 'One copy per student of the worksheets; one per table of the outcome form; the role cards cut apart, one card per student.',
  },
];
