/**
 * The leak check on the counterpart's reasons: a real answer passes, while reasons sent to the seat
 * that gave them, or carrying a figure other than a whole level, are caught.
 */
import { describe, expect, it } from 'vitest';
import { Session } from '../sim/session/session.ts';
import type { View } from '../sim/session/view.ts';
import { leaksIn } from './leakCheck.ts';

/** A US human's offer at the table, answered by the computer's counteroffer: the US view after it. */
function answeredView(seed: number): View {
  const s = Session.start({ seats: { us: 'human', dprk: 'ai' }, mode: 'open' }, seed);
  for (let guard = 0; guard < 300 && !s.over; guard++) {
    if (s.stepAuto()) continue;
    const view = s.view('us');
    if (view.beat?.kind === 'table' && view.table?.open) {
      s.act({ type: 'OFFER', by: 'us', pkg: [2, 1, 2, 2, 1, 1, 1, 1, 1, 0, 0, 0] });
      s.stepAuto();
      const after = s.view('us');
      if (after.table?.lastAnswer) return after;
      continue;
    }
    const choice = view.choices.find((c) => c.enabled);
    if (choice) s.act({ type: 'CHOOSE', by: 'us', choiceId: choice.id });
    else break;
  }
  throw new Error('no answered offer');
}

const SEED = 918_273_645;

describe('the leak check on reasons', () => {
  it('passes a real answer and catches reasons that are misaddressed or carry a figure', () => {
    const view = answeredView(SEED);
    const table = view.table as NonNullable<View['table']>;
    const answer = table.lastAnswer as NonNullable<typeof table.lastAnswer>;
    const send = (v: View) => leaksIn({ to: '1:us', type: 'view', body: { side: 'us', view: v } }, SEED);
    expect(send(view)).toEqual([]);
    const own = { ...view, table: { ...table, lastAnswer: { ...answer, by: 'us' as const } } };
    expect(send(own)).toContain('reasons for an answer by us itself were sent to 1:us');
    const figure = {
      ...answer,
      reasons: { ...answer.reasons, redLine: { issue: 'warheads' as const, needs: 0.4321, bound: 'atMost' as const } },
    };
    expect(send({ ...view, table: { ...table, lastAnswer: figure } })).toContain(
      'a figure other than a level is in the reasons sent to 1:us',
    );
  });
});
