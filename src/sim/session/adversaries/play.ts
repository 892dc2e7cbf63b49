/**
 * One game of a scripted player against the AI seat, with what the gates need to know: whether a
 * deal was signed, each side's gain over its own reservation value, and every AI acceptance with its
 * value and private reservation value at that moment (so "never below its own floor" can be checked).
 * Pure: the same player, settings and seed give the same result.
 */
import { enabledChoices } from '../../machine/ai.ts';
import { tableTime } from '../../machine/clock.ts';
import { currentBeat, effectivePackage } from '../../machine/reduce.ts';
import type { GameContext, GameEvent } from '../../machine/types.ts';
import { privateReservation, reservation } from '../../model/hidden.ts';
import { otherSide, type Side } from '../../model/ids.ts';
import { scoreOutcome } from '../../model/outcome.ts';
import type { Package } from '../../model/package.ts';
import { dealValue } from '../../model/phases.ts';
import { Session } from '../session.ts';
import { normalizeSettings, type SettingsInput } from '../settings.ts';

/** A scripted seat: a move for the table, given the game so far. */
export interface Player {
  readonly name: string;
  /** The move at the table (OFFER or ACCEPT or WALK) for `side`. */
  readonly table: (s: Session, side: Side) => GameEvent;
  /**
   * Never sign a deal worth less than walking away, by the numbers of the moment (the ones a signed
   * deal is scored with): such a player's deals never read "worse than no deal".
   */
  readonly floor?: boolean;
}

export interface AiAcceptance {
  readonly t: number;
  readonly value: number;
  readonly floor: number;
}

export interface GameResult {
  readonly deal: boolean;
  /** The package signed, if any. */
  readonly agreement: Package | null;
  readonly gain: number;
  readonly aiGain: number;
  readonly aiAcceptances: readonly AiAcceptance[];
}

/** The settings the gates use: open mode, the historical (Cohen) state unless told otherwise. */
export function adversarySettings(side: Side, extra: Omit<SettingsInput, 'seats'> = {}) {
  const seats = side === 'us' ? { us: 'human', dprk: 'ai' } : { us: 'ai', dprk: 'human' };
  return normalizeSettings({ mode: 'open', events: { 'ev.cohen': 'on' }, ...extra, seats });
}

/**
 * Narrative choices of every scripted player, the plan the issue found dominant: sign an agreed
 * package, otherwise call one more round, otherwise the historical choice (or the first enabled). With
 * `floor`, an agreed package worth less than walking away is not signed.
 */
export function dealSeekingChoice(ctx: GameContext, side: Side, floor = false): GameEvent {
  const beat = currentBeat(ctx);
  const choices = beat ? enabledChoices(ctx, beat) : [];
  const worthSigning =
    !floor || (ctx.agreement !== null && dealValue(side, ctx.agreement, ctx.meters) >= reservation(side, ctx.meters));
  const sign = worthSigning ? choices.find((c) => c.resolve === 'sign') : undefined;
  const more = choices.find((c) => c.effects.setFlags?.includes('finalRoundCalled'));
  const settles = (c: (typeof choices)[number]) =>
    c.resolve === 'walk' || c.resolve === 'acceptStanding' || (!worthSigning && c.resolve === 'sign');
  const pick = sign ?? more ?? choices.find((c) => c.historical && !settles(c)) ?? choices.find((c) => !settles(c)) ?? choices[0];
  return { type: 'CHOOSE', by: side, choiceId: pick.id };
}

/** What the AI seat about to move would accept at, recorded before it moves. */
function noteAcceptance(ctx: GameContext, move: GameEvent, ai: Side, out: AiAcceptance[]): void {
  const floor = privateReservation(ai, ctx.meters, ctx.seed);
  const t = tableTime(ctx.table, ctx.clock);
  let pkg: Package | null = null;
  if (move.type === 'ACCEPT' && ctx.table?.standing) pkg = effectivePackage(ctx, ctx.table.standing.pkg);
  if (move.type === 'CHOOSE') {
    const choice = currentBeat(ctx)?.choices.find((c) => c.id === move.choiceId);
    if (choice?.resolve === 'sign' && ctx.agreement) pkg = ctx.agreement;
    if (choice?.resolve === 'acceptStanding' && ctx.table?.standing) pkg = effectivePackage(ctx, ctx.table.standing.pkg);
  }
  if (pkg) out.push({ t, value: dealValue(ai, pkg, ctx.meters), floor });
}

/** Plays `player` in seat `side` against the AI from `seed` to the end. */
export function playGame(player: Player, side: Side, seed: number, settings = adversarySettings(side)): GameResult {
  const s = Session.start(settings, seed);
  const ai = otherSide(side);
  const aiAcceptances: AiAcceptance[] = [];
  for (let guard = 0; guard < 600 && !s.over; guard++) {
    const before = s.context;
    const auto = s.stepAuto();
    if (auto) {
      noteAcceptance(before, auto, ai, aiAcceptances);
      continue;
    }
    const beat = currentBeat(s.context);
    if (!beat) break;
    const move = beat.kind === 'table' ? player.table(s, side) : dealSeekingChoice(s.context, side, player.floor);
    const result = s.act(move);
    if (!result.ok) throw new Error(`${player.name}: illegal move ${JSON.stringify(move)}: ${result.error}`);
  }
  const ctx = s.context;
  const scores = scoreOutcome(ctx.signed ? ctx.valuation : null, ctx.meters);
  return {
    deal: ctx.signed,
    agreement: ctx.signed ? ctx.agreement : null,
    gain: scores[side].surplus,
    aiGain: scores[ai].surplus,
    aiAcceptances,
  };
}
