/**
 * What a player's decision just did, for the result card that stays on screen until they continue
 * (`ui/screens/resultCard.ts`): the decision in the words of its button, its narrated outcome, and each
 * reading it moved, as shown (scores out of 100, with the signed change). Built from the Views before
 * and after the move, so it holds only what the deciding seat may see; without meters (hot-seat, where
 * the screen is shared) it still says what happened.
 */
import type { GameEvent, MeterId, Side } from '../sim/session/index.ts';
import type { View } from '../sim/session/view.ts';
import { choiceById, facilityNames } from './content.ts';
import { METER_NAME } from './labels.ts';
import { m } from './strings/catalogue.ts';

export interface MeterDelta {
  readonly id: MeterId;
  readonly label: string;
  /** Scores out of 100, as the meters show them. */
  readonly from: number;
  readonly to: number;
}

export interface ChoiceResult {
  readonly by: Side;
  /** The decision as its button said it. */
  readonly decision: string;
  /** What happened, as the content narrates it (null when it says nothing more). */
  readonly outcome: string | null;
  /** The readings that moved, in the View's order; empty when none did or meters are not shown. */
  readonly changes: readonly MeterDelta[];
  /** False in hot-seat: the readings are each side's own, and the screen is shared. */
  readonly metersShown: boolean;
}

const score = (x: number): number => Math.round(x * 100);

/** The readings that moved between two Views of the same seat, as shown (a change under half a point is none). */
export function meterDeltas(before: View, after: View): MeterDelta[] {
  const out: MeterDelta[] = [];
  for (const [id, value] of Object.entries(after.meters) as [MeterId, number][]) {
    const was = before.meters[id];
    if (was === undefined || score(was) === score(value)) continue;
    out.push({ id, label: METER_NAME[id], from: score(was), to: score(value) });
  }
  return out;
}

/** The card for a decision (a choice or a definition of Yongbyon); null for any other move. */
export function choiceResult(event: GameEvent, before: View, after: View, metersShown: boolean): ChoiceResult | null {
  let decision: string;
  let outcome: string | null = null;
  if (event.type === 'CHOOSE') {
    const found = choiceById(event.choiceId);
    if (!found) return null;
    const said = after.lastMove?.move === event.choiceId ? after.lastMove : null;
    decision = said?.label ?? found.choice.label;
    outcome = said?.outcome ?? found.choice.outcome ?? null;
  } else if (event.type === 'DEFINE_SCOPE') {
    decision = m.result_scope({ facilities: facilityNames(event.facilities) });
  } else return null;
  return { by: event.by, decision, outcome, changes: metersShown ? meterDeltas(before, after) : [], metersShown };
}

/** "+5", "−23": a change with its sign (a true minus sign). */
export const signedChange = (d: MeterDelta): string => (d.to > d.from ? `+${d.to - d.from}` : `−${d.from - d.to}`);
