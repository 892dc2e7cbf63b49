/** Presentation vocabulary: names, phases, meters, reactions, and which art a beat is staged with. */
import type { MeterId, Phase, Reaction, Side } from '../sim/session/index.ts';

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

export const PERSON: Readonly<Record<PortraitName, string>> = {
  trump: 'President Donald Trump',
  pompeo: 'Secretary of State Mike Pompeo',
  bolton: 'National Security Adviser John Bolton',
  biegun: 'Special Representative Stephen Biegun',
  kim: 'Chairman Kim Jong Un',
  kimyongchol: 'Vice Chairman Kim Yong Chol',
  ri: 'Foreign Minister Ri Yong Ho',
  choe: 'Vice Foreign Minister Choe Son Hui',
};

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
