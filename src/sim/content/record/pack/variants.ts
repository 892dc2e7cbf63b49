/**
 * Two variants of the lesson, each a concrete plan the software runs as it is: a high-school version
 * (shorter reading, a start at the dispute in class length, guided roles) and a university version (the
 * full path, readings, memoirs against statements, the bargaining model's parameters as an assignment).
 * Each names its start links and settings. The word counts are the ones `wordCount.test.ts` holds (every
 * path of the dispute in class length under 2,000 words a seat; the full game over 6,000 on the
 * historical path), not estimates; `src/ui/packLinks.test.ts` checks that every link starts that game.
 */

export interface StartLink {
  /** What the link is for, e.g. "Pairs against the computer". */
  readonly label: string;
  /** The query string to open, relative to the game's address (never translated). */
  readonly url: string;
}

export interface LessonVariant {
  /** Stable ID, `var.<slug>`. */
  readonly id: string;
  readonly heading: string;
  /** Class length and who it is for, in one line. */
  readonly fit: string;
  readonly links: readonly StartLink[];
  /** The plan, one labelled step per item ("Reading. …"). */
  readonly steps: readonly string[];
}

export const VARIANTS_TITLE = 'Two variants: high school and university';

export const VARIANTS_INTRO =
  'Both use the settings and start links the game already has; open a link on each device, or type the same settings in the set-up.';

export const VARIANTS: readonly LessonVariant[] = [
  {
    id: 'var.highSchool',
    heading: 'High school: one 45–50 minute lesson',
    fit: 'Ages 14–18. Under 2,000 words a seat on every path, briefs included: ten minutes of reading.',
    links: [
      { label: 'US seat against the computer', url: '?us=human&dprk=ai&start=dispute&length=class&seed=2019' },
      { label: 'DPRK seat against the computer', url: '?us=ai&dprk=human&start=dispute&length=class&seed=2019' },
    ],
    steps: [
      'Reading. Only the public brief and the side’s confidential brief; primer page 1 the evening before, if at all.',
      'Start. At the dispute over Yongbyon, class length: the game opens with a tagged summary of what came before.',
      'Guided roles. Pairs or threes per device with the role cards: the negotiator moves, the leader decides, the adviser writes notes.',
      'Same seed. Every table on one seed, so the board compares like with like; leave the event cards as the mode decides.',
      'Debrief. The spread of endings, then misconceptions 1 and 3; exit ticket questions 1 and 2 only.',
    ],
  },
  {
    id: 'var.university',
    heading: 'University: a 90-minute seminar, or two sessions',
    fit: 'Undergraduate IR or negotiation courses. The full path is over 6,000 words a seat: set the briefs as reading beforehand.',
    links: [
      { label: 'Human against human, the whole story', url: '?us=human&dprk=human&start=beginning&length=full&mode=open' },
      { label: 'A harder counterpart', url: '?us=human&dprk=ai&persona=hawkish&drills=true' },
    ],
    steps: [
      'Readings. Both primer pages, the disputed accounts, and two analysts’ opinions, one for the walkout and one against (the debrief lists them, marked Opinion, under Where you left the record).',
      'Play. Open mode, so the computer negotiates by the model throughout and event cards fire by seeded chance.',
      'Memoirs against statements. Homework task 3, set before the seminar and argued in it.',
      'Model assignment. Give students the reservation values in docs/model.md (for the US: 0.42 + 0.12 × pressure at home + 0.06 × hawks’ influence + …). They predict the effect of the Cohen card, then test it: same seed, the card set to Never in the set-up, the branch map’s odds before and after.',
      'Computer lab. The same test at scale: npm run -s simulate -- --runs 200 --us ai --dprk ai --no-cohen --json, against a run without --no-cohen.',
      'Debrief. Is the walkout in the model a finding about 2019, or a consequence of its parameters?',
    ],
  },
];
