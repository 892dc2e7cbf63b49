/**
 * The advisers: roles, not real people's words. Each has a stable role ID (what content refers to and a
 * translation is keyed on), the role's display name, and the side it serves, so a seat is only ever
 * shown its own side's advice (at the bargaining table both sides act, and each sees only its own).
 *
 * Note IDs are derived, never written by hand: an adviser note is `<beat id>.adviser.<role id>` and a
 * historical note is `<owner id>.history` (the owner is a beat, an event card or a facility). They are
 * unique because beat, event and facility IDs are, and because a role speaks at most once per beat:
 * `validateContent()` reports a role that speaks twice, and a test checks every derived ID is unique.
 */
import type { Side } from '../model/ids.ts';
import type { AdviserNote } from './types.ts';

export const ADVISER_IDS = [
  'politicalAdviser',
  'workingLevelDiplomat',
  'hawk',
  'intelligenceAnalyst',
  'sanctionsOfficial',
  'foreignMinistry',
  'unitedFront',
  'partyEconomist',
  'protocolOffice',
  'militaryAdviser',
] as const;
export type AdviserId = (typeof ADVISER_IDS)[number];

export interface Adviser {
  readonly id: AdviserId;
  /** The role as the player reads it, e.g. "Hawk (NSC)". */
  readonly role: string;
  readonly side: Side;
}

const adviser = (id: AdviserId, role: string, side: Side): Adviser => ({ id, role, side });

export const ADVISERS: Readonly<Record<AdviserId, Adviser>> = {
  politicalAdviser: adviser('politicalAdviser', 'Political adviser', 'us'),
  workingLevelDiplomat: adviser('workingLevelDiplomat', 'Working-level diplomat', 'us'),
  hawk: adviser('hawk', 'Hawk (NSC)', 'us'),
  intelligenceAnalyst: adviser('intelligenceAnalyst', 'Intelligence analyst', 'us'),
  sanctionsOfficial: adviser('sanctionsOfficial', 'Sanctions official (Treasury)', 'us'),
  foreignMinistry: adviser('foreignMinistry', 'Foreign Ministry (DPRK)', 'dprk'),
  unitedFront: adviser('unitedFront', 'United Front Department (DPRK)', 'dprk'),
  partyEconomist: adviser('partyEconomist', 'Party economist (DPRK)', 'dprk'),
  protocolOffice: adviser('protocolOffice', 'Protocol office (DPRK)', 'dprk'),
  militaryAdviser: adviser('militaryAdviser', 'Military adviser (DPRK)', 'dprk'),
};

export const isAdviserId = (x: unknown): x is AdviserId => ADVISER_IDS.includes(x as AdviserId);

/** The stable ID of an adviser's note at a beat. */
export const adviserNoteId = (beatId: string, note: AdviserNote): string => `${beatId}.adviser.${note.adviser}`;

/** The stable ID of the historical note of a beat, an event card or a facility. */
export const historyNoteId = (ownerId: string): string => `${ownerId}.history`;
