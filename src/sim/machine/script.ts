/** Lookups over the scenario content that the machine and the session share. */
import { BEATS } from '../content/beats/index.ts';
import { EVENTS } from '../content/events.ts';
import type { Beat, Choice, Condition, EventCard } from '../content/types.ts';
import type { IssueId, Side } from '../model/ids.ts';
import { level } from '../model/package.ts';
import type { GameContext } from './types.ts';

export const BEAT_INDEX: ReadonlyMap<string, number> = new Map(BEATS.map((b, i) => [b.id, i]));
const CHOICES: ReadonlyMap<string, { beat: Beat; choice: Choice }> = new Map(
  BEATS.flatMap((beat) => beat.choices.map((choice) => [choice.id, { beat, choice }] as const)),
);
const EVENTS_BEFORE: ReadonlyMap<string, readonly EventCard[]> = groupEvents(EVENTS);

function groupEvents(events: readonly EventCard[]): Map<string, EventCard[]> {
  const map = new Map<string, EventCard[]>();
  for (const e of events) map.set(e.beforeBeat, [...(map.get(e.beforeBeat) ?? []), e]);
  return map;
}

export const beatById = (id: string): Beat | undefined => {
  const i = BEAT_INDEX.get(id);
  return i === undefined ? undefined : BEATS[i];
};
export const choiceById = (id: string) => CHOICES.get(id);
export const eventsBefore = (beatId: string): readonly EventCard[] => EVENTS_BEFORE.get(beatId) ?? [];
export { BEATS, EVENTS };

export function holds(cond: Condition | undefined, ctx: GameContext, actor?: Side): boolean {
  if (!cond) return true;
  if (cond.flags && !cond.flags.every((f) => ctx.flags.includes(f))) return false;
  if (cond.notFlags?.some((f) => ctx.flags.includes(f))) return false;
  if (cond.meterAtLeast) {
    for (const [id, v] of Object.entries(cond.meterAtLeast))
      if (ctx.meters[id as keyof typeof ctx.meters] < (v ?? 0)) return false;
  }
  if (cond.meterBelow) {
    for (const [id, v] of Object.entries(cond.meterBelow))
      if (ctx.meters[id as keyof typeof ctx.meters] >= (v ?? 1)) return false;
  }
  if (cond.mode && cond.mode !== ctx.settings.mode) return false;
  if (cond.length && cond.length !== ctx.settings.length) return false;
  if (cond.agreement !== undefined && (ctx.agreement !== null) !== cond.agreement) return false;
  if (cond.walked !== undefined && (ctx.walkedBy !== null) !== cond.walked) return false;
  if (cond.agreedAtLeast) {
    const agreed = ctx.agreement;
    if (!agreed) return false;
    for (const [id, v] of Object.entries(cond.agreedAtLeast)) if (level(agreed, id as IssueId) < (v ?? 0)) return false;
  }
  if (cond.agreedBelow) {
    for (const [id, v] of Object.entries(cond.agreedBelow))
      if ((ctx.agreement ? level(ctx.agreement, id as IssueId) : 0) >= (v ?? 0)) return false;
  }
  if (cond.standingOffer !== undefined) {
    const standing = ctx.table?.standing;
    const theirs = standing != null && (actor === undefined || standing.by !== actor);
    if (theirs !== cond.standingOffer) return false;
  }
  return true;
}

/**
 * The text a beat shows in a state: the first of its `textVariants` that holds, else its own; in a
 * class-length game the short text of whichever was chosen, where it has one.
 */
/** A choice's label and outcome in a state: the first of its `textVariants` that holds, else its own. */
export function choiceText(choice: Choice, ctx: GameContext): { readonly label: string; readonly outcome: string } {
  const variant = choice.textVariants?.find((v) => holds(v.when, ctx));
  return { label: variant?.label ?? choice.label, outcome: variant?.outcome ?? choice.outcome };
}

export function beatText(beat: Beat, ctx: GameContext): string {
  const variant = beat.textVariants?.find((v) => holds(v.when, ctx));
  const chosen = variant ?? beat;
  return ctx.settings.length === 'class' && chosen.classText ? chosen.classText : chosen.text;
}
