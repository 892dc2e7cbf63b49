/**
 * A choice's words read back later (History, Compare) are the words of the moment it was made:
 * `Session.choiceLabel` at any later point of the same path gives the label the choice had when chosen,
 * text variant included, because variants read only the agreed terms (validateContent). Checked over
 * random and computer games, and it must meet at least one variant on the way.
 */
import { describe, expect, it } from 'vitest';
import { choiceById, choiceText } from '../machine/script.ts';
import { Session } from './session.ts';

describe('a choice worded later on its path', () => {
  it('reads as it did when it was chosen, variants included', () => {
    let checked = 0;
    let variants = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const seats = seed % 3 === 0 ? { us: 'ai', dprk: 'ai' } : { us: 'random', dprk: seed % 2 ? 'ai' : 'random' };
      const s = Session.start({ seats, mode: seed % 2 ? 'open' : 'historical' }, seed);
      const atTheTime: { id: string; label: string }[] = [];
      for (let guard = 0; guard < 500 && !s.over; guard++) {
        const move = s.peekAuto();
        if (!move) break;
        if (move.type === 'CHOOSE') {
          const found = choiceById(move.choiceId);
          if (found) atTheTime.push({ id: move.choiceId, label: choiceText(found.choice, s.context).label });
        }
        s.stepAuto();
      }
      for (const { id, label } of atTheTime) {
        expect(s.choiceLabel(id), `seed ${seed}, ${id}`).toBe(label);
        checked++;
        if (label !== choiceById(id)?.choice.label) variants++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect(variants).toBeGreaterThan(0);
  });
});
