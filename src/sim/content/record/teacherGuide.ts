/**
 * The one-page teacher guide, shown in the app and printable (negotiation-anchors.md §4). At most
 * TEACHER_GUIDE_WORDS words in all.
 */

export interface PlanStep {
  readonly id: string;
  readonly label: string;
  /** Minutes from the start of the lesson. */
  readonly start: number;
  readonly minutes: number;
  readonly text: string;
}

export interface GuideSection {
  readonly heading: string;
  readonly items: readonly string[];
}

export interface TeacherGuide {
  readonly title: string;
  readonly plan: readonly PlanStep[];
  readonly sections: readonly GuideSection[];
}

const steps: readonly Omit<PlanStep, 'start'>[] = [
  {
    id: 'framing',
    label: 'Framing',
    minutes: 5,
    text: 'Hanoi, February 2019: not a re-enactment, a test of whether a deal was possible. Assign seats; start at the dispute, class length.',
  },
  {
    id: 'reading',
    label: 'Reading',
    minutes: 5,
    text: 'Silent reading: the public brief, then your own confidential brief (about 680 words).',
  },
  {
    id: 'caucus',
    label: 'Caucus',
    minutes: 3,
    text: 'All US tables together, all DPRK tables together. Agree a target, a walk-away point and your top three issues.',
  },
  {
    id: 'dispute',
    label: 'The dispute',
    minutes: 6,
    text: 'What does "Yongbyon" cover? Listen for who names facilities and who asks what the other side means.',
  },
  {
    id: 'event',
    label: 'Event card',
    minutes: 2,
    text: 'Optional: push one card to every table from the dashboard, or force it in the set-up (not one that fired before the start).',
  },
  {
    id: 'table',
    label: 'The table',
    minutes: 9,
    text: 'Bargain to a deal, more time or a walkout. Listen for reasons: the counterpart names the red line crossed and what it would accept.',
  },
  { id: 'outcome', label: 'Outcome', minutes: 2, text: 'Each table records its ending; the class board fills in.' },
  {
    id: 'debrief',
    label: 'Debrief',
    minutes: 13,
    text: 'Project the board. Describe (3 min): the spread of endings. Analyse (5): which issues moved, and why. Transition (3): the timeline and disputed points. Apply (2): the exit ticket.',
  },
];

const plan: PlanStep[] = [];
for (const s of steps) {
  const prev = plan[plan.length - 1];
  plan.push({ ...s, start: prev ? prev.start + prev.minutes : 0 });
}

export const TEACHER_GUIDE: TeacherGuide = {
  title: 'Teacher guide: one 45-minute lesson',
  plan,
  sections: [
    {
      heading: 'Hot-seat pairs',
      items: [
        'Set both seats to human. Two pairs share one device, one pair per side.',
        'Hand out confidential briefs on paper; each pair reads only its own. Pass the device when the screen names the other side.',
      ],
    },
    {
      heading: 'Human against the AI',
      items: [
        'One seat human, the other AI: pairs or individuals play one side against the computer.',
        'Give every table the same seed to compare results on the class board.',
      ],
    },
    {
      heading: 'What each setting changes',
      items: [
        "Mode. Historical: the AI makes its side's 2019 choices until a human leaves the record, then negotiates by the model; event cards fire as in 2019. Open: the AI negotiates by the model throughout, and cards fire by seeded chance.",
        'Persona. Historical, dovish (concedes sooner, walks later) or hawkish (holds out longer, walks sooner).',
        'Seed. The same seed and choices replay the same game: one seed for the class makes tables comparable.',
        'Event cards. Force any card on or off; without the Cohen hearing (ev.cohen) the US side feels less pressure at home.',
        'Drills. Adds US–South Korea military exercises as an issue, to practise linkage.',
        'Seats. Human, AI, or random (random moves, for demonstrations).',
        'Start point. A later start (the eve, day 2, the dispute) opens with a summary of what came before. For one lesson, the dispute in class length: under 2,000 words a seat.',
      ],
    },
    {
      heading: 'Ground rules',
      items: [
        'No accounts and no names: tables are US-1, DPRK-1 and so on.',
        'No ending is the right one. Judge each table by its reasons, not by whether it matched history.',
        "Say what is dramatized: dialogue, speech bubbles and advisers are the game's. Advisers are composite roles, not Bolton or any real person. Only quoted words with a source are real quotes.",
        "The scores come from a model. The causes it weighs, such as the Cohen hearing and the hawks' influence, are its hypotheses, not history's verdict.",
        "Teacher's pack: misconceptions, sensitive material, school and university plans, homework, a tally.",
      ],
    },
  ],
};

/** All text of the guide, for the word count. */
export const teacherGuideText = (g: TeacherGuide = TEACHER_GUIDE): string =>
  [g.title, ...g.plan.flatMap((p) => [p.label, p.text]), ...g.sections.flatMap((s) => [s.heading, ...s.items])].join('\n');
