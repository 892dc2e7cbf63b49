/** The adviser registry and the derived note IDs: registered roles, unique IDs, each seat its own advice. */
import { describe, expect, it } from 'vitest';
import { Session } from '../session/session.ts';
import { ADVISER_IDS, ADVISERS, adviserNoteId, historyNoteId } from './advisers.ts';
import { BEATS } from './beats/index.ts';
import { EVENTS } from './events.ts';
import { FACILITIES } from './facilities.ts';

describe('advisers and note IDs', () => {
  it('registers each role once, under its own ID, with a display name', () => {
    for (const id of ADVISER_IDS) {
      expect(ADVISERS[id].id).toBe(id);
      expect(ADVISERS[id].role.trim()).not.toBe('');
    }
    expect(new Set(ADVISER_IDS.map((id) => ADVISERS[id].role)).size).toBe(ADVISER_IDS.length);
  });

  it('derives a unique ID for every adviser note and every historical note', () => {
    const ids: string[] = [];
    for (const b of BEATS) {
      for (const a of b.advisers) ids.push(adviserNoteId(b.id, a));
      if (b.history) ids.push(historyNoteId(b.id));
    }
    for (const e of EVENTS) if (e.history) ids.push(historyNoteId(e.id));
    for (const f of FACILITIES) ids.push(historyNoteId(f.id));
    expect(ids.length).toBeGreaterThan(150);
    const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(repeated).toEqual([]);
  });

  it("shows each seat only its own side's advisers, at the table too", () => {
    const s = Session.start({ seats: { us: 'ai', dprk: 'ai' }, mode: 'historical' }, 1);
    while (s.view('us').beat?.id !== 'talks.expanded' && s.stepAuto()) {}
    const us = s.view('us');
    const dprk = s.view('dprk');
    expect(us.beat?.id).toBe('talks.expanded');
    expect(us.beat?.advisers.map((a) => a.adviser)).toEqual(['workingLevelDiplomat', 'hawk']);
    expect(dprk.beat?.advisers.map((a) => a.adviser)).toEqual(['partyEconomist']);
    expect(us.beat?.advisers[1]).toMatchObject({ id: 'talks.expanded.adviser.hawk', role: 'Hawk (NSC)' });
    expect(us.beat?.history?.id).toBe('talks.expanded.history');
  });
});
