/** Moves and events in words, for the narration log. Reads content data; holds no rules. */
import { choiceById, facilityNames, type GameEvent, otherSide } from '../sim/session/index.ts';
import type { View } from '../sim/session/view.ts';
import { REACTION_TEXT, SIDE_SHORT } from './labels.ts';
import { tableSentence } from './moveWords.ts';
import { describePackage } from './packages.ts';

/** What a move did, told from the state after it. */
export function describeMove(event: GameEvent, after: View): string {
  const who = SIDE_SHORT[event.by];
  switch (event.type) {
    case 'CHOOSE': {
      const found = choiceById(event.choiceId);
      if (!found) return `${who}: ${event.choiceId}.`;
      return `${who}: ${found.choice.label}. ${found.choice.outcome}`;
    }
    case 'DEFINE_SCOPE':
      return `${who} defines "Yongbyon" as: ${facilityNames(event.facilities)}.`;
    case 'OFFER': {
      const last = after.table?.offers.at(-1);
      const reading = last ? ` The ${SIDE_SHORT[otherSide(event.by)]} side reads it as ${REACTION_TEXT[last.reaction]}.` : '';
      return `${tableSentence(event.by, event.type)}: ${describePackage(event.pkg)}.${reading}`;
    }
    default:
      return `${tableSentence(event.by, event.type)}.`;
  }
}
