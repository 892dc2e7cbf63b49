/**
 * "As on the record" only where the record says so: every historical choice states its basis; an
 * `onRecord` one stands on a sourced note; an `inferred` one is labelled as such by its beat's note (which
 * says the record is silent) and by the history log and the branch map (`moveRecordBasis`).
 */
import { describe, expect, it } from 'vitest';
import { BEATS } from '../content/beats/index.ts';
import { moveRecordBasis } from './recordBasis.ts';

const historical = BEATS.flatMap((b) => b.choices.filter((c) => c.historical).map((c) => ({ beat: b, choice: c })));

describe('the record basis of each historical choice', () => {
  it('is stated on every historical choice and on no other', () => {
    expect(historical.length).toBeGreaterThan(20);
    for (const { choice } of historical) expect(['onRecord', 'inferred'], choice.id).toContain(choice.record);
    for (const b of BEATS) for (const c of b.choices) if (!c.historical) expect(c.record, c.id).toBeUndefined();
  });

  it('puts every choice on the record on a sourced note', () => {
    const onRecord = historical.filter((x) => x.choice.record === 'onRecord');
    expect(onRecord.length).toBeGreaterThan(0);
    for (const { beat, choice } of onRecord) {
      expect(beat.history, choice.id).toBeDefined();
      expect(beat.history?.sources.length ?? 0, choice.id).toBeGreaterThan(0);
    }
  });

  it('labels every inferred choice: its note says the record is silent, and the log and map say inferred', () => {
    const inferred = historical.filter((x) => x.choice.record === 'inferred');
    expect(inferred.length).toBeGreaterThan(0);
    for (const { beat, choice } of inferred) {
      expect(beat.history?.text ?? '', choice.id).toMatch(/not public|not on the record/);
      expect(moveRecordBasis({ type: 'CHOOSE', by: beat.side, choiceId: choice.id })).toBe('inferred');
    }
  });

  it('shows a choice on the record as on the record, and a choice off it as neither', () => {
    const walk = historical.find((x) => x.choice.id === 'end.decision.walk');
    expect(walk?.choice.record).toBe('onRecord');
    expect(moveRecordBasis({ type: 'CHOOSE', by: 'us', choiceId: 'end.decision.walk' })).toBe('onRecord');
    const off = BEATS.find((b) => b.id === 'end.decision')?.choices.find((c) => !c.historical);
    expect(off).toBeDefined();
    expect(moveRecordBasis({ type: 'CHOOSE', by: 'us', choiceId: off?.id ?? '' })).toBeNull();
  });
});
