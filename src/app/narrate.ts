/**
 * Moves and events in words, for the narration log (a polite live region: each line is announced).
 * Reads content data; holds no rules. An announcement says what matters first and stays short.
 */
import { type GameEvent, otherSide } from '../sim/session/index.ts';
import type { View } from '../sim/session/view.ts';
import { meterDeltas } from './choiceResult.ts';
import { choiceById, facilityNames } from './content.ts';
import { REACTION_TEXT, SIDE_SHORT } from './labels.ts';
import { cardTitle } from './moveWords.ts';
import { formatList, m } from './strings/catalogue.ts';
import { sayText, talkLineText } from './talkWords.ts';

/** What a move did, told from the state after it. */
export function describeMove(event: GameEvent, after: View): string {
  if (event.type === 'INJECT') return m.narrate_event_card({ title: cardTitle(event.eventId) });
  if (event.type === 'ASSIGN_SEAT') {
    const side = SIDE_SHORT[event.side];
    return event.seat === 'ai' ? m.class_seat_ai_narrate_computer({ side }) : m.class_seat_ai_narrate_student({ side });
  }
  if (event.type === 'CALL_TIME') return after.table ? m.class_time_narrate_table() : m.class_time_narrate();
  const who = SIDE_SHORT[event.by];
  switch (event.type) {
    case 'CHOOSE': {
      const found = choiceById(event.choiceId);
      if (!found) return m.narrate_choice_unknown({ side: who, choiceId: event.choiceId });
      // The words as the View read them when it was made (a text variant, or the choice's own).
      const said = after.lastMove?.move === event.choiceId ? after.lastMove : null;
      return m.narrate_choice({
        side: who,
        label: said?.label ?? found.choice.label,
        outcome: said?.outcome ?? found.choice.outcome,
      });
    }
    case 'DEFINE_SCOPE':
      return m.narrate_scope({ side: who, facilities: facilityNames(event.facilities) });
    case 'OFFER': {
      // The reaction first and the terms left to the screen (the offers list, History): an offer's
      // eleven issues read aloud ran to 58–91 words, with what the other side made of it last.
      const last = after.table?.offers.at(-1);
      if (!last) return m.narrate_offer({ side: who });
      const reader = SIDE_SHORT[otherSide(event.by)];
      const read = m.narrate_offer_read({ side: who, reader, reaction: REACTION_TEXT[last.reaction] });
      // What the counterpart said unasked with this offer (`volunteeredLine`) is heard with it.
      const line = after.table?.talk.lines.at(-1);
      const withOffer = line?.by === event.by && line.reply.kind === 'volunteered' && line.at === last.at;
      return withOffer ? `${read} ${talkLineText(line)}` : read;
    }
    case 'ACCEPT':
      return m.narrate_accept({ side: who });
    case 'WALK':
      return m.narrate_walk({ side: who });
    case 'ADJOURN':
      return m.narrate_adjourn({ side: who });
    case 'SAY': {
      // What was said and the answer, read from the state after it (the answer is the counterpart's).
      const line = after.table?.talk.lines.at(-1);
      return line ? talkLineText(line) : sayText(event.by, event.say);
    }
  }
}

/**
 * The meters a move changed, as shown (0–100): "Trust in the US 35 → 12; …", or null when none moved.
 * Only the meters in both Views, so a seat hears only what it may see.
 */
export function meterChanges(before: View, after: View): string | null {
  const changes = meterDeltas(before, after).map((d) => m.meter_change({ meter: d.label, from: d.from, to: d.to }));
  return changes.length ? m.narrate_meters({ changes: formatList(changes, 'unit') }) : null;
}
