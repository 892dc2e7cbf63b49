/**
 * What the canvas shows for a view: backdrop, who is on stage and how they look, the viewer's meters.
 * The Phaser scenes draw it and the DOM twin reads it aloud, so both always agree.
 */

import { type MeterId, otherSide, type Reaction, type Side } from '../sim/session/index.ts';
import type { View } from '../sim/session/view.ts';
import {
  backdropFor,
  castFor,
  formatClock,
  type LocationId,
  METER_NAME,
  MOOD_WORD,
  type Mood,
  moodFor,
  PERSON,
  type PortraitId,
  SIDE_NAME,
} from './labels.ts';
import { score100 } from './packages.ts';
import { formatList, m } from './strings/catalogue.ts';

export interface Figure {
  readonly side: Side;
  readonly name: PortraitId;
  readonly mood: Mood;
  readonly main: boolean;
}

export interface Stage {
  readonly backdrop: LocationId;
  readonly figures: readonly Figure[];
  readonly meters: readonly { readonly id: MeterId; readonly label: string; readonly value: number }[];
  readonly viewer: Side;
  readonly clock: string;
  readonly place: string;
}

export function lastReactions(view: View): Partial<Record<Side, Reaction>> {
  const out: Partial<Record<Side, Reaction>> = {};
  for (const offer of view.table?.offers ?? []) out[otherSide(offer.by)] = offer.reaction;
  return out;
}

export function stageFor(view: View): Stage | null {
  const beat = view.beat;
  if (!beat) return null;
  const cast = castFor(beat);
  const moodInput = {
    chemistry: view.meters.chemistry,
    lastReactionOf: lastReactions(view),
    walkedBy: view.walkedBy,
    signed: view.signed,
  };
  const figures: Figure[] = [];
  for (const side of [view.viewer, otherSide(view.viewer)] as const) {
    const mood = moodFor(side, moodInput);
    cast[side].forEach((name, i) => {
      figures.push({ side, name, mood, main: i === 0 });
    });
  }
  const meters = (Object.entries(view.meters) as [MeterId, number][]).map(([id, value]) => ({
    id,
    label: METER_NAME[id],
    value,
  }));
  return {
    backdrop: backdropFor(beat),
    figures,
    meters,
    viewer: view.viewer,
    clock: formatClock(view.clock),
    place: beat.location,
  };
}

/**
 * The viewer's readings in one line, for the strip a narrow screen shows above the panel (where the
 * canvas's meter plate is too small to read): "Your readings: United States · Trust in Pyongyang 12 · …".
 */
export function stageReadings(stage: Stage): string {
  return [
    m.hud_readings({ side: SIDE_NAME[stage.viewer] }),
    // A score stays on its name's line (the message joins them with a no-break space).
    ...stage.meters.map((meter) => m.readings_meter({ label: meter.label, value: score100(meter.value) })),
  ].join(' · ');
}

/** The canvas in words, for the screen-reader twin. */
export function describeStage(stage: Stage): string {
  const people = stage.figures
    .filter((f) => f.main)
    .map((f) => m.stage_person_looks({ person: PERSON[f.name], side: SIDE_NAME[f.side], mood: MOOD_WORD[f.mood] }))
    .join(m.list_separator_strong());
  const meters = formatList(
    stage.meters.map((meter) => m.stage_meter({ label: meter.label, value: score100(meter.value) })),
    'unit',
  );
  return m.stage_description({ place: stage.place, clock: stage.clock, people, side: SIDE_NAME[stage.viewer], meters });
}
