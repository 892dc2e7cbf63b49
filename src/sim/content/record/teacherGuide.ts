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
    text: 'Hanoi, February 2019. You will not re-enact history; you will test whether a deal was possible. Assign seats.',
  },
  { id: 'reading', label: 'Reading', minutes: 4, text: 'Silent reading: the public brief, then your own confidential brief.' },
  {
    id: 'caucus',
    label: 'Caucus',
    minutes: 3,
    text: 'All US tables together, all DPRK tables together. Agree a target, a walk-away point and your top three issues.',
  },
  { id: 'round1', label: 'Round 1', minutes: 8, text: 'Negotiate. Public statements are allowed, but they add audience costs.' },
  {
    id: 'event',
    label: 'Event card',
    minutes: 2,
    text: 'Announce one event card, such as the Cohen hearing, and let tables react.',
  },
  {
    id: 'round2',
    label: 'Round 2',
    minutes: 8,
    text: 'Negotiate to an ending: a deal, a partial deal, more time, or a walkout.',
  },
  { id: 'outcome', label: 'Outcome', minutes: 2, text: 'Each table records its ending; the class board fills in.' },
  {
    id: 'debrief',
    label: 'Debrief',
    minutes: 13,
    text: 'Project the board. Describe (3 min): the spread of endings. Analyse (5): which issues moved and why. Transition (3): the timeline and the disputed points. Apply (2): one exit-ticket prompt.',
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
        'Hand out confidential briefs on paper; each pair reads only its own. Pass the device when the screen names the other side, and let the waiting pair look away.',
      ],
    },
    {
      heading: 'Human against the AI',
      items: [
        'Set one seat to human and the other to AI. Pairs or individuals play one side; the computer plays the other.',
        'Give every table the same seed if you want to compare results on the class board.',
      ],
    },
    {
      heading: 'What each setting changes',
      items: [
        'Mode. Historical: the AI makes the choices its side made in 2019 until a human leaves the record, then negotiates by the model; event cards fire as they did in 2019. Open: the AI negotiates by the model from the start, and each event card fires by seeded chance.',
        'Persona. Historical, dovish (concedes sooner, walks later) or hawkish (holds out longer, walks sooner).',
        'Seed. The same seed and the same choices replay the same game. One seed for the whole class makes tables comparable; different seeds add variety.',
        'Event cards. Force any card on or off. Turning off the Cohen hearing (ev.cohen) lowers pressure at home on the US side, which widens the room for a deal.',
        'Drills. Puts US–South Korea military exercises on the table as an extra issue, to practise linkage.',
        'Seats. Human, AI, or random (random moves, for demonstrations).',
        'Start and length. A later start (the eve, day 2, the dispute) opens with a summary of what came before. For one lesson, start at the dispute in class length: under 2,000 words per seat.',
      ],
    },
    {
      heading: 'Ground rules',
      items: [
        'No accounts and no names: tables are US-1, DPRK-1 and so on.',
        'No ending is the right one. Judge each table by its reasons, not by whether it matched history.',
        "Say what is dramatized: dialogue, speech bubbles and advisers are the game's. Advisers are composite roles, not Bolton or any real person. Only quoted words with a source are real quotes.",
        "The scores come from a model. The causes it weighs, such as the Cohen hearing and the hawks' influence, are its hypotheses, not history's verdict.",
      ],
    },
  ],
};

/** All text of the guide, for the word count. */
export const teacherGuideText = (g: TeacherGuide = TEACHER_GUIDE): string =>
  [g.title, ...g.plan.flatMap((p) => [p.label, p.text]), ...g.sections.flatMap((s) => [s.heading, ...s.items])].join('\n');
