import { describe, expect, it } from 'vitest';
import { normalizeSettings } from '../session/settings.ts';
import { IMPLEMENTATION, implementationShift, withEpilogue } from './epilogue.ts';
import { initialContext } from './reduce.ts';
import { choiceById } from './script.ts';
import type { GameContext } from './types.ts';

const base = initialContext(normalizeSettings({ seats: { us: 'ai', dprk: 'ai' }, mode: 'open' }), 5);
const withSteps = (moves: string[]): GameContext => ({
  ...base,
  steps: moves.map((move) => ({ beatId: move.split('.').slice(0, 2).join('.'), side: 'us', move })),
});

describe('implementation choices and the epilogue', () => {
  it('names only choices the aftermath really has, each on a beat of the side it moves', () => {
    for (const [id, effect] of Object.entries(IMPLEMENTATION)) {
      const found = choiceById(id);
      expect(found, id).toBeDefined();
      expect(found?.beat.phase).toBe('aftermath');
      expect(effect.shift).toHaveLength(3);
    }
  });

  it('adds up the recorded implementation moves per side and phase', () => {
    const shift = implementationShift(withSteps(['after.dprkImplement.slowWalk', 'after.usImplement.asAgreed', 'talks.x.y']));
    expect(shift.dprk).toEqual(IMPLEMENTATION['after.dprkImplement.slowWalk'].shift);
    expect(shift.us).toEqual(IMPLEMENTATION['after.usImplement.asAgreed'].shift);
  });

  it('draws nothing for a game without a signed deal', () => {
    expect(withEpilogue(base).compliance).toBeNull();
  });
});
