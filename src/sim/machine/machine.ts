/**
 * The summit as an XState machine. The phases are written by hand; the beats nested in each phase
 * come from the content. Every move goes through one guarded transition whose action is the pure
 * reducer, then through a router that follows `context.beatId` to the beat's state.
 */
import { assign, setup } from 'xstate';
import type { Beat } from '../content/types.ts';
import { PHASES, type Phase } from '../model/ids.ts';
import { initialContext } from './reduce.ts';
import { BEATS, beatById, stateKey } from './script.ts';
import { step } from './step.ts';
import type { GameContext, GameEvent, Settings } from './types.ts';
import { moveError } from './validate.ts';

export interface MachineInput {
  readonly settings: Settings;
  readonly seed: number;
}

const PLAYED_PHASES = PHASES.filter((p): p is Exclude<Phase, 'debrief'> => p !== 'debrief');
const phaseOf = (beatId: string | null): Phase => (beatId === null ? undefined : beatById(beatId))?.phase ?? 'debrief';

const MOVE = { guard: 'validMove', actions: 'applyMove', target: '#summit.route' } as const;
const MOVES_BY_KIND = {
  choice: { CHOOSE: MOVE },
  scope: { CHOOSE: MOVE, DEFINE_SCOPE: MOVE },
  table: { OFFER: MOVE, ACCEPT: MOVE, WALK: MOVE, ADJOURN: MOVE },
} as const;

function beatState(beat: Beat) {
  return { meta: { beatId: beat.id, kind: beat.kind }, on: MOVES_BY_KIND[beat.kind] };
}

function phaseState(phase: Exclude<Phase, 'debrief'>) {
  const beats = BEATS.filter((b) => b.phase === phase);
  return {
    initial: 'route',
    states: {
      route: {
        always: beats.map((b) => ({ guard: { type: 'atBeat', params: { beatId: b.id } }, target: stateKey(b.id) })),
      },
      ...Object.fromEntries(beats.map((b) => [stateKey(b.id), beatState(b)])),
    },
  };
}

export const summitMachine = setup({
  types: {
    context: {} as GameContext,
    events: {} as GameEvent,
    input: {} as MachineInput,
  },
  guards: {
    validMove: ({ context, event }) => moveError(context, event) === null,
    atBeat: ({ context }, params: { beatId: string }) => context.beatId === params.beatId,
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
    ...Object.fromEntries(PLAYED_PHASES.map((phase) => [phase, phaseState(phase)])),
    debrief: { type: 'final' },
  },
});

export type SummitMachine = typeof summitMachine;
