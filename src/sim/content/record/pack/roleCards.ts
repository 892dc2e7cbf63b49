/**
 * Optional larger tables for the teacher's pack: three roles per side (leader, lead negotiator,
 * adviser), each with a confidential line only its holder reads, so a class of 30 can sit at five
 * tables of six instead of fifteen identical pairs, and how to run them. The roles are the game's
 * dramatization: composite roles, not any real person, built from the confidential briefs.
 */
import type { Side } from '../../../model/ids.ts';

export type RoleId = 'leader' | 'negotiator' | 'adviser';

export const ROLE_IDS: readonly RoleId[] = ['leader', 'negotiator', 'adviser'];

export interface RoleCard {
  /** Stable ID, `role.<side>.<role>`. */
  readonly id: string;
  readonly side: Side;
  readonly role: RoleId;
  readonly title: string;
  /** What the role does at the table (everyone at the table may know this). */
  readonly task: string;
  /** For the holder only. */
  readonly confidential: string;
}

export const ROLE_CARDS: readonly RoleCard[] = [
  {
    id: 'role.us.leader',
    side: 'us',
    role: 'leader',
    title: 'United States: the leader',
    task: 'You alone accept or refuse a final package, and you alone may walk out. You speak for the side to the press.',
    confidential:
      'You have said in public that there is no hurry, yet a signing ceremony is on the schedule. You would rather walk than sign a deal your critics at home can call weak.',
  },
  {
    id: 'role.us.negotiator',
    side: 'us',
    role: 'negotiator',
    title: 'United States: the lead negotiator',
    task: 'You make and answer offers, issue by issue. You may propose anything; only the leader can accept.',
    confidential:
      'You think a first step can pass at home: an end-of-war declaration and liaison offices for a verified halt at Yongbyon. Steer the leader toward it without seeming weak.',
  },
  {
    id: 'role.us.adviser',
    side: 'us',
    role: 'adviser',
    title: 'United States: the adviser',
    task: 'You pass written notes to your own side. You never speak to the other side.',
    confidential:
      'You are sure that relief given before a full declaration will be pocketed. Push for the sites beyond Yongbyon, in writing, before any sanctions move.',
  },
  {
    id: 'role.dprk.leader',
    side: 'dprk',
    role: 'leader',
    title: 'DPRK: the leader',
    task: 'You alone accept or refuse a final package, and you alone may walk out. You speak for the side to the press.',
    confidential:
      'You travelled about 65 hours by train and cannot go home with nothing to show. But you will not hand over weapons or bomb fuel, whatever is offered.',
  },
  {
    id: 'role.dprk.negotiator',
    side: 'dprk',
    role: 'negotiator',
    title: 'DPRK: the lead negotiator',
    task: 'You make and answer offers, issue by issue. You may propose anything; only the leader can accept.',
    confidential:
      'You may offer Yongbyon and a written halt to tests. Anything beyond Yongbyon must come from the leader, at the table, never from you in advance.',
  },
  {
    id: 'role.dprk.adviser',
    side: 'dprk',
    role: 'adviser',
    title: 'DPRK: the adviser',
    task: 'You pass written notes to your own side. You never speak to the other side.',
    confidential:
      'The economy needs relief this year: a small deal now is better than a big deal never. But a full declaration up front would hand the Americans a target list.',
  },
];

export const ROLE_CARDS_TITLE = 'Larger tables: role cards';

/** How to run tables of six, one step per item. */
export const ROLE_CARDS_HOW: readonly string[] = [
  'Tables of six. Three students per side: the leader, the lead negotiator and the adviser. A class of 30 makes five tables instead of fifteen pairs.',
  'Odd numbers. For a table of four or five, drop an adviser and read that adviser’s confidential line to the lead negotiator.',
  'Hand out. Cut the cards apart. Each student reads only their own card; the confidential line is not shown to anyone, even on their own side.',
  'Caucus. Each delegation fills in one preparation sheet together, and finds out that its three members do not want quite the same thing.',
  'At the device. The lead negotiator makes the moves; only the leader accepts, refuses or walks out. The adviser passes notes.',
  'Round 2. Swap the negotiator and the adviser if you want everyone to speak.',
  'Debrief. Ask each table who really decided, and whether the confidential lines pulled its delegation apart: a two-level game inside each side.',
  'Say so. The cards are the game’s dramatization: composite roles, not Bolton, Kim Yong Chol or any real person.',
];
