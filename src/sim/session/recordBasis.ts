/**
 * How the record backs a move, for the history log and the branch map: a historical choice is either
 * shown "as on the record" (the beat's sourced note says so) or "inferred" (the record is silent on the
 * decision itself); the Hanoi papers at the table are on the record; anything else is off it (null).
 */
import type { RecordBasis } from '../content/types.ts';
import { isHistoricalMove } from '../machine/onRecord.ts';
import { choiceById } from '../machine/script.ts';
import type { GameEvent } from '../machine/types.ts';

export function moveRecordBasis(event: GameEvent): RecordBasis | null {
  if (!isHistoricalMove(event)) return null;
  if (event.type === 'CHOOSE') return choiceById(event.choiceId)?.choice.record ?? 'onRecord';
  return 'onRecord';
}
