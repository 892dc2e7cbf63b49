/** "So far on this path": counts the decisions, lists only the departures from the record, names the cards. */
import { describe, expect, it } from 'vitest';
import { choiceById } from '../sim/session/index.ts';
import { Session } from '../sim/session/session.ts';
import { pathSoFar } from './pathSoFar.ts';

/** Plays `decisions` list choices for both seats: the record's own, except at the positions in `leave`. */
function play(decisions: number, leave: ReadonlySet<number>): { session: Session; left: string[] } {
  const session = Session.start({ seats: { us: 'human', dprk: 'human' }, mode: 'open' }, 11);
  const left: string[] = [];
  for (let n = 0; n < decisions; n++) {
    const v = session.view();
    if (!v.turn || !v.beat || v.beat.kind === 'table') break;
    const enabled = v.choices.filter((c) => c.enabled).map((c) => c.id);
    const onRecord = enabled.find((id) => choiceById(id)?.choice.historical);
    const other = enabled.find((id) => id !== onRecord);
    const pick = leave.has(n) && onRecord && other ? other : (onRecord ?? enabled[0]);
    if (pick === other) left.push(choiceById(pick)?.choice.label ?? pick);
    const result = session.act({ type: 'CHOOSE', by: v.turn.side, choiceId: pick });
    if (!result.ok) throw new Error(result.error);
  }
  return { session, left };
}

describe('pathSoFar', () => {
  it('is null before any move', () => {
    expect(pathSoFar(play(0, new Set()).session.record())).toBeNull();
  });

  it('a path on the record has no departures, and every compared decision counts as on the record', () => {
    const summary = pathSoFar(play(6, new Set()).session.record());
    expect(summary?.decisions).toBeGreaterThan(0);
    expect(summary?.asOnRecord).toBe(summary?.decisions);
    expect(summary?.departures).toEqual([]);
  });

  it('lists exactly the decisions that left the record, in order, with what the record did instead', () => {
    const { session, left } = play(6, new Set([1, 4]));
    const summary = pathSoFar(session.record());
    expect(left.length).toBeGreaterThan(0);
    expect(summary?.departures.map((d) => d.chose)).toEqual(left);
    expect(summary?.departures.every((d) => d.record !== null && d.record !== d.chose)).toBe(true);
    expect((summary?.asOnRecord ?? 0) + (summary?.departures.length ?? 0)).toBe(summary?.decisions);
  });
});
