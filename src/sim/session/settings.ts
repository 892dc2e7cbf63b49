/** Settings from untrusted input (URL, save file, CLI) with defaults and clear errors. */

import { EVENTS } from '../content/events.ts';
import { GameProblem } from '../content/problems.ts';
import { DEFAULT_START, START_POINT_IDS } from '../content/startPoints.ts';
import { GAME_LENGTHS, type Settings } from '../machine/types.ts';
import { METER_IDS, MODES, PERSONAS, SEAT_KINDS, type SeatKind } from '../model/ids.ts';

export const DEFAULT_SETTINGS: Settings = {
  seats: { us: 'human', dprk: 'ai' },
  mode: 'historical',
  persona: 'historical',
  drills: false,
  events: {},
  meters: {},
  start: DEFAULT_START,
  length: 'full',
};

export type SettingsInput = {
  readonly seats?: Partial<Record<'us' | 'dprk', SeatKind>>;
  readonly mode?: Settings['mode'];
  readonly persona?: Settings['persona'];
  readonly drills?: boolean;
  readonly events?: Settings['events'];
  readonly meters?: Settings['meters'];
  readonly start?: Settings['start'];
  readonly length?: Settings['length'];
};

/** Bad settings or seed; the problem names the field in fixed words (content/problems.ts). */
export class SettingsError extends GameProblem {}

const SETTING_KEYS: readonly string[] = ['seats', 'mode', 'persona', 'drills', 'events', 'meters', 'start', 'length'];
const EVENT_IDS: readonly string[] = EVENTS.map((e) => e.id);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function normalizeSettings(input: unknown): Settings {
  if (input === undefined) return DEFAULT_SETTINGS;
  if (!isObject(input)) throw new SettingsError('settings_not_object');
  // A field that is present must be valid: null or a misspelt value is refused, never read as "the default".
  // Messages name the field in fixed words and never repeat the input (it may come from a forged code).
  for (const key of Object.keys(input)) {
    if (!SETTING_KEYS.includes(key)) throw new SettingsError('settings_unknown_field', { fields: SETTING_KEYS.join(', ') });
    if (input[key] === null) throw new SettingsError('settings_null_field', { field: key });
  }
  const seatsIn = input.seats ?? {};
  if (!isObject(seatsIn)) throw new SettingsError('settings_seats_shape');
  const seat = (side: 'us' | 'dprk'): SeatKind => {
    const v = seatsIn[side] === undefined ? DEFAULT_SETTINGS.seats[side] : seatsIn[side];
    if (!SEAT_KINDS.includes(v as SeatKind))
      throw new SettingsError('settings_seat_kind', { side, allowed: SEAT_KINDS.join(', ') });
    return v as SeatKind;
  };
  const oneOf = <T extends string>(key: string, allowed: readonly T[], fallback: T): T => {
    const v = input[key] ?? fallback;
    if (!allowed.includes(v as T)) throw new SettingsError('settings_one_of', { field: key, allowed: allowed.join(', ') });
    return v as T;
  };
  const drills = input.drills ?? false;
  if (typeof drills !== 'boolean') throw new SettingsError('settings_drills');
  const events = input.events ?? {};
  if (!isObject(events) || Object.values(events).some((v) => v !== 'on' && v !== 'off')) {
    throw new SettingsError('settings_events_shape');
  }
  for (const id of Object.keys(events)) {
    if (!EVENT_IDS.includes(id)) throw new SettingsError('settings_unknown_event', { cards: EVENT_IDS.join(', ') });
  }
  const meters = input.meters ?? {};
  if (!isObject(meters)) throw new SettingsError('settings_meters_shape');
  for (const [id, v] of Object.entries(meters)) {
    if (!METER_IDS.includes(id as (typeof METER_IDS)[number]))
      throw new SettingsError('settings_unknown_meter', { meters: METER_IDS.join(', ') });
    if (typeof v !== 'number' || !(v >= 0 && v <= 1)) throw new SettingsError('settings_meter_range', { meter: id });
  }
  return {
    seats: { us: seat('us'), dprk: seat('dprk') },
    mode: oneOf('mode', MODES, DEFAULT_SETTINGS.mode),
    persona: oneOf('persona', PERSONAS, DEFAULT_SETTINGS.persona),
    drills,
    events: events as Settings['events'],
    meters: meters as Settings['meters'],
    start: oneOf('start', START_POINT_IDS, DEFAULT_SETTINGS.start),
    length: oneOf('length', GAME_LENGTHS, DEFAULT_SETTINGS.length),
  };
}

export function normalizeSeed(seed: unknown): number {
  if (typeof seed !== 'number' || !Number.isSafeInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new SettingsError('settings_seed');
  }
  return seed;
}
