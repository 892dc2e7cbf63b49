/**
 * A prober that rewinds: at each of its turns it tries offers down its own concession path, best for
 * itself first and never below its own reservation value, each on a copy of the game (the pure reducer `step` from the current state, which is
 * what a rewind in the timeline does), and tables the first one the AI would accept. When none
 * would be accepted it bargains like the Boulware human. It never sees the AI's hidden state, only
 * the AI's answers, as a player who saves, probes and reloads would. It never signs a deal worth less
 * to it than walking away either.
 */
import { autoMove } from '../../machine/ai.ts';
import { step } from '../../machine/step.ts';
import type { GameEvent } from '../../machine/types.ts';
import { reservation } from '../../model/hidden.ts';
import type { Player } from './play.ts';
import { boulwareHuman, ownPath } from './players.ts';

/** Offers probed per turn (every second point of the path, best for the prober first). */
export const PROBES_PER_TURN = 6;

export const prober: Player = {
  name: 'prober (rewinds)',
  floor: true,
  table: (s, side): GameEvent => {
    const ctx = s.context;
    const m = ctx.meters;
    const path = ownPath(s, side);
    const rv = reservation(side, m);
    for (let i = 0, probes = 0; i < path.length && path[i].self > rv && probes < PROBES_PER_TURN; i += 2, probes++) {
      const offer: GameEvent = { type: 'OFFER', by: side, pkg: path[i].pkg };
      const after = step(ctx, offer);
      if (after.beatId !== ctx.beatId) continue;
      if (autoMove(after)?.type === 'ACCEPT') return offer;
    }
    return boulwareHuman.table(s, side);
  },
};
