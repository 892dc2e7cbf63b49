/**
 * The scenario as one value: the beats in play order, the event cards, the Yongbyon facilities and the
 * start points.
 * What the content validator checks and the content version is computed from; passing a changed copy
 * instead is how the tests break content on purpose.
 */
import { BEATS } from './beats/index.ts';
import { EVENTS } from './events.ts';
import { FACILITIES } from './facilities.ts';
import { START_POINTS } from './startPoints.ts';
import type { Beat, EventCard, HistoricalNote } from './types.ts';

export interface ScenarioContent {
  readonly beats: readonly Beat[];
  readonly events: readonly EventCard[];
  readonly facilities: readonly { readonly id: string; readonly history: HistoricalNote }[];
  /** Where a game may begin: a save or share code holds only the start's ID, so its beat is structure. */
  readonly startPoints: readonly { readonly id: string; readonly beat: string }[];
}

export const SCENARIO: ScenarioContent = { beats: BEATS, events: EVENTS, facilities: FACILITIES, startPoints: START_POINTS };
