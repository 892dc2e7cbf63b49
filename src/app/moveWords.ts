/**
 * The words for a move, in every form the front ends need, from one table: the short name on a branch
 * map node, the label in the history log, in Compare and in the debrief's path. A new kind of move is
 * worded here once (its messages in `messages/en.json`). The narration's sentences are whole messages
 * of their own (`app/narrate.ts`), and speech in the scene is what a person says, not a description.
 */
import type { GameEvent } from '../sim/session/index.ts';
import type { Session } from '../sim/session/session.ts';
import { choiceById, EVENTS, facilityNames } from './content.ts';
import { SIDE_SHORT } from './labels.ts';
import { describePackage } from './packages.ts';
import { m } from './strings/catalogue.ts';
import { sayText } from './talkWords.ts';

export type MoveKind =
  | 'start'
  | 'choice'
  | 'scope'
  | 'offer'
  | 'accept'
  | 'walk'
  | 'adjourn'
  | 'talk'
  | 'event'
  | 'seat'
  | 'time';
type TableMove = Exclude<GameEvent['type'], 'CHOOSE' | 'DEFINE_SCOPE' | 'SAY' | 'INJECT' | 'ASSIGN_SEAT' | 'CALL_TIME'>;

interface TableWords {
  readonly kind: MoveKind;
  /** A node's name on the branch map: a word or two. */
  readonly short: () => string;
  /** What was done, for logs and comparisons. */
  readonly done: () => string;
}

const TABLE_WORDS: Readonly<Record<TableMove, TableWords>> = {
  OFFER: { kind: 'offer', short: m.branch_move_offer, done: m.story_move_offer },
  ACCEPT: { kind: 'accept', short: m.branch_move_accept, done: m.story_move_accept },
  WALK: { kind: 'walk', short: m.branch_move_walk, done: m.story_move_walk },
  ADJOURN: { kind: 'adjourn', short: m.branch_move_adjourn, done: m.story_move_adjourn },
};

/** The core's step names (`Step.move` for table moves) and the move they stand for. */
const STEP_MOVE: Readonly<Record<string, TableMove>> = { offer: 'OFFER', accept: 'ACCEPT', walk: 'WALK', adjourn: 'ADJOURN' };

export function moveKind(event: GameEvent | null): MoveKind {
  if (!event) return 'start';
  if (event.type === 'CHOOSE') return choiceById(event.choiceId)?.beat.kind === 'scope' ? 'scope' : 'choice';
  if (event.type === 'DEFINE_SCOPE') return 'scope';
  if (event.type === 'INJECT') return 'event';
  if (event.type === 'ASSIGN_SEAT') return 'seat';
  if (event.type === 'CALL_TIME') return 'time';
  if (event.type === 'SAY') return 'talk';
  return TABLE_WORDS[event.type].kind;
}

/** A branch map node's name: the choice's label, or a word or two for the table and the map. */
export function shortMoveLabel(event: GameEvent | null): string {
  if (!event) return m.branch_move_start();
  if (event.type === 'CHOOSE') return choiceById(event.choiceId)?.choice.label ?? event.choiceId;
  if (event.type === 'DEFINE_SCOPE') return m.branch_move_scope();
  if (event.type === 'INJECT') return m.branch_move_event_card();
  if (event.type === 'ASSIGN_SEAT') return m.class_seat_ai_move_short();
  if (event.type === 'CALL_TIME') return m.class_time_move_short();
  if (event.type === 'SAY') return m.talk_short();
  return TABLE_WORDS[event.type].short();
}

/**
 * A move in a few words: the choice's label, the facilities of a definition, or what was done at the table.
 * With `wordedBy`, a game standing on the path the move was made on, a choice reads as that game words it
 * (its text variant, e.g. after a deal without sanctions relief); without, its own label.
 */
export function moveLabel(event: GameEvent, wordedBy?: Session): string {
  if (event.type === 'CHOOSE')
    return wordedBy?.choiceLabel(event.choiceId) ?? choiceById(event.choiceId)?.choice.label ?? event.choiceId;
  if (event.type === 'DEFINE_SCOPE') return m.move_scope_defined({ facilities: facilityNames(event.facilities) });
  if (event.type === 'INJECT') return m.story_move_event_card({ title: cardTitle(event.eventId) });
  if (event.type === 'ASSIGN_SEAT') {
    const side = SIDE_SHORT[event.side];
    return event.seat === 'ai' ? m.class_seat_ai_move_to_computer({ side }) : m.class_seat_ai_move_to_student({ side });
  }
  if (event.type === 'CALL_TIME') return m.class_time_move();
  if (event.type === 'SAY') return sayText(event.by, event.say);
  return TABLE_WORDS[event.type].done();
}

/** The history log's words: the label, with the package spelled out for an offer. */
export function moveLabelWithTerms(event: GameEvent, wordedBy?: Session): string {
  return event.type === 'OFFER' ? m.history_offer({ offer: describePackage(event.pkg) }) : moveLabel(event, wordedBy);
}

/** A step of the game's record (a choice ID or a table step name) in a few words. */
export function stepLabel(move: string): string {
  const choice = choiceById(move)?.choice;
  if (choice) return choice.label;
  if (move === 'scope') return m.story_move_scope();
  if (move === 'say') return m.talk_short();
  const table = STEP_MOVE[move];
  return table ? TABLE_WORDS[table].done() : move;
}

/** An event card's title, or its ID if the content no longer has it. */
export const cardTitle = (eventId: string): string => EVENTS.find((c) => c.id === eventId)?.title ?? eventId;
