/** Stable identifiers shared by the model, the content and the machine. */

export const SIDES = ['us', 'dprk'] as const;
export type Side = (typeof SIDES)[number];
export const otherSide = (side: Side): Side => (side === 'us' ? 'dprk' : 'us');

export const PHASES = ['briefing', 'preSummit', 'talks', 'dispute', 'endgame', 'aftermath', 'debrief'] as const;
export type Phase = (typeof PHASES)[number];

/** The issues' names and their order come from their one table. */
export { ISSUE_IDS, type IssueId } from './issues.ts';

/**
 * Hidden-state meters, each in [0, 1] (negotiation-anchors.md §3.4).
 * Trust is directional: trustUS is the US's trust that the DPRK will deliver later phases,
 * trustDPRK the DPRK's trust that the US will.
 */
export const METER_IDS = [
  'trustUS',
  'trustDPRK',
  'domesticUS',
  'domesticDPRK',
  'hawk',
  'audienceUS',
  'audienceDPRK',
  'chemistry',
  'prestige',
  'econPain',
  'credibilityUS',
  'credibilityDPRK',
] as const;
export type MeterId = (typeof METER_IDS)[number];

/** Things that happened and that later beats, events and the model can test for. */
export const FLAG_IDS = [
  'nyNoShowRetaliated',
  'letterSent',
  'newPathThreatened',
  'bigDealFramed',
  'snubMeetingHeld',
  'snubPublicised',
  'cohenHearing',
  'siteRevealed',
  'grandBargainAtDinner',
  'bigDealPaperTabled',
  'boltonInRoom',
  'oneOnOneFormat',
  'dprkPartialOffer',
  'scopeClarified',
  'choeMessageSent',
  'finalRoundCalled',
  'smallDealTabled',
  'lunchCancelled',
  'pressBlame',
  'pressConciliatory',
  'sohaeRebuilt',
  'missileTests',
  'panmunjomMeeting',
  'stockholmTalks',
  'followUpAgreed',
] as const;
export type FlagId = (typeof FLAG_IDS)[number];

export const ENDING_IDS = [
  'summitCancelled',
  'walkout',
  'breakdown',
  'extended',
  'smallDeal',
  'yongbyonForSanctions',
  'yongbyonPlus',
  'comprehensive',
] as const;
export type EndingId = (typeof ENDING_IDS)[number];

export const MODES = ['historical', 'open'] as const;
export type Mode = (typeof MODES)[number];

export const SEAT_KINDS = ['human', 'ai', 'random'] as const;
export type SeatKind = (typeof SEAT_KINDS)[number];

export const PERSONAS = ['historical', 'dovish', 'hawkish'] as const;
export type PersonaId = (typeof PERSONAS)[number];
