/**
 * A scripted student for tests and, later, load runs: from a seat's own view only (what a real
 * client has), the moves worth trying in order. It plays quickly to an ending (a walkout at the
 * table) and never needs hidden state.
 */
import { FACILITY_IDS } from '../sim/session/index.ts';
import type { View } from '../sim/session/view.ts';
import type { MoveBody } from './protocol.ts';

export function candidateMoves(view: View): MoveBody[] {
  const beat = view.beat;
  if (!beat || !view.turn || view.turn.side !== view.viewer) return [];
  if (beat.kind === 'choice') return view.choices.filter((c) => c.enabled).map((c) => ({ type: 'CHOOSE', choiceId: c.id }));
  if (beat.kind === 'scope') return [{ type: 'DEFINE_SCOPE', facilities: [...FACILITY_IDS] }];
  const standing = view.table?.standing;
  return standing && standing.by !== view.viewer ? [{ type: 'ACCEPT' }, { type: 'WALK' }] : [{ type: 'WALK' }];
}
