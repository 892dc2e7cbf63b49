/**
 * How a beat is staged: the backdrop (a location ID) and who stands for each side (portrait IDs, the
 * first one the main figure). Staging is content, declared on every beat, so nothing is guessed from
 * the words of a title or a place. A seat can see a beat differently (say, one side is shown only the
 * other side's envoy): `seats` overrides the backdrop or the cast for that seat. The display names of
 * these IDs live with the rest of the presentation vocabulary (`ui/labels.ts`); the art is in
 * `assets/locations/<id>.svg` and `assets/portraits/<id>-<mood>.svg`.
 */
import type { Side } from '../model/ids.ts';

export const LOCATION_IDS = [
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
export type LocationId = (typeof LOCATION_IDS)[number];

/** `official` is a generic North Korean working-level official, not a likeness of any one person. */
export const PORTRAIT_IDS = ['trump', 'pompeo', 'bolton', 'biegun', 'kim', 'kimyongchol', 'ri', 'choe', 'official'] as const;
export type PortraitId = (typeof PORTRAIT_IDS)[number];

/** Who is on stage for each side; an empty list leaves that side's half of the stage empty. */
export type Cast = Readonly<Record<Side, readonly PortraitId[]>>;

/** What one seat sees. */
export interface SeatStaging {
  readonly backdrop: LocationId;
  readonly cast: Cast;
}

export interface Staging extends SeatStaging {
  /** Where a seat sees the beat differently: its backdrop, its cast, or both. */
  readonly seats?: Partial<Record<Side, Partial<SeatStaging>>>;
}

/** The staging as `seat` sees it. */
export function stagingForSeat(staging: Staging, seat: Side): SeatStaging {
  const own = staging.seats?.[seat];
  return { backdrop: own?.backdrop ?? staging.backdrop, cast: own?.cast ?? staging.cast };
}

export const isLocationId = (x: unknown): x is LocationId => LOCATION_IDS.includes(x as LocationId);
export const isPortraitId = (x: unknown): x is PortraitId => PORTRAIT_IDS.includes(x as PortraitId);
