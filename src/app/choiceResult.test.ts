/** The result card's data: the decision, its outcome and the readings it moved, from the seat's own Views. */
import { describe, expect, it } from 'vitest';
import { Session } from '../sim/session/session.ts';
import { choiceResult, meterDeltas, signedChange } from './choiceResult.ts';
import { choiceById } from './content.ts';

describe('the result of a decision', () => {
  it('names the decision and its outcome, and lists exactly the readings that moved as shown', () => {
    let withChanges = 0;
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const s = Session.start({ seats: { us: 'human', dprk: 'ai' }, mode: 'open' }, seed);
      for (let guard = 0; guard < 60 && !s.over; guard++) {
        if (s.stepAuto()) continue;
        const before = s.view('us');
        const choice = before.choices.find((c) => c.enabled);
        if (!choice || before.beat?.kind !== 'choice') break;
        const event = { type: 'CHOOSE' as const, by: 'us' as const, choiceId: choice.id };
        expect(s.act(event).ok).toBe(true);
        const after = s.view('us');
        const result = choiceResult(event, before, after, true);
        expect(result?.decision).toBe(choice.label);
        expect(result?.outcome).toBe(choiceById(choice.id)?.choice.outcome);
        const moved = Object.keys(after.meters).filter(
          (id) => Math.round((before.meters[id as never] ?? 0) * 100) !== Math.round((after.meters[id as never] ?? 0) * 100),
        );
        expect(result?.changes.map((d) => d.id)).toEqual(moved);
        for (const d of result?.changes ?? []) {
          expect(d.to).toBe(Math.round((after.meters[d.id] ?? 0) * 100));
          expect(signedChange(d)).toBe(d.to > d.from ? `+${d.to - d.from}` : `−${d.from - d.to}`);
        }
        if (moved.length > 0) withChanges++;
        // On a shared screen the card says what happened but lists no readings.
        expect(choiceResult(event, before, after, false)?.changes).toEqual([]);
      }
    }
    expect(withChanges).toBeGreaterThan(5);
  });

  it('is null for a move that is not a decision, and sees only the viewer’s meters', () => {
    const s = Session.start({ seats: { us: 'human', dprk: 'ai' }, mode: 'open' }, 1);
    const v = s.view('us');
    expect(choiceResult({ type: 'WALK', by: 'us' }, v, v, true)).toBeNull();
    const dprk = s.view('dprk');
    const deltas = meterDeltas(v, { ...v, meters: { ...v.meters, ...dprk.meters } });
    for (const d of deltas) expect(Object.keys(v.meters)).toContain(d.id);
  });
});
