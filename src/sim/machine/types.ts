/** The machine's context, settings and events. Everything here is plain JSON. */
import type { FacilityId } from '../content/facilities.ts';
import type { StartPointId } from '../content/startPoints.ts';
import type { GameLength } from '../content/types.ts';
import type { Reaction } from '../model/counterpart.ts';
import type { TalkState, Utterance } from '../model/dialogue.ts';
import type { Compliance } from '../model/epilogue.ts';
import type { Meters } from '../model/hidden.ts';
import type { EndingId, FlagId, Mode, PersonaId, Phase, SeatKind, Side } from '../model/ids.ts';
import type { OpponentBelief } from '../model/opponentModel.ts';
import type { Package } from '../model/package.ts';
import type { Valuation } from '../model/valuation.ts';

export interface Settings {
  /**
   * Who plays each side. In a context this is who plays it now: the teacher's `ASSIGN_SEAT` changes it
   * mid-game (a session's own `settings` keep the start's seats, which a replay starts from).
   */
  readonly seats: Readonly<Record<Side, SeatKind>>;
  readonly mode: Mode;
  readonly persona: PersonaId;
  /** Put the US–ROK drills linkage (the optional `drills` issue) on the table. */
  readonly drills: boolean;
  /** Force event cards on or off by ID; unlisted cards follow the mode. */
  readonly events: Readonly<Record<string, 'on' | 'off'>>;
  /** Counterfactual starting meters, e.g. a weaker hawk line. */
  readonly meters: Partial<Meters>;
  /** Where the game begins (`content/startPoints.ts`); the beats before it are played on the record. */
  readonly start: StartPointId;
  /** 'class' skips the beats marked `classSkip` and shows a beat's `classText` where it has one. */
  readonly length: GameLength;
}

export { GAME_LENGTHS, type GameLength } from '../content/types.ts';

export interface OfferRecord {
  readonly by: Side;
  readonly pkg: Package;
  /** Clock minutes when it was made. */
  readonly at: number;
  /** How the receiving side read it. */
  readonly reaction: Reaction;
}

export interface TableState {
  readonly beatId: string;
  readonly turn: Side;
  readonly standing: { readonly by: Side; readonly pkg: Package } | null;
  readonly offers: readonly OfferRecord[];
  /** Clock minute at which the table closes. */
  readonly closesAt: number;
  /** Offers of each side that were answered with a counteroffer. */
  readonly refused: Readonly<Record<Side, number>>;
  /**
   * A follow-up table's own clock (`Beat.followUpTable`): the minutes it opened and closes, and the
   * minutes an offer takes. Null at the summit's tables, whose time is the summit's (`summitTime`).
   */
  readonly span: { readonly start: number; readonly end: number; readonly minutesPerOffer: number } | null;
}

export interface Step {
  readonly beatId: string;
  readonly side: Side;
  /** Choice ID, or the table move: `offer`, `accept`, `walk`, `adjourn`, `scope`. */
  readonly move: string;
}

export type { Compliance, PhaseCompliance } from '../model/epilogue.ts';

export interface GameContext {
  readonly settings: Settings;
  readonly seed: number;
  readonly rng: number;
  /** Minutes since 2019-01-01T00:00, Hanoi time. */
  readonly clock: number;
  readonly meters: Meters;
  readonly flags: readonly FlagId[];
  /** The beat being played, or null once the game is over. */
  readonly beatId: string | null;
  readonly steps: readonly Step[];
  /** Historical mode only: a human has left the record, so the AI now follows the model. */
  readonly departed: boolean;
  readonly table: TableState | null;
  /** The package both sides accepted at the table, not yet signed. */
  readonly agreement: Package | null;
  readonly signed: boolean;
  /** Both sides' value of the deal and their walk-away values, frozen when it was signed (null unsigned). */
  readonly valuation: Valuation | null;
  readonly walkedBy: Side | null;
  readonly cancelled: boolean;
  readonly extended: boolean;
  readonly scope: Readonly<Record<Side, readonly FacilityId[] | null>>;
  /** Each side's belief about the other. */
  readonly beliefs: Readonly<Record<Side, OpponentBelief>>;
  readonly firedEvents: readonly string[];
  /** Phases in which the teacher's soft round timer ran out (`CALL_TIME`), in order. */
  readonly timeCalled: readonly Phase[];
  readonly ending: EndingId | null;
  /** The compliance epilogue of a signed deal, drawn when the game ends (`model/epilogue.ts`). */
  readonly compliance: Compliance | null;
  /** The summit's last table, kept once a follow-up table takes `table`'s place (null until then). */
  readonly summitTable: TableState | null;
  /** The package agreed at a follow-up table after the summit (`Beat.followUpTable`), or null. */
  readonly followUp: Package | null;
  /** What was said across the table besides offers, and how much each side likes the other (`model/dialogue.ts`). */
  readonly talk: TalkState;
}

export type GameEvent =
  | { readonly type: 'CHOOSE'; readonly by: Side; readonly choiceId: string }
  | { readonly type: 'DEFINE_SCOPE'; readonly by: Side; readonly facilities: readonly string[] }
  | { readonly type: 'OFFER'; readonly by: Side; readonly pkg: Package }
  | { readonly type: 'ACCEPT'; readonly by: Side }
  | { readonly type: 'WALK'; readonly by: Side }
  | { readonly type: 'ADJOURN'; readonly by: Side }
  /**
   * The second channel at the table: state a preference, ask, ask for one more step, threaten, make a
   * gesture (`model/dialogue.ts`). Said on one's own turn to the computer counterpart, which answers at
   * once; the turn stays with the speaker, and the clock runs on.
   */
  | { readonly type: 'SAY'; readonly by: Side; readonly say: Utterance }
  /** The teacher pushes an event card into the game at any beat; it fires as the card does. */
  | { readonly type: 'INJECT'; readonly by: 'teacher'; readonly eventId: string }
  /** The teacher hands a side's seat to the computer (a student dropped out) or back to a student. */
  | { readonly type: 'ASSIGN_SEAT'; readonly by: 'teacher'; readonly side: Side; readonly seat: AssignableSeat }
  /**
   * The teacher's soft round timer ran out in the phase being played. Nothing is decided for anyone:
   * the seats are told time is up, and a bargaining table open now closes after two more offers.
   */
  | { readonly type: 'CALL_TIME'; readonly by: 'teacher' };

/** What the teacher may put in a seat: a student or the computer counterpart. */
export type AssignableSeat = Extract<SeatKind, 'human' | 'ai'>;
export const ASSIGNABLE_SEATS: readonly AssignableSeat[] = ['human', 'ai'];

/** The teacher's moves: they change the game or who plays it, but are no seat's turn. */
export type TeacherEvent = Extract<GameEvent, { readonly by: 'teacher' }>;

/** A move of one of the two seats (every move but the teacher's). */
export type SeatEvent = Exclude<GameEvent, TeacherEvent>;

export const isSeatEvent = (event: GameEvent): event is SeatEvent => event.by !== 'teacher';

export const EVENT_TYPES = [
  'CHOOSE',
  'DEFINE_SCOPE',
  'OFFER',
  'ACCEPT',
  'WALK',
  'ADJOURN',
  'SAY',
  'INJECT',
  'ASSIGN_SEAT',
  'CALL_TIME',
] as const;
