/** Moves and events in words, for the narration log. Reads content data; holds no rules. */
import { type GameEvent, otherSide } from '../sim/session/index.ts';
import type { View } from '../sim/session/view.ts';
import { choiceById, facilityNames } from './content.ts';
import { REACTION_TEXT, SIDE_SHORT } from './labels.ts';
import { cardTitle } from './moveWords.ts';
import { describePackage } from './packages.ts';
import { m } from './strings/catalogue.ts';

/** What a move did, told from the state after it. */
export function describeMove(event: GameEvent, after: View): string {
  if (event.type === 'INJECT') return m.narrate_event_card({ title: cardTitle(event.eventId) });
  const who = SIDE_SHORT[event.by];
  switch (event.type) {
    case 'CHOOSE': {
      const found = choiceById(event.choiceId);
      if (!found) return m.narrate_choice_unknown({ side: who, choiceId: event.choiceId });
      return m.narrate_choice({ side: who, label: found.choice.label, outcome: found.choice.outcome });
    }
    case 'DEFINE_SCOPE':
      return m.narrate_scope({ side: who, facilities: facilityNames(event.facilities) });
    case 'OFFER': {
      const last = after.table?.offers.at(-1);
      const offer = describePackage(event.pkg);
      if (!last) return m.narrate_offer({ side: who, offer });
      const reader = SIDE_SHORT[otherSide(event.by)];
      return m.narrate_offer_read({ side: who, offer, reader, reaction: REACTION_TEXT[last.reaction] });
    }
    case 'ACCEPT':
      return m.narrate_accept({ side: who });
    case 'WALK':
      return m.narrate_walk({ side: who });
    case 'ADJOURN':
      return m.narrate_adjourn({ side: who });
  }
}
