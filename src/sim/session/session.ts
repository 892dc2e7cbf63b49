/**
 * The session facade: the one API every front end and the CLI use. It owns an XState actor, checks
 * every move before sending it, lets computer seats move, and saves games as their seed, settings
 * and event log (so a save is a replay).
 */
import { type Actor, createActor } from 'xstate';
import { problemOf } from '../content/problems.ts';
import { CONTENT_VERSION } from '../content/version.ts';
import { autoMove } from '../machine/ai.ts';
import { answerReasons } from '../machine/answerReasons.ts';
import { summitMachine } from '../machine/machine.ts';
import { actingSide, timeCalledNow } from '../machine/reduce.ts';
import { choiceById, choiceText } from '../machine/script.ts';
import type { GameContext, GameEvent, SeatEvent, Settings } from '../machine/types.ts';
import { moveError } from '../machine/validate.ts';
import type { Utterance } from '../model/dialogue.ts';
import { otherSide, type Phase, type Side } from '../model/ids.ts';
import type { Package } from '../model/package.ts';
import type { Reasons } from '../model/reasons.ts';
import type { OddsStart } from './odds.ts';
import { parseSave, pathOf, SAVE_FORMAT, SAVE_VERSION, SaveError, type SaveFile } from './save.ts';
import { normalizeSeed, normalizeSettings, SettingsError } from './settings.ts';
import { afterStart, playToStart } from './startPoint.ts';
import { type GameRecord, type LastAnswerView, packageValue, projectView, recordOf, type View } from './view.ts';

export type ActResult = { readonly ok: true } | { readonly ok: false; readonly error: string };

export class Session {
  readonly settings: Settings;
  readonly seed: number;
  private actor: Actor<typeof summitMachine>;
  private events: GameEvent[] = [];
  /** The state the latest offer was made in, kept so a View can derive the answer's reasons from it. */
  private offerBasis: { readonly before: GameContext; readonly by: Side; readonly pkg: Package; readonly index: number } | null =
    null;
  /** The computer's counteroffer to that offer (its event index) and, once a View asked, its reasons. */
  private answer: {
    readonly basis: NonNullable<Session['offerBasis']>;
    readonly index: number;
    /** How many offers the table held once the counteroffer was made. */
    readonly offers: number;
    reasons?: Reasons | null;
  } | null = null;
  /** How many moves at the front of the log are the start point's (played on the record before the start). */
  readonly startMoves: number;
  /** How many event cards had fired when the game reached its start point (the "so far" covers them). */
  readonly startEvents: number;

  private constructor(settings: Settings, seed: number) {
    this.settings = settings;
    this.seed = seed;
    this.actor = createActor(summitMachine, { input: { settings, seed } });
    // Errors inside the machine are bugs: surface them here, synchronously, not as unhandled rejections.
    this.actor.subscribe({ error: () => {} });
    this.actor.start();
    this.throwIfFailed();
    this.startMoves = playToStart(
      () => this.context,
      (event) => {
        const result = this.apply(event);
        return result.ok ? null : result.error;
      },
    );
    this.startEvents = this.context.firedEvents.length;
  }

  /**
   * Starts a game; a later start point (`settings.start`) is reached by playing the on-record moves up to
   * it, which the log holds as the start's (`startMoves`). Throws SettingsError for bad settings or seed.
   */
  static start(settings: unknown, seed: unknown): Session {
    return new Session(normalizeSettings(settings), normalizeSeed(seed));
  }

  /**
   * Rebuilds a game from its seed, settings and the moves after its start (a full log, with the start's
   * moves in front, is read the same way); stops at the first bad event.
   */
  static replay(seed: unknown, settings: unknown, events: readonly unknown[]): Session {
    const session = Session.start(settings, seed);
    afterStart(events, session.events.slice(0, session.startMoves)).forEach((event, i) => {
      const result = session.replayMove(event);
      if (!result.ok) throw new Error(`Event ${i + 1} cannot be replayed: ${result.error}`);
    });
    return session;
  }

  /** Loads a save; every problem comes back as a SaveError with a message a player can act on. */
  static load(json: string): Session {
    const save: SaveFile = parseSave(json);
    try {
      return Session.replay(save.seed, save.settings, pathOf(save, save.current));
    } catch (err) {
      if (err instanceof SettingsError) throw new SaveError('save_bad_settings', { reason: err.problem });
      throw new SaveError('save_does_not_fit', { reason: problemOf(err) });
    }
  }

  /**
   * The core's whole state, hidden parts included: for the core, its tests and the CLI, never a front end.
   * Frozen all the way down, so that a caller who writes to it gets an error instead of a game that no
   * longer replays. Each move builds a new context that shares what it did not change, and freezing stops at
   * parts already frozen, so this costs only the part a move changed.
   */
  get context(): GameContext {
    return deepFreeze(this.actor.getSnapshot().context);
  }

  /** The teacher's round timer has run out in the phase being played (a class game). */
  get timeCalled(): boolean {
    return timeCalledNow(this.context);
  }

  get phase(): Phase {
    const value = this.actor.getSnapshot().value;
    return (typeof value === 'string' ? value : Object.keys(value)[0]) as Phase;
  }

  get over(): boolean {
    return this.actor.getSnapshot().status === 'done';
  }

  view(viewer?: Side): View {
    return projectView(this.context, this.phase, viewer, (v) => this.lastAnswer(v));
  }

  /**
   * The computer counterpart's counteroffer to `viewer`'s offer, with its reasons, while it is the
   * latest move. The reasons are derived (not logged) on the first View that asks, then kept.
   */
  private lastAnswer(viewer: Side): LastAnswerView | null {
    const answer = this.answer;
    if (!answer || answer.basis.by !== viewer || !this.answerStands(answer)) return null;
    if (answer.reasons === undefined) answer.reasons = answerReasons(answer.basis.before, answer.basis.by, answer.basis.pkg);
    if (!answer.reasons) return null;
    return { by: otherSide(viewer), to: [...answer.basis.pkg], reasons: structuredClone(answer.reasons) };
  }

  /**
   * The counteroffer still stands as it was answered: every move since is talk across the table (`SAY`)
   * and none of it moved the offer (a granted "one more step" is a new offer).
   */
  private answerStands(answer: NonNullable<Session['answer']>): boolean {
    const offers = this.context.table?.offers.length ?? 0;
    return answer.offers === offers && this.events.slice(answer.index + 1).every((e) => e.type === 'SAY');
  }

  /** What a package is worth to `viewer` now, as the offer builder shows it. */
  valueOf(viewer: Side, pkg: Package): { readonly perceived: number; readonly raw: number } {
    return packageValue(this.context, viewer, pkg);
  }

  /** Every move of both seats, the event cards and compliance: for the debrief and the aftermath. */
  record(): GameRecord {
    return recordOf(this.context);
  }

  /**
   * A choice's label as this game words it now: its text variant where one holds (a choice made after a
   * deal reads the terms agreed). Exact for any move on the path to here, since a choice's variants may
   * read only the agreed terms (validateContent), which a path fixes once. Null for an unknown choice.
   */
  choiceLabel(choiceId: string): string | null {
    const found = choiceById(choiceId);
    return found ? choiceText(found.choice, this.context).label : null;
  }

  /** The state "odds from here" starts from, as an opaque value a Web Worker can be handed. */
  oddsStart(): OddsStart {
    return { kind: 'odds-start', state: structuredClone(this.context) };
  }

  /** Who plays each side now: the start's seats, as the teacher's seat changes (`ASSIGN_SEAT`) left them. */
  get seats(): Settings['seats'] {
    return { ...this.context.settings.seats };
  }

  /** A human seat's move, or the teacher's. On error nothing changes. */
  act(event: unknown): ActResult {
    const ctx = this.context;
    const side = (event as { by?: unknown } | null)?.by;
    if ((side === 'us' || side === 'dprk') && ctx.settings.seats[side] !== 'human' && ctx.beatId !== null) {
      return { ok: false, error: `The ${side === 'us' ? 'US' : 'DPRK'} seat is played by the computer.` };
    }
    return this.apply(event);
  }

  /** Re-applies a recorded move of either seat (replays, share codes, rewinds). On error nothing changes. */
  replayMove(event: unknown): ActResult {
    return this.apply(event);
  }

  /** Whether a computer seat is to move: what `peekAuto()` would say, without working out its move. */
  get computerToMove(): boolean {
    const side = actingSide(this.context);
    return side !== null && this.context.settings.seats[side] !== 'human';
  }

  /** The move the computer seat to move would make now, without making it; null for a human turn. */
  peekAuto(): SeatEvent | null {
    return computerMove(this.context);
  }

  /** Plays one computer move if a computer seat is to move; returns it, or null. */
  stepAuto(): SeatEvent | null {
    const move = computerMove(this.context);
    if (!move) return null;
    const result = this.apply(move);
    if (!result.ok) throw new Error(`The computer seat made an illegal move: ${result.error}`);
    return move;
  }

  /** Plays computer moves until a human must move or the game ends. */
  runAuto(limit = 10_000): number {
    let n = 0;
    while (n < limit && this.stepAuto()) n++;
    return n;
  }

  /** The last move made, as a copy, or null before the first. */
  lastMove(): GameEvent | null {
    const last = this.events.at(-1);
    return last ? cloneEvent(last) : null;
  }

  /** The moves so far, the start's included (the first `startMoves`), as a copy: changing it changes nothing. */
  log(): readonly GameEvent[] {
    return this.events.map(cloneEvent);
  }

  /** How many moves the log holds, the start's included: it grows with every change to the game. */
  get moveCount(): number {
    return this.events.length;
  }

  /** The moves played since the start point: what saves and share codes hold. */
  playedMoves(): readonly GameEvent[] {
    return this.events.slice(this.startMoves).map(cloneEvent);
  }

  /** A save of this game as a one-branch timeline (the current save format). */
  save(): string {
    const nodes = this.playedMoves().map((event, i) => ({ parent: i - 1, event }));
    const file: SaveFile = {
      format: SAVE_FORMAT,
      version: SAVE_VERSION,
      seed: this.seed,
      settings: this.settings,
      nodes,
      current: nodes.length - 1,
      content: CONTENT_VERSION,
    };
    return JSON.stringify(file);
  }

  private throwIfFailed(): void {
    const snapshot = this.actor.getSnapshot();
    if (snapshot.status === 'error') throw snapshot.error instanceof Error ? snapshot.error : new Error(String(snapshot.error));
  }

  private apply(event: unknown): ActResult {
    const error = moveError(this.context, event);
    if (error) return { ok: false, error };
    const clean = cloneEvent(event as GameEvent);
    const before = this.context;
    this.actor.send(clean);
    this.throwIfFailed();
    this.events.push(clean);
    this.noteAnswer(before, clean);
    return { ok: true };
  }

  /** Keeps the state of each offer, and marks a computer seat's counteroffer to the offer just before it. */
  private noteAnswer(before: GameContext, event: GameEvent): void {
    if (event.type !== 'OFFER') return;
    const index = this.events.length - 1;
    const basis = this.offerBasis;
    const answers =
      basis !== null && basis.index === index - 1 && basis.by !== event.by && before.settings.seats[event.by] === 'ai';
    this.answer = answers ? { basis, index, offers: this.context.table?.offers.length ?? 0 } : null;
    this.offerBasis = { before, by: event.by, pkg: [...event.pkg], index };
  }
}

/** The computer's move for the seat to move: always a seat's own move, never a teacher's. */
const computerMove = (ctx: GameContext) => autoMove(ctx) as SeatEvent | null;

/** Keeps only the fields a move type has, so logs and saves hold nothing foreign. */
function cloneEvent(e: GameEvent): GameEvent {
  switch (e.type) {
    case 'CHOOSE':
      return { type: e.type, by: e.by, choiceId: e.choiceId };
    case 'DEFINE_SCOPE':
      return { type: e.type, by: e.by, facilities: [...e.facilities] };
    case 'OFFER':
      return { type: e.type, by: e.by, pkg: [...e.pkg] };
    case 'INJECT':
      return { type: e.type, by: e.by, eventId: e.eventId };
    case 'ASSIGN_SEAT':
      return { type: e.type, by: e.by, side: e.side, seat: e.seat };
    case 'CALL_TIME':
      return { type: e.type, by: e.by };
    case 'SAY':
      return { type: e.type, by: e.by, say: cloneUtterance(e.say) };
    default:
      return { type: e.type, by: e.by };
  }
}

const cloneUtterance = (say: Utterance): Utterance =>
  say.kind === 'prefer' || say.kind === 'askIssue' ? { kind: say.kind, issue: say.issue } : { kind: say.kind };

/** Freezes a plain data tree (objects and arrays), skipping parts that are already frozen. */
function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const child of Object.values(value as object)) deepFreeze(child);
  return value;
}
