/** Presentation vocabulary: names, phases, meters, reactions, and which art a beat is staged with. */
import type { MeterId, Phase, Reaction, Side } from '../sim/session/index.ts';
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

export const LOCATION_KEYS = [
  'hanoi-night',
  'metropole-dining',
  'metropole-garden',
  'expanded-meeting',
  'press-room-us',
  'press-room-dprk',
  'washington',
  'pyongyang',
  'train',
  'title',
] as const;
export type LocationKey = (typeof LOCATION_KEYS)[number];

export interface StagedBeat {
  readonly id: string;
  readonly side: Side;
  readonly kind: 'choice' | 'table' | 'scope';
  readonly title: string;
  readonly location: string;
}

/** The backdrop for a beat, from its ID, title and place. */
export function backdropFor(beat: StagedBeat, phase: Phase): LocationKey {
  const s = `${beat.id} ${beat.title} ${beat.location}`.toLowerCase();
  if (s.includes('press') || s.includes('news conference')) {
    if (s.includes('marriott')) return 'press-room-us';
    if (s.includes('melia')) return 'press-room-dprk';
    return beat.side === 'us' ? 'press-room-us' : 'press-room-dprk';
  }
  if (beat.kind === 'table') return 'expanded-meeting';
  if (s.includes('garden')) return 'metropole-garden';
  if (s.includes('dinner') || s.includes('greeting') || s.includes('handshake')) return 'metropole-dining';
  if (s.includes('train')) return 'train';
  if (s.includes('pyongyang')) return 'pyongyang';
  if (s.includes('washington') || s.includes('white house') || s.includes('stanford') || s.includes('new york'))
    return 'washington';
  if (s.includes('metropole') || s.includes('lunch') || s.includes('signing')) return 'expanded-meeting';
  if (s.includes('hanoi') || s.includes('melia')) return 'hanoi-night';
  if (phase === 'briefing' || phase === 'aftermath') return beat.side === 'us' ? 'washington' : 'pyongyang';
  return 'hanoi-night';
}

export const PORTRAIT_NAMES = ['trump', 'pompeo', 'bolton', 'biegun', 'kim', 'kimyongchol', 'ri', 'choe'] as const;
export type PortraitName = (typeof PORTRAIT_NAMES)[number];

export const PERSON: Readonly<Record<PortraitName, string>> = messageRecord({
  trump: m.person_trump,
  pompeo: m.person_pompeo,
  bolton: m.person_bolton,
  biegun: m.person_biegun,
  kim: m.person_kim,
  kimyongchol: m.person_kimyongchol,
  ri: m.person_ri,
  choe: m.person_choe,
});

/** Who is shown for each side: the first name is the main portrait. */
export function castFor(beat: StagedBeat, phase: Phase): Readonly<Record<Side, readonly PortraitName[]>> {
  const s = `${beat.id} ${beat.title}`.toLowerCase();
  if (s.includes('snub') || s.includes('noshow') || s.includes('envoy') || s.includes('no-show')) {
    return { us: ['pompeo'], dprk: ['kimyongchol'] };
  }
  if (s.includes('stanford') || s.includes('pre.pyongyang') || s.includes('working-level'))
    return { us: ['biegun'], dprk: ['choe'] };
  if (phase === 'dispute' || s.includes('choe')) return { us: ['pompeo', 'biegun'], dprk: ['choe', 'ri'] };
  if (s.includes('press')) return { us: ['trump', 'pompeo'], dprk: ['ri', 'choe'] };
  if (beat.kind === 'table' || s.includes('paper') || s.includes('expanded')) {
    return { us: ['trump', 'pompeo', 'bolton'], dprk: ['kim', 'kimyongchol', 'ri'] };
  }
  if (s.includes('dinner')) return { us: ['trump', 'pompeo'], dprk: ['kim', 'kimyongchol'] };
  return { us: ['trump'], dprk: ['kim'] };
}

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
  const day = date.toLocaleDateString(formatLocale(), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return m.clock_date_time({ day: day.replace(',', ''), time: `${match[4]}:${match[5]}` });
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
