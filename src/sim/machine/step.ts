/** One validated move applied to the context: the machine's only action. */
import type { FacilityId } from '../content/facilities.ts';
import { applyChoice, assignSeat, callTime, currentBeat, defineScope, injectEvent } from './reduce.ts';
import { choiceById } from './script.ts';
import { applyAccept, applyAdjourn, applyOffer, applyWalk } from './table.ts';
import { applySay } from './talk.ts';
import type { GameContext, GameEvent } from './types.ts';

export function step(ctx: GameContext, event: GameEvent): GameContext {
  switch (event.type) {
    case 'CHOOSE': {
      const found = choiceById(event.choiceId);
      return found ? applyChoice(ctx, event.by, found.beat, found.choice) : ctx;
    }
    case 'DEFINE_SCOPE': {
      const beat = currentBeat(ctx);
      return beat ? defineScope(ctx, event.by, beat, event.facilities as readonly FacilityId[]) : ctx;
    }
    case 'OFFER':
      return applyOffer(ctx, event.by, event.pkg);
    case 'ACCEPT':
      return applyAccept(ctx, event.by);
    case 'WALK':
      return applyWalk(ctx, event.by);
    case 'ADJOURN':
      return applyAdjourn(ctx, event.by);
    case 'SAY':
      return applySay(ctx, event.by, event.say);
    case 'INJECT':
      return injectEvent(ctx, event.eventId);
    case 'ASSIGN_SEAT':
      return assignSeat(ctx, event.side, event.seat);
    case 'CALL_TIME':
      return callTime(ctx);
  }
}
