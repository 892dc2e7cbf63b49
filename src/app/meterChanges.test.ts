import { describe, expect, it } from 'vitest';
import { Session } from '../sim/session/session.ts';
import { meterChanges } from './narrate.ts';

describe('meter changes told after a move', () => {
  const view = Session.start({ seats: { us: 'human', dprk: 'ai' } }, 3).view('us');
  const [first, second] = Object.keys(view.meters) as (keyof typeof view.meters)[];

  it('names each visible meter that moved, as shown (0–100), and nothing when none did', () => {
    const after = { ...view, meters: { ...view.meters, [first]: 0.12, [second]: view.meters[second] } };
    const before = { ...view, meters: { ...view.meters, [first]: 0.35 } };
    expect(meterChanges(before, after)).toMatch(/^Meters: .* 35 → 12\.$/);
    expect(meterChanges(view, view)).toBeNull();
    // A change too small to show in whole points is not a change on screen.
    expect(meterChanges(before, { ...before, meters: { ...before.meters, [first]: 0.3501 } })).toBeNull();
  });

  it('tells only meters both views show (a seat never hears the other side’s hidden meters)', () => {
    const { [first]: _hidden, ...rest } = view.meters;
    expect(meterChanges({ ...view, meters: rest }, { ...view, meters: { ...view.meters, [first]: 0.99 } })).toBeNull();
  });
});
