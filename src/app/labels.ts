/**
 * Presentation vocabulary: names, phases, meters, reactions, and the names of the people on stage. Which
 * art a beat is staged with is content (`sim/content/staging.ts`, the `stage` of each beat).
 */

import type { Cast, LocationId, MeterId, Phase, PortraitId, Reaction, SeatStaging, Side } from '../sim/session/index.ts';

export const SIDE_NAME: Readonly<Record<Side, string>> = { us: 'United States', dprk: 'DPRK' };
export const SIDE_SHORT: Readonly<Record<Side, string>> = { us: 'US', dprk: 'DPRK' };

export const PHASE_NAME: Readonly<Record<Phase, string>> = {
  briefing: 'Run-up',
  preSummit: 'Before the summit',
  talks: 'The talks',
  dispute: 'What "Yongbyon" means',
  endgame: 'Endgame',
  aftermath: 'Aftermath',
  debrief: 'Debrief',
};

export const METER_NAME: Readonly<Record<MeterId, string>> = {
  trustUS: 'Trust in Pyongyang',
  trustDPRK: 'Trust in Washington',
  domesticUS: 'Pressure at home',
  domesticDPRK: 'Pressure at home',
  hawk: 'Hawks’ influence',
  audienceUS: 'Audience costs',
  audienceDPRK: 'Audience costs',
  chemistry: 'Leaders’ chemistry',
  prestige: 'Leader’s prestige',
  econPain: 'Economic pain',
  credibilityUS: 'Credibility',
  credibilityDPRK: 'Credibility',
};

/** How an offer was read, in words (the receiver's view). */
export const REACTION_TEXT: Readonly<Record<Reaction, string>> = {
  fair: 'fair',
  semiFair: 'worth discussing',
  unfair: 'unfair',
  unacceptable: 'unacceptable: it crosses a red line',
};

export type Mood = 'neutral' | 'pleased' | 'displeased';

export type { LocationId, PortraitId } from '../sim/session/index.ts';

/** What staging needs of a beat: its declared staging, as the viewer's seat sees it. */
export interface StagedBeat {
  readonly stage: SeatStaging;
}

/** The backdrop for a beat: declared in the content (`stage.backdrop`); nothing is guessed. */
export const backdropFor = (beat: StagedBeat): LocationId => beat.stage.backdrop;

/** Who is shown for each side, as declared in the content: the first portrait is the main one. */
export const castFor = (beat: StagedBeat): Cast => beat.stage.cast;

export const PERSON: Readonly<Record<PortraitId, string>> = {
  trump: 'President Donald Trump',
  pompeo: 'Secretary of State Mike Pompeo',
  bolton: 'National Security Adviser John Bolton',
  biegun: 'Special Representative Stephen Biegun',
  kim: 'Chairman Kim Jong Un',
  kimyongchol: 'Vice Chairman Kim Yong Chol',
  ri: 'Foreign Minister Ri Yong Ho',
  choe: 'Vice Foreign Minister Choe Son Hui',
  official: 'North Korean working-level negotiator',
};

export interface MoodInput {
  readonly chemistry: number | undefined;
  /** The last offer each side received, as that side read it. */
  readonly lastReactionOf: Partial<Record<Side, Reaction>>;
  readonly walkedBy: Side | null;
  readonly signed: boolean;
}

/** A portrait's expression follows the model: how its side read the last offer, else the chemistry. */
export function moodFor(side: Side, m: MoodInput): Mood {
  if (m.signed) return 'pleased';
  if (m.walkedBy) return 'displeased';
  const r = m.lastReactionOf[side];
  if (r === 'fair') return 'pleased';
  if (r === 'unfair' || r === 'unacceptable') return 'displeased';
  const c = m.chemistry;
  if (c === undefined || r === 'semiFair') return 'neutral';
  return c >= 0.68 ? 'pleased' : c < 0.45 ? 'displeased' : 'neutral';
}

export const MOOD_WORD: Readonly<Record<Mood, string>> = { neutral: 'composed', pleased: 'pleased', displeased: 'displeased' };

/** "Thu 28 Feb 2019, 11:03" from an ISO local time. */
export function formatClock(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  const day = date.toLocaleDateString('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return `${day.replace(',', '')}, ${m[4]}:${m[5]}`;
}

/** "March 2019" from an ISO time. */
export function formatMonth(iso: string): string {
  const m = /^(\d{4})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)).toLocaleDateString('en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** "11:03" from an ISO local time. */
export const timeOf = (iso: string): string => /T(\d{2}:\d{2})/.exec(iso)?.[1] ?? iso;

/** The receiving side's answer to an offer, in its own voice. */
export const REACTION_LINE: Readonly<Record<Reaction, string>> = {
  fair: 'That is a fair offer.',
  semiFair: 'There is something here to discuss.',
  unfair: 'That is not a fair offer.',
  unacceptable: 'That crosses our red line.',
};
