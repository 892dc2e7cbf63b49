/**
 * The front end's flow: one Session, whose eyes the screen is for, hot-seat hand-overs and the pace of
 * computer moves. Every rule stays in the session; this only decides what to show and when.
 */
import type { GameEvent } from '../sim/machine/types.ts';
import { SIDES, type Side } from '../sim/model/ids.ts';
import type { Package } from '../sim/model/package.ts';
import { Session } from '../sim/session/session.ts';
import type { SettingsInput } from '../sim/session/settings.ts';
import type { View } from '../sim/session/view.ts';
import { Emitter } from './emitter.ts';
import { describeMove } from './narrate.ts';
import { SPEED_DELAY, type Speed } from './params.ts';

export type Screen =
  | { readonly kind: 'title'; readonly error: string | null }
  | { readonly kind: 'briefing' }
  | { readonly kind: 'pass'; readonly side: Side }
  | { readonly kind: 'play' }
  | { readonly kind: 'aftermath' }
  | { readonly kind: 'debrief' };

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
}

export class Controller extends Emitter<ControllerEvents> {
  session: Session | null = null;
  screen: Screen = { kind: 'title', error: null };
  speed: Speed = 'normal';
  paused = false;
  private holder: Side | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastBeat: string | null = null;
  private eventsSeen = 0;

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
    return this.session ? this.session.view(this.viewer) : null;
  }

  showTitle(error: string | null = null): void {
    this.stop();
    this.session = null;
    this.setScreen({ kind: 'title', error });
  }

  showBriefing(): void {
    this.stop();
    this.setScreen({ kind: 'briefing' });
  }

  /** Starts a game; returns an error message instead of throwing for bad settings. */
  start(settings: SettingsInput, seed: number, speed: Speed): string | null {
    this.stop();
    try {
      this.session = Session.start(settings, seed);
    } catch (err) {
      return err instanceof Error ? err.message : String(err);
    }
    this.speed = speed;
    this.paused = false;
    this.holder = null;
    this.lastBeat = null;
    this.eventsSeen = 0;
    this.narrate(`A new game begins (seed ${seed}).`, 'system');
    this.advance();
    return null;
  }

  /** A human seat's move. Errors are narrated, never thrown. */
  act(event: GameEvent): boolean {
    const session = this.session;
    if (!session) return false;
    const result = session.act(event);
    if (!result.ok) {
      this.narrate(result.error, 'error');
      return false;
    }
    this.afterMove(event);
    return true;
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
    this.holder = this.screen.side;
    this.advance();
  }

  setSpeed(speed: Speed): void {
    this.speed = speed;
    if (this.timer) this.advance();
  }

  togglePause(): void {
    this.paused = !this.paused;
    this.narrate(this.paused ? 'Paused.' : 'Resumed.', 'system');
    this.advance();
  }

  toDebrief(): void {
    if (this.session?.over) this.setScreen({ kind: 'debrief' });
  }

  private afterMove(event: GameEvent): void {
    const after = this.view();
    if (!after) return;
    this.narrate(describeMove(event, after), 'move');
    this.emit('move', { event, after });
    this.advance();
  }

  /** Decides the next screen and schedules computer moves. */
  private advance(): void {
    this.stop();
    const session = this.session;
    if (!session) return;
    if (this.speed === 'max' && !this.paused) this.runComputerMoves(session);
    const view = this.view() as View;
    this.announce(view);
    if (view.over || !view.turn) {
      const straight = this.speed === 'max' && this.humans.length === 0;
      this.setScreen(straight ? { kind: 'debrief' } : { kind: 'aftermath' });
    } else if (view.turn.seat !== 'human') {
      this.setScreen({ kind: 'play' });
      if (!this.paused) this.timer = setTimeout(() => this.stepComputer(), SPEED_DELAY[this.speed]);
    } else if (this.hotSeat && this.holder !== view.turn.side) {
      this.setScreen({ kind: 'pass', side: view.turn.side });
    } else {
      this.setScreen({ kind: 'play' });
    }
    this.emit('update', view);
  }

  private stepComputer(): void {
    this.timer = null;
    const event = this.session?.stepAuto();
    if (event) this.afterMove(event);
    else this.advance();
  }

  /** At full speed, computer moves are played at once; only the last few are told. */
  private runComputerMoves(session: Session): void {
    for (let i = 0; i < 2000; i++) {
      const event = session.stepAuto();
      if (!event) break;
      this.emit('move', { event, after: session.view(this.viewer) });
    }
  }

  /** Tells new scenes and event cards as they come. */
  private announce(view: View): void {
    for (const card of view.firedEvents.slice(this.eventsSeen)) this.narrate(`News: ${card.title}. ${card.text}`, 'event');
    this.eventsSeen = view.firedEvents.length;
    const beatId = view.beat?.id ?? null;
    if (beatId !== this.lastBeat && view.beat) this.narrate(`${sentence(view.beat.title)} ${view.beat.location}.`, 'scene');
    if (beatId === null && this.lastBeat !== null && view.ending)
      this.narrate(`The summit is over: ${view.ending.title}.`, 'scene');
    this.lastBeat = beatId;
  }

  private narrate(text: string, tone: Tone): void {
    this.emit('narrate', { text, tone });
  }

  private setScreen(screen: Screen): void {
    const changed =
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
