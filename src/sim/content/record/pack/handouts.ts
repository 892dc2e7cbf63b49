/**
 * The printable timeline and disputed-accounts handouts of the teacher's pack. They select entries of
 * TIMELINE and DISPUTES by ID, in the record's own words (nothing is copied), sized so each handout
 * page fits one sheet of A4 or US Letter.
 */

export interface Handout {
  /** Stable ID, `ho.<slug>`. */
  readonly id: string;
  readonly title: string;
  readonly intro: string;
  /** IDs of TIMELINE entries (`tl.*`) or of DISPUTES (`dp.*`), in the order shown. */
  readonly ids: readonly string[];
}

export const TIMELINE_HANDOUTS: readonly Handout[] = [
  {
    id: 'ho.timelineBefore',
    title: 'Timeline (1 of 2): from Singapore to the eve of Hanoi',
    intro: 'A selection from the record, in our own words. Each entry has a tag and a source.',
    ids: [
      'tl.punggyeri',
      'tl.singapore',
      'tl.pompeoJuly',
      'tl.remains',
      'tl.pyongyangDeclaration',
      'tl.pompeoOctober',
      'tl.newYorkPostponed',
      'tl.ovalOffice',
      'tl.coats',
      'tl.stanford',
      'tl.biegunPyongyang',
      'tl.workingLevel',
      'tl.dongDang',
      'tl.snub',
    ],
  },
  {
    id: 'ho.timelineSummit',
    title: 'Timeline (2 of 2): the summit and after',
    intro: 'Hanoi local time unless marked.',
    ids: [
      'tl.cohen',
      'tl.dinner',
      'tl.grandBargain',
      'tl.bigDealPaper',
      'tl.collapse',
      'tl.trumpPress',
      'tl.midnightPress',
      'tl.manila',
      'tl.choeEntire',
      'tl.sohaeRebuilt',
      'tl.panmunjom',
      'tl.stockholm',
    ],
  },
];

export const DISPUTES_HANDOUT: Handout = {
  id: 'ho.disputes',
  title: 'Disputed accounts',
  intro: 'The same point, told by different parties. We do not settle these; judge the accounts against each other.',
  ids: ['dp.sanctionsAsk', 'dp.yongbyonScope', 'dp.oneMore', 'dp.sohaeTiming'],
};
