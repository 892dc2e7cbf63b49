/**
 * Presentation vocabulary: names, phases, meters, reactions, and the names of the people on stage. Which
 * art a beat is staged with is content (`sim/content/staging.ts`, the `stage` of each beat).
 */
import type { Cast, LocationId, MeterId, Phase, PortraitId, Reaction, SeatStaging, Side } from '../sim/session/index.ts';
import { formatLocale, m, messageRecord } from './strings/catalogue.ts';

export const SIDE_NAME: Readonly<Record<Side, string>> = messageRecord({ us: m.side_name_us, dprk: m.side_name_dprk });
export const SIDE_SHORT: Readonly<Record<Side, string>> = messageRecord({ us: m.side_short_us, dprk: m.side_short_dprk });

export const PHASE_NAME: Readonly<Record<Phase, string>> = messageRecord({
  briefing: m.phase_briefing,
  preSummit: m.phase_pre_summit,
  talks: m.phase_talks,
  dispute: m.phase_dispute,
  endgame: m.phase_endgame,
  aftermath: m.phase_aftermath,
  debrief: m.phase_debrief,
});

export const METER_NAME: Readonly<Record<MeterId, string>> = messageRecord({
  trustUS: m.meter_trust_us,
  trustDPRK: m.meter_trust_dprk,
  domesticUS: m.meter_domestic,
  domesticDPRK: m.meter_domestic,
  hawk: m.meter_hawk,
  audienceUS: m.meter_audience,
  audienceDPRK: m.meter_audience,
  chemistry: m.meter_chemistry,
  prestige: m.meter_prestige,
  econPain: m.meter_econ_pain,
  credibilityUS: m.meter_credibility,
  credibilityDPRK: m.meter_credibility,
});

/** How an offer was read, in words (the receiver's view). */
export const REACTION_TEXT: Readonly<Record<Reaction, string>> = messageRecord({
  fair: m.reaction_fair,
  semiFair: m.reaction_semi_fair,
  unfair: m.reaction_unfair,
  unacceptable: m.reaction_unacceptable,
});

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

export const PERSON: Readonly<Record<PortraitId, string>> = messageRecord({
  trump: m.person_trump,
  pompeo: m.person_pompeo,
  bolton: m.person_bolton,
  biegun: m.person_biegun,
  kim: m.person_kim,
  kimyongchol: m.person_kimyongchol,
  ri: m.person_ri,
  choe: m.person_choe,
  official: m.person_official,
});

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

export const MOOD_WORD: Readonly<Record<Mood, string>> = messageRecord({
  neutral: m.mood_neutral,
  pleased: m.mood_pleased,
  displeased: m.mood_displeased,
});

/** "Thu 28 Feb 2019, 11:03" from an ISO local time. */
export function formatClock(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  // The parts come from Intl in the reader's locale; their order and punctuation from the message.
  const parts = new Intl.DateTimeFormat(formatLocale(), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return m.clock_date_time({
    weekday: part('weekday'),
    day: part('day'),
    month: part('month'),
    year: part('year'),
    time: `${match[4]}:${match[5]}`,
  });
}

/** "March 2019" from an ISO time. */
export function formatMonth(iso: string): string {
  const match = /^(\d{4})-(\d{2})/.exec(iso);
  if (!match) return iso;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1)).toLocaleDateString(formatLocale(), {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** "11:03" from an ISO local time. */
export const timeOf = (iso: string): string => /T(\d{2}:\d{2})/.exec(iso)?.[1] ?? iso;

/** The receiving side's answer to an offer, in its own voice. */
export const REACTION_LINE: Readonly<Record<Reaction, string>> = messageRecord({
  fair: m.reaction_line_fair,
  semiFair: m.reaction_line_semi_fair,
  unfair: m.reaction_line_unfair,
  unacceptable: m.reaction_line_unacceptable,
});
