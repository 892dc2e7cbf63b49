/**
 * The words for a move, in every form the front ends need, from one table: the short name on a branch
 * map node, the label in the history log and in Compare, the line in the debrief's path, and the
 * narration sentence. A new kind of move is worded here once. (Speech in the scene is written per
 * move in `game/scenes/Summit.ts`: it is what a person says, not a description.)
 */
import { choiceById, facilityNames, type GameEvent, type Side } from '../sim/session/index.ts';
import { SIDE_SHORT } from './labels.ts';
import { describePackage } from './packages.ts';

export type MoveKind = 'start' | 'choice' | 'scope' | 'offer' | 'accept' | 'walk' | 'adjourn';
type TableMove = Exclude<GameEvent['type'], 'CHOOSE' | 'DEFINE_SCOPE'>;

interface TableWords {
  readonly kind: MoveKind;
  /** A node's name on the branch map: a word or two. */
  readonly short: string;
  /** What was done, for logs and comparisons. */
  readonly done: string;
  /** The narration's verb phrase after the side's name. */
  readonly sentence: string;
}

const TABLE_WORDS: Readonly<Record<TableMove, TableWords>> = {
  OFFER: { kind: 'offer', short: 'Offer', done: 'Tabled an offer', sentence: 'tables an offer' },
  ACCEPT: {
    kind: 'accept',
    short: 'Accept',
    done: 'Accepted the offer on the table',
    sentence: 'accepts the offer on the table',
  },
  WALK: { kind: 'walk', short: 'Walk out', done: 'Walked away from the table', sentence: 'walks away from the table' },
  ADJOURN: { kind: 'adjourn', short: 'Adjourn', done: 'Adjourned the session', sentence: 'adjourns the session' },
};

/** The core's step names (`Step.move` for table moves) and the move they stand for. */
const STEP_MOVE: Readonly<Record<string, TableMove>> = { offer: 'OFFER', accept: 'ACCEPT', walk: 'WALK', adjourn: 'ADJOURN' };
const SCOPE_DONE = 'Defined "Yongbyon" on the map';

export function moveKind(event: GameEvent | null): MoveKind {
  if (!event) return 'start';
  if (event.type === 'CHOOSE') return choiceById(event.choiceId)?.beat.kind === 'scope' ? 'scope' : 'choice';
  if (event.type === 'DEFINE_SCOPE') return 'scope';
  return TABLE_WORDS[event.type].kind;
}

/** A branch map node's name: the choice's label, or a word or two for the table and the map. */
export function shortMoveLabel(event: GameEvent | null): string {
  if (!event) return 'Start of the game';
  if (event.type === 'CHOOSE') return choiceById(event.choiceId)?.choice.label ?? event.choiceId;
  if (event.type === 'DEFINE_SCOPE') return 'Defines Yongbyon';
  return TABLE_WORDS[event.type].short;
}

/** A move in a few words: the choice's label, the facilities of a definition, or what was done at the table. */
export function moveLabel(event: GameEvent): string {
  if (event.type === 'CHOOSE') return choiceById(event.choiceId)?.choice.label ?? event.choiceId;
  if (event.type === 'DEFINE_SCOPE') return `Defined "Yongbyon" as ${facilityNames(event.facilities)}`;
  return TABLE_WORDS[event.type].done;
}

/** The history log's words: the label, with the package spelled out for an offer. */
export function moveLabelWithTerms(event: GameEvent): string {
  return event.type === 'OFFER' ? `Offer: ${describePackage(event.pkg)}` : moveLabel(event);
}

/** A step of the game's record (a choice ID or a table step name) in a few words. */
export function stepLabel(move: string): string {
  const choice = choiceById(move)?.choice;
  if (choice) return choice.label;
  if (move === 'scope') return SCOPE_DONE;
  const table = STEP_MOVE[move];
  return table ? TABLE_WORDS[table].done : move;
}

/** The narration's sentence for a table move, without its consequences: "US walks away from the table." */
export function tableSentence(by: Side, type: TableMove): string {
  return `${SIDE_SHORT[by]} ${TABLE_WORDS[type].sentence}`;
}
