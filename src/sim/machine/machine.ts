/**
 * The summit as an XState machine, and what it is for. Said plainly: XState hosts the game, and the
 * pure reducer decides it.
 *
 * - The machine's states are the summit's phases (briefing → pre-summit → talks → dispute → endgame →
 *   aftermath → debrief), the situations a front end and a reader care about; `debrief` is final.
 * - Every move is one transition whose action is the reducer (`step`); the phase the game is in
 *   afterwards is read from the reducer's `context.beatId`, because which beat comes next depends on
 *   content conditions, event cards and the table, which the content declares as data (`next`,
 *   `when`, `requires`) and the reducer evaluates. Writing those edges a second time as machine
 *   transitions would be a second copy of the flow to keep in step with the content.
 * - A move is validated once, before it is sent: by the session (`Session.act`, which turns the
 *   problem into a message for the player) and by the graph exploration (`explore.ts`, which only
 *   offers valid moves). The machine itself trusts its callers, so a move is never checked twice.
 * - XState gives the game an actor to subscribe to, a serialisable snapshot, and `xstate/graph` for
 *   exploring every path (`npm run explore`). Odds rollouts and batch simulations call the reducer
 *   directly, without an actor, since they need neither subscription nor snapshots.
 */
import { assign, setup } from 'xstate';
import { PHASES, type Phase } from '../model/ids.ts';
import { initialContext } from './reduce.ts';
import { beatById } from './script.ts';
import { step } from './step.ts';
import type { GameContext, GameEvent, Settings } from './types.ts';

export interface MachineInput {
  readonly settings: Settings;
  readonly seed: number;
}

const PLAYED_PHASES = PHASES.filter((p): p is Exclude<Phase, 'debrief'> => p !== 'debrief');
export const phaseOf = (beatId: string | null): Phase => (beatId === null ? undefined : beatById(beatId))?.phase ?? 'debrief';

/** Any move, once validated by the caller: the reducer applies it, then the game goes to its phase. */
const MOVE = { actions: 'applyMove', target: '#summit.route' } as const;
const MOVES = {
  CHOOSE: MOVE,
  DEFINE_SCOPE: MOVE,
  OFFER: MOVE,
  ACCEPT: MOVE,
  WALK: MOVE,
  ADJOURN: MOVE,
  SAY: MOVE,
  INJECT: MOVE,
  ASSIGN_SEAT: MOVE,
  CALL_TIME: MOVE,
} as const;

export const summitMachine = setup({
  types: {
    context: {} as GameContext,
    events: {} as GameEvent,
    input: {} as MachineInput,
  },
  guards: {
    inPhase: ({ context }, params: { phase: Phase }) => phaseOf(context.beatId) === params.phase,
  },
  actions: {
    applyMove: assign(({ context, event }) => step(context, event)),
  },
}).createMachine({
  id: 'summit',
  context: ({ input }) => initialContext(input.settings, input.seed),
  initial: 'route',
  states: {
    route: {
      always: [
        ...PLAYED_PHASES.map((phase) => ({ guard: { type: 'inPhase' as const, params: { phase } }, target: phase })),
        { target: 'debrief' },
      ],
    },
    ...Object.fromEntries(PLAYED_PHASES.map((phase) => [phase, { on: MOVES }])),
    debrief: { type: 'final' },
  },
});

export type SummitMachine = typeof summitMachine;
