/**
 * The front end's flow: one Timeline (the tree of every move, with the live Session on its current
 * node), whose eyes the screen is for, hot-seat hand-overs, the pace of computer moves, rewinds and
 * loads. Every rule stays in the session; this only decides what to show and when.
 */
import { type GameEvent, type Package, SIDES, type Side } from '../sim/session/index.ts';
import type { Session } from '../sim/session/session.ts';
import type { SettingsInput } from '../sim/session/settings.ts';
import { Timeline } from '../sim/session/timeline.ts';
import type { View } from '../sim/session/view.ts';
import { type ChoiceResult, choiceResult } from './choiceResult.ts';
import { activeContentTranslation, problemText } from './content.ts';
import { localizeView } from './contentText.ts';
import { Emitter } from './emitter.ts';
import { describeMove, meterChanges } from './narrate.ts';
import { SPEED_DELAY, type Speed } from './params.ts';
import { m } from './strings/catalogue.ts';

export type Screen =
  | { readonly kind: 'title'; readonly error: string | null }
  | { readonly kind: 'briefing' }
  | { readonly kind: 'pass'; readonly side: Side }
  | { readonly kind: 'play' }
  | { readonly kind: 'aftermath' }
  | { readonly kind: 'debrief' }
  /** The branch map over the whole timeline; `back` is the screen to return to. */
  | { readonly kind: 'branches' };

export type Tone = 'scene' | 'move' | 'event' | 'system' | 'error';
export interface Narration {
  readonly text: string;
  readonly tone: Tone;
}

export interface ControllerEvents extends Record<string, unknown> {
  screen: Screen;
  /** The game state changed (a move, a hand-over, a pause). */
  update: View;
  narrate: Narration;
  /** A move was just made; `after` is the view once it took effect. */
  move: { readonly event: GameEvent; readonly after: View };
  /** The timeline changed (a move, a rewind, a load): time to autosave. */
  timeline: Timeline;
}

export interface StartOptions {
  /** Assessment mode: past choices can be reviewed but not changed. */
  readonly locked?: boolean;
}

export class Controller extends Emitter<ControllerEvents> {
  timeline: Timeline | null = null;
  screen: Screen = { kind: 'title', error: null };
  speed: Speed = 'normal';
  /** The loaded locale's translation of the content (null for English): every View shown goes through it. */
  paused = false;
  /**
   * The number of moves a game opened from a share link stood on (a path someone picked and shared):
   * until the next move its first screen says what happened on that path. Null for other games.
   */
  sharedAt: number | null = null;
  /**
   * What the player's last decision did (the result card), until they continue, decide again, hand the
   * device over or leave this point of the game.
   */
  result: ChoiceResult | null = null;
  private holder: Side | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastBeat: string | null = null;
  private eventsSeen = 0;

  get session(): Session | null {
    return this.timeline?.session ?? null;
  }

  /** Sides played by people. */
  get humans(): Side[] {
    const seats = this.session?.settings.seats;
    return seats ? SIDES.filter((s) => seats[s] === 'human') : [];
  }

  get hotSeat(): boolean {
    return this.humans.length === 2;
  }

  /** Whose eyes the screen is for. */
  get viewer(): Side {
    const humans = this.humans;
    if (humans.length === 1) return humans[0];
    if (humans.length === 2 && this.holder) return this.holder;
    return this.session?.view().turn?.side ?? 'us';
  }

  view(): View | null {
    return this.session ? localizeView(this.session.view(this.viewer), activeContentTranslation()) : null;
  }

  showTitle(error: string | null = null): void {
    this.stop();
    this.result = null;
    this.timeline = null;
    this.setScreen({ kind: 'title', error });
  }

  showBriefing(): void {
    this.stop();
    this.setScreen({ kind: 'briefing' });
  }

  /** Starts a game; returns an error message instead of throwing for bad settings. */
  start(settings: SettingsInput, seed: number, speed: Speed, options: StartOptions = {}): string | null {
    let timeline: Timeline;
    try {
      timeline = new Timeline(seed, settings);
    } catch (err) {
      return problemText(err);
    }
    timeline.locked = options.locked === true;
    this.open(
      timeline,
      speed,
      timeline.locked ? m.game_begins_locked({ seed: timeline.seed }) : m.game_begins({ seed: timeline.seed }),
      {
        fresh: true,
      },
    );
    return null;
  }

  /** Takes over a loaded or replayed timeline at its current node, and tells the player how it went. */
  open(timeline: Timeline, speed: Speed, message: string, { fresh = false, shared = false } = {}): void {
    this.stop();
    this.timeline = timeline;
    this.result = null;
    this.sharedAt = shared ? timeline.session.log().length : null;
    this.speed = speed;
    // A loaded or shared computer-vs-computer game waits where it was opened until someone presses Resume.
    this.paused = !fresh && this.humans.length === 0;
    this.holder = null;
    if (this.screen.kind === 'branches') this.screen = { kind: 'play' };
    this.lastBeat = null;
    // Cards that fired before a later start point are part of its "so far" summary, not news.
    this.eventsSeen = timeline.session.startEvents;
    this.narrate(message, 'system');
    this.emit('timeline', timeline);
    this.advance(true);
  }

  /**
   * Goes to any node of the timeline: the game continues from there; later moves stay in the tree
   * as a kept branch. Returns an error message for a node that does not exist.
   */
  goTo(nodeId: number): string | null {
    const timeline = this.timeline;
    if (!timeline) return m.goto_no_game();
    try {
      timeline.rewind(nodeId);
    } catch (err) {
      return problemText(err);
    }
    this.stop();
    this.result = null;
    const view = this.view() as View;
    // Event cards and the scene are told again only if they are new from here.
    this.eventsSeen = view.firedEvents.length;
    this.lastBeat = view.beat?.id ?? null;
    this.paused = this.humans.length === 0;
    // On one device, a jump in time always goes through the hand-over screen.
    this.holder = null;
    const where = view.beat
      ? m.scene_line({ title: sentence(view.beat.title), location: view.beat.location })
      : m.goto_end_of_game();
    this.narrate(m.goto_back_in_time({ depth: timeline.current.depth, where }), 'system');
    if (this.screen.kind === 'branches') this.screen = { kind: 'play' };
    this.emit('timeline', timeline);
    this.advance(true);
    return null;
  }

  /** The branch map; leaving it returns to the game where it stands. */
  showBranches(): void {
    if (!this.timeline) return;
    this.stop();
    this.setScreen({ kind: 'branches' });
  }

  closeBranches(): void {
    if (this.screen.kind !== 'branches') return;
    this.screen = { kind: 'play' };
    this.advance(true);
  }

  /** A human seat's move. Errors are narrated, never thrown. */
  act(event: GameEvent): boolean {
    const session = this.session;
    if (!session) return false;
    const before = this.view();
    const result = (this.timeline as Timeline).act(event);
    if (!result.ok) {
      this.narrate(result.error, 'error');
      return false;
    }
    const after = this.view();
    // Readings only off hot-seat: on a shared screen each side's readings are its own.
    this.result = before && after ? choiceResult(event, before, after, !this.hotSeat) : null;
    this.afterMove(event, before, after);
    return true;
  }

  /** The player has read the result card. */
  dismissResult(): void {
    if (!this.result) return;
    this.result = null;
    const view = this.view();
    if (view) this.emit('update', view);
  }

  choose(by: Side, choiceId: string): boolean {
    return this.act({ type: 'CHOOSE', by, choiceId });
  }
  defineScope(by: Side, facilities: readonly string[]): boolean {
    return this.act({ type: 'DEFINE_SCOPE', by, facilities });
  }
  offer(by: Side, pkg: Package): boolean {
    return this.act({ type: 'OFFER', by, pkg });
  }

  /** The next player has the device. */
  confirmPass(): void {
    if (this.screen.kind !== 'pass') return;
    this.result = null;
    this.holder = this.screen.side;
    this.advance();
  }

  setSpeed(speed: Speed): void {
    this.speed = speed;
    if (this.timer) this.advance();
  }

  togglePause(): void {
    this.paused = !this.paused;
    this.narrate(this.paused ? m.narrate_paused() : m.narrate_resumed(), 'system');
    this.advance();
  }

  toDebrief(): void {
    if (this.session?.over) this.setScreen({ kind: 'debrief' });
  }

  private afterMove(event: GameEvent, before: View | null, after = this.view()): void {
    if (!after) return;
    this.narrate(describeMove(event, after), 'move');
    // What the move did to the meters this seat can see, in numbers (a screen reader hears it too).
    // Not in hot-seat: the log is shared by both players, and each side's readings are its own.
    const changes = !this.hotSeat && before && meterChanges(before, after);
    if (changes) this.narrate(changes, 'move');
    this.emit('move', { event, after });
    this.emit('timeline', this.timeline as Timeline);
    this.advance();
  }

  /** Decides the next screen and schedules computer moves; `force` re-announces the screen. */
  private advance(force = false): void {
    this.stop();
    const timeline = this.timeline;
    if (!timeline) return;
    if (this.screen.kind === 'branches') return;
    if (this.speed === 'max' && !this.paused) this.runComputerMoves(timeline);
    const view = this.view() as View;
    this.announce(view);
    if (view.over || !view.turn) {
      const straight = this.speed === 'max' && this.humans.length === 0;
      this.setScreen(straight ? { kind: 'debrief' } : { kind: 'aftermath' }, force);
    } else if (view.turn.seat !== 'human') {
      this.setScreen({ kind: 'play' }, force);
      if (!this.paused) this.timer = setTimeout(() => this.stepComputer(), SPEED_DELAY[this.speed]);
    } else if (this.hotSeat && this.holder !== view.turn.side) {
      this.setScreen({ kind: 'pass', side: view.turn.side }, force);
    } else {
      this.setScreen({ kind: 'play' }, force);
    }
    this.emit('update', view);
  }

  private stepComputer(): void {
    this.timer = null;
    const timeline = this.timeline;
    const event = timeline?.session.peekAuto();
    const before = this.view();
    if (timeline && event && timeline.act(event, true).ok) this.afterMove(timeline.session.lastMove() as GameEvent, before);
    else this.advance();
  }

  /** At full speed, computer moves are played at once; only the last few are told. */
  private runComputerMoves(timeline: Timeline): void {
    let moved = false;
    for (let i = 0; i < 2000; i++) {
      const event = timeline.session.peekAuto();
      if (!event || !timeline.act(event, true).ok) break;
      moved = true;
      this.emit('move', { event, after: localizeView(timeline.session.view(this.viewer), activeContentTranslation()) });
    }
    if (moved) this.emit('timeline', timeline);
  }

  /** Tells new scenes and event cards as they come. */
  private announce(view: View): void {
    for (const card of view.firedEvents.slice(this.eventsSeen))
      this.narrate(m.narrate_news({ title: card.title, text: card.text }), 'event');
    this.eventsSeen = view.firedEvents.length;
    const beatId = view.beat?.id ?? null;
    if (beatId !== this.lastBeat && view.beat)
      this.narrate(m.scene_line({ title: sentence(view.beat.title), location: view.beat.location }), 'scene');
    if (beatId === null && this.lastBeat !== null && view.ending)
      this.narrate(m.narrate_summit_over({ ending: view.ending.title }), 'scene');
    this.lastBeat = beatId;
  }

  /** A message from outside the game (saves, imports) in the narration log. */
  notify(text: string, tone: Tone = 'system'): void {
    this.narrate(text, tone);
  }

  private narrate(text: string, tone: Tone): void {
    this.emit('narrate', { text, tone });
  }

  private setScreen(screen: Screen, force = false): void {
    const changed =
      force ||
      screen.kind !== this.screen.kind ||
      (screen.kind === 'pass' && this.screen.kind === 'pass' && screen.side !== this.screen.side);
    this.screen = screen;
    if (changed || screen.kind === 'title') this.emit('screen', screen);
  }

  private stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}

/** A title as a sentence: a full stop unless it already ends with one. */
const sentence = (s: string): string => (/[.?!]$/.test(s) ? s : `${s}.`);
