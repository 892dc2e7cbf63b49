/** Checks a move against the current state; returns a message a player can act on, or null. */
import { FACILITY_IDS } from '../content/facilities.ts';
import { SIDES } from '../model/ids.ts';
import { ISSUES, OPTIONAL } from '../model/issues.ts';
import { packageError } from '../model/package.ts';
import { actingSide, currentBeat, tableOpen, timeCalledNow } from './reduce.ts';
import { choiceById, EVENTS, holds } from './script.ts';
import { talkError } from './talk.ts';
import { ASSIGNABLE_SEATS, EVENT_TYPES, type GameContext, type GameEvent } from './types.ts';

const SIDE_NAMES = { us: 'US', dprk: 'DPRK' } as const;

export function moveError(ctx: GameContext, event: unknown): string | null {
  if (typeof event !== 'object' || event === null) return 'A move must be an object with a type.';
  const ev = event as Partial<GameEvent> & { type?: unknown; by?: unknown };
  if (!EVENT_TYPES.includes(ev.type as GameEvent['type'])) return `Unknown move type ${JSON.stringify(ev.type)}.`;
  if (ev.type === 'INJECT') return injectError(ctx, ev as Partial<Extract<GameEvent, { type: 'INJECT' }>>);
  if (ev.type === 'ASSIGN_SEAT') return assignSeatError(ctx, ev as Partial<Extract<GameEvent, { type: 'ASSIGN_SEAT' }>>);
  if (ev.type === 'CALL_TIME') return callTimeError(ctx, ev);
  if (!SIDES.includes(ev.by as 'us')) return 'A move must say which side makes it ("us" or "dprk").';
  const beat = currentBeat(ctx);
  if (!beat) return 'The game is over; no more moves can be made.';
  const acting = actingSide(ctx);
  if (ev.by !== acting)
    return `It is the ${SIDE_NAMES[acting ?? 'us']} side's turn, not the ${SIDE_NAMES[ev.by as 'us']} side's.`;
  const e = ev as GameEvent;
  switch (e.type) {
    case 'CHOOSE': {
      if (beat.kind === 'table') return 'At the table, make an offer, accept the offer standing, walk out or adjourn.';
      const found = typeof e.choiceId === 'string' ? choiceById(e.choiceId) : undefined;
      if (!found || found.beat.id !== beat.id) return `There is no choice "${String(e.choiceId)}" at "${beat.title}".`;
      if (!holds(found.choice.requires, ctx, beat.side))
        return found.choice.disabledReason ?? 'That choice is not available now.';
      return null;
    }
    case 'DEFINE_SCOPE': {
      if (beat.kind !== 'scope') return 'What "Yongbyon" covers can only be defined in the dispute over its scope.';
      if (!Array.isArray(e.facilities)) return 'A scope is a list of Yongbyon facility IDs.';
      const unknown = e.facilities.filter((f) => !FACILITY_IDS.includes(f as (typeof FACILITY_IDS)[number]));
      if (unknown.length > 0) return `Unknown Yongbyon facility: ${unknown.map(String).join(', ')}.`;
      if (new Set(e.facilities).size !== e.facilities.length) return 'Each facility may be listed once.';
      return null;
    }
    case 'OFFER': {
      if (!tableOpen(ctx)) return 'Offers are made at the bargaining table, which is not open now.';
      const err = packageError(e.pkg);
      if (err) return `That offer is not a valid package: ${err}.`;
      const offTable = ctx.settings.drills ? -1 : e.pkg.findIndex((l, i) => OPTIONAL[i] && l !== 0);
      if (offTable >= 0) return `The ${ISSUES[offTable].name} linkage is not on the table in this game.`;
      return null;
    }
    case 'ACCEPT': {
      if (!tableOpen(ctx)) return 'There is nothing to accept: the bargaining table is not open.';
      const standing = ctx.table?.standing;
      if (!standing || standing.by === e.by) return 'There is no offer from the other side to accept.';
      return null;
    }
    case 'WALK':
    case 'ADJOURN':
      return tableOpen(ctx) ? null : 'That move is only possible at the bargaining table.';
    case 'SAY':
      return talkError(ctx, e.by, e.say);
    case 'INJECT':
    case 'ASSIGN_SEAT':
    case 'CALL_TIME':
      return null;
  }
}

/** The teacher's event card: any beat, either side's turn, each card at most once a game. */
function injectError(ctx: GameContext, ev: Partial<Extract<GameEvent, { type: 'INJECT' }>>): string | null {
  if (ev.by !== 'teacher') return 'Only the teacher pushes an event card (by "teacher").';
  if (!currentBeat(ctx)) return 'The game is over; no event card can be pushed.';
  const card = EVENTS.find((c) => c.id === ev.eventId);
  if (!card) return `There is no event card "${String(ev.eventId)}".`;
  if (ctx.firedEvents.includes(card.id)) return `The event card "${card.title}" has already fired in this game.`;
  return null;
}

/** The teacher's round timer: while the game is on, once per phase. */
function callTimeError(ctx: GameContext, ev: Partial<GameEvent>): string | null {
  if (ev.by !== 'teacher') return 'Only the teacher\'s round timer calls time (by "teacher").';
  const beat = currentBeat(ctx);
  if (!beat) return 'The game is over; time can no longer be called.';
  if (timeCalledNow(ctx)) return 'Time has already been called in this phase.';
  return null;
}

/** The teacher's seat change: a student or the computer, for a side, while the game is on, and a real change. */
function assignSeatError(ctx: GameContext, ev: Partial<Extract<GameEvent, { type: 'ASSIGN_SEAT' }>>): string | null {
  if (ev.by !== 'teacher') return 'Only the teacher changes who plays a seat (by "teacher").';
  if (!SIDES.includes(ev.side as 'us')) return 'A seat change must say which side\'s seat ("us" or "dprk").';
  if (!ASSIGNABLE_SEATS.includes(ev.seat as 'ai')) return 'A seat goes to a student ("human") or the computer ("ai").';
  if (!currentBeat(ctx)) return 'The game is over; who plays a seat can no longer change.';
  const name = SIDE_NAMES[ev.side as 'us'];
  if (ctx.settings.seats[ev.side as 'us'] === ev.seat)
    return ev.seat === 'ai' ? `The computer already plays the ${name} seat.` : `A student already plays the ${name} seat.`;
  return null;
}
