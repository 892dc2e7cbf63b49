/**
 * Start-up links for teachers and sharing: `/?us=human|ai|random&dprk=human|ai|random&seed=S&mode=historical|open`
 * (optional `persona`, `drills`, `speed`, `start=beginning|eve|day2|dispute`, `length=full|class`). Pure: it only reads the query string and the core's checks.
 */
import { START_POINT_IDS } from '../sim/session/index.ts';
import { normalizeSeed, normalizeSettings, type SettingsInput } from '../sim/session/settings.ts';
import { problemText } from './content.ts';
import { m } from './strings/catalogue.ts';

export const SPEEDS = ['slow', 'normal', 'fast', 'max'] as const;
export type Speed = (typeof SPEEDS)[number];
/** Milliseconds between computer moves. */
export const SPEED_DELAY: Readonly<Record<Speed, number>> = { slow: 1800, normal: 900, fast: 300, max: 0 };

export type Launch =
  | { readonly kind: 'menu' }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'direct'; readonly settings: SettingsInput; readonly seed: number; readonly speed: Speed };

const GAME_KEYS = ['us', 'dprk', 'seed', 'mode', 'persona', 'drills', 'start', 'length'] as const;
const SEAT_WORDS = ['human', 'ai', 'random'] as const;

/** A fresh seed for a new game (the front end may use the clock; the core never does). */
export const freshSeed = (): number => Math.floor(Math.random() * 0xffffffff) >>> 0;

export function parseLaunch(search: string, seedSource: () => number = freshSeed): Launch {
  const q = new URLSearchParams(search);
  if (!GAME_KEYS.some((k) => q.has(k))) return { kind: 'menu' };
  const problems: string[] = [];
  const seat = (side: 'us' | 'dprk'): 'human' | 'ai' | 'random' => {
    const v = q.get(side) ?? (side === 'us' ? 'human' : 'ai');
    if (!(SEAT_WORDS as readonly string[]).includes(v)) problems.push(m.params_seat_invalid({ side, value: v }));
    return v as 'human' | 'ai' | 'random';
  };
  const us = seat('us');
  const dprk = seat('dprk');
  const speedWord = q.get('speed') ?? 'normal';
  if (!(SPEEDS as readonly string[]).includes(speedWord))
    problems.push(m.params_speed_invalid({ speeds: SPEEDS.join(', '), value: speedWord }));
  const drillsWord = q.get('drills');
  if (drillsWord !== null && drillsWord !== 'true' && drillsWord !== 'false') problems.push(m.params_drills_invalid());
  const startWord = q.get('start');
  if (startWord !== null && !(START_POINT_IDS as readonly string[]).includes(startWord))
    problems.push(m.params_start_invalid({ starts: START_POINT_IDS.join(', '), value: startWord }));
  const lengthWord = q.get('length');
  if (lengthWord !== null && lengthWord !== 'full' && lengthWord !== 'class')
    problems.push(m.params_length_invalid({ value: lengthWord }));
  const seedWord = q.get('seed');
  let seed = 0;
  if (seedWord === null) seed = seedSource();
  else if (!/^\d+$/.test(seedWord)) problems.push(m.params_seed_invalid({ value: seedWord }));
  else seed = Number(seedWord);
  const settings: SettingsInput = {
    seats: { us, dprk },
    mode: (q.get('mode') ?? 'historical') as SettingsInput['mode'],
    persona: (q.get('persona') ?? 'historical') as SettingsInput['persona'],
    drills: drillsWord === 'true',
    ...(startWord === null ? {} : { start: startWord as SettingsInput['start'] }),
    ...(lengthWord === null ? {} : { length: lengthWord as SettingsInput['length'] }),
  };
  if (problems.length === 0) {
    try {
      normalizeSettings(settings);
      normalizeSeed(seed);
    } catch (err) {
      problems.push(problemText(err));
    }
  }
  if (problems.length > 0) return { kind: 'error', message: m.launch_link_cannot_start({ problem: problems.join(' ') }) };
  return { kind: 'direct', settings, seed, speed: speedWord as Speed };
}

/** The link that starts the same game again. */
export function shareQuery(settings: SettingsInput, seed: number): string {
  const q = new URLSearchParams({
    us: settings.seats?.us ?? 'human',
    dprk: settings.seats?.dprk ?? 'ai',
    seed: String(seed),
    mode: settings.mode ?? 'historical',
  });
  if (settings.persona && settings.persona !== 'historical') q.set('persona', settings.persona);
  if (settings.drills) q.set('drills', 'true');
  if (settings.start && settings.start !== 'beginning') q.set('start', settings.start);
  if (settings.length === 'class') q.set('length', 'class');
  return `?${q.toString()}`;
}
