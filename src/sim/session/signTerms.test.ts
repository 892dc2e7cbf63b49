/**
 * A choice that signs shows what it signs: the View's `signs` is exactly the package the move then
 * signs (Yongbyon as the DPRK defined it), and `signsWorth` is the viewer's value of it as the builder
 * and the debrief count it. Choices that sign nothing carry neither.
 */
import { describe, expect, it } from 'vitest';
import { Session } from './session.ts';

describe('the terms a signing choice shows', () => {
  it('are the terms signed, with the value the debrief scores', () => {
    let signed = 0;
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const s = Session.start({ seats: { us: 'human', dprk: 'ai' }, mode: 'open' }, seed);
      for (let guard = 0; guard < 300 && !s.over; guard++) {
        if (s.stepAuto()) continue;
        const view = s.view('us');
        if (view.beat?.kind === 'table') {
          // Take whatever the DPRK has on the table, so that a deal waits to be signed.
          const theirs = view.table?.standing?.by === 'dprk';
          if (!s.act(theirs ? { type: 'ACCEPT', by: 'us' } : { type: 'ADJOURN', by: 'us' }).ok) break;
          continue;
        }
        for (const c of view.choices) {
          if (!c.signs) expect(c.signsWorth).toBeNull();
          else expect(c.signsWorth).toEqual(s.valueOf('us', c.signs));
        }
        const signing = view.choices.find((c) => c.enabled && c.signs);
        const pick = signing ?? view.choices.find((c) => c.enabled);
        if (!pick) break;
        expect(s.act({ type: 'CHOOSE', by: 'us', choiceId: pick.id }).ok).toBe(true);
        if (signing) {
          const after = s.view('us');
          expect(after.signed).toBe(true);
          expect(after.agreement).toEqual(signing.signs);
          // The number shown before signing is the number frozen at signing, which the debrief scores.
          expect(s.context.valuation?.us.deal).toBeCloseTo(signing.signsWorth?.perceived ?? -1, 12);
          expect(s.context.valuation?.us.raw).toBeCloseTo(signing.signsWorth?.raw ?? -1, 12);
          signed++;
          break;
        }
      }
    }
    expect(signed).toBeGreaterThanOrEqual(3);
  });
});
