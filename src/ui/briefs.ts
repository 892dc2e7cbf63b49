/** Role briefs shown before play: our own words, summarising the dossier (hanoi-dossier.md). */
import type { Side } from '../sim/model/ids.ts';

export interface Brief {
  readonly title: string;
  readonly paragraphs: readonly string[];
  readonly goals: readonly string[];
}

export const BRIEFS: Readonly<Record<Side, Brief>> = {
  us: {
    title: 'Your brief: the United States delegation',
    paragraphs: [
      'You speak for President Trump, with Secretary of State Pompeo, National Security Adviser Bolton and Special Representative Biegun at your side. Eight months after Singapore, the promise of "complete denuclearization" has no timetable, no inventory and no inspections.',
      'Washington’s line is "final, fully verified denuclearization" (FFVD). Your hawks want a full declaration of weapons, material and missiles before any sanctions relief. Your diplomats think a first step that is verified and reversible could open the door. At home, the President’s former lawyer testifies before Congress on the same day as the talks.',
    ],
    goals: [
      'Get as much of the programme on the table as you can, and inspectors to check it.',
      'Do not pay for promises: relief that comes too early is hard to take back.',
      'Walking away is an option. So is a smaller deal that keeps talks alive.',
    ],
  },
  dprk: {
    title: 'Your brief: the DPRK delegation',
    paragraphs: [
      'You speak for Chairman Kim Jong Un, with Kim Yong Chol, Foreign Minister Ri Yong Ho and Vice Foreign Minister Choe Son Hui. Since Singapore you have stopped nuclear and long-range missile tests and returned remains of American soldiers. You expect "corresponding measures" in return.',
      'Sanctions weigh on the economy. Your offer is the Yongbyon complex, the heart of the programme, dismantled with American experts watching, for the civilian parts of the five UN sanctions resolutions of 2016 and 2017. Handing over weapons before trust exists, the "Libya model", is out of the question.',
    ],
    goals: [
      'Win real sanctions relief, step by step, action for action.',
      'Decide what "Yongbyon" means, and how much beyond it you will put on the table.',
      'Keep the Chairman’s prestige: a public humiliation costs more than no deal.',
    ],
  },
};

export const WATCH_BRIEF: Brief = {
  title: 'Watching: the computer plays both sides',
  paragraphs: [
    'Each side follows a model of its interests, its red lines and its hidden pressures. In historical mode both follow the record; in open mode they negotiate by the model, and the seed changes the details.',
  ],
  goals: ['Use the speed control to slow down or pause, and read the narration as the summit unfolds.'],
};
