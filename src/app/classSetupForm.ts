/**
 * The teacher's "Run a class" form, read into the set-up the server checks: who plays whom, seeds, and
 * the game every table plays (mode, counterpart persona, start point, length, and each event card as the
 * mode decides, always or never, as on the briefing). Pure: it takes the form's fields by name, so a test
 * reads it without a page. Anything unexpected falls back to the default (the server checks again).
 * A share link in `from` starts every table where that game stood (the server takes its settings).
 * `roundMinutes` sets a soft round timer per phase (none when 0 or absent).
 */

import { PERSONAS, START_POINT_IDS } from '../sim/session/index.ts';
import type { ClassSetupInput } from './classClient.ts';
import { EVENTS } from './content.ts';

/** The form field that holds an event card's choice (`''`, `on` or `off`). */
/** The round timer's choices in the form, in minutes (0: no timer, the default). */
export const ROUND_MINUTES = [0, 3, 5, 8, 10, 15] as const;

export const cardField = (cardId: string): string => `card:${cardId}`;

export function setupFromForm(get: (name: string) => string | null): ClassSetupInput {
  const pick = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const v = get(name);
    return (allowed as readonly string[]).includes(v ?? '') ? (v as T) : fallback;
  };
  const events: Record<string, 'on' | 'off'> = {};
  for (const card of EVENTS) {
    const v = get(cardField(card.id));
    if (v === 'on' || v === 'off') events[card.id] = v;
  }
  const from = get('from')?.trim() ?? '';
  const roundMinutes = Number(get('roundMinutes') ?? 0);
  return {
    ...(from ? { from } : {}),
    ...(Number.isSafeInteger(roundMinutes) && roundMinutes > 0 ? { roundMinutes } : {}),
    ...(get('locked') === 'on' ? { locked: true } : {}),
    students: Number(get('students')),
    pairing: pick('pairing', ['pairs', 'computer'], 'pairs'),
    seeds: pick('seeds', ['same', 'different'], 'same'),
    game: {
      mode: pick('mode', ['historical', 'open'], 'historical'),
      persona: pick('persona', PERSONAS, PERSONAS[0]),
      start: pick('start', START_POINT_IDS, START_POINT_IDS[0]),
      length: pick('length', ['full', 'class'], 'full'),
      events,
    },
  };
}
