import { describe, expect, it } from 'vitest';
import { normalizeSettings } from '../sim/session/settings.ts';
import { cardField, setupFromForm } from './classSetupForm.ts';
import { EVENTS } from './content.ts';

const form = (fields: Record<string, string>) => (name: string) => fields[name] ?? null;

describe('the Run a class form', () => {
  it('carries mode, persona, start point, length and forced event cards into a set-up the server accepts', () => {
    const first = EVENTS[0].id;
    const setup = setupFromForm(
      form({
        students: '12',
        pairing: 'computer',
        seeds: 'different',
        mode: 'open',
        persona: 'hawkish',
        start: 'dispute',
        length: 'class',
        [cardField(first)]: 'off',
        [cardField(EVENTS[1].id)]: '',
      }),
    );
    expect(setup).toEqual({
      students: 12,
      pairing: 'computer',
      seeds: 'different',
      game: { mode: 'open', persona: 'hawkish', start: 'dispute', length: 'class', events: { [first]: 'off' } },
    });
    // The game settings are valid for the core, as the server checks them (src/server/setup.ts).
    const settings = normalizeSettings({ ...setup.game, seats: { us: 'human', dprk: 'human' } });
    expect(settings).toMatchObject({ mode: 'open', persona: 'hawkish', start: 'dispute', length: 'class' });
  });

  it('falls back to the defaults for anything unexpected', () => {
    const setup = setupFromForm(form({ students: '4', pairing: 'everyone', mode: 'x', start: 'yesterday', persona: '' }));
    expect(setup.pairing).toBe('pairs');
    expect(setup.game).toMatchObject({
      mode: 'historical',
      persona: 'historical',
      start: 'beginning',
      length: 'full',
      events: {},
    });
    expect(() => normalizeSettings({ ...setup.game, seats: { us: 'human', dprk: 'human' } })).not.toThrow();
  });

  it('passes a pasted share link on as "from", trimmed, and leaves it out when the field is empty', () => {
    expect(setupFromForm(form({ students: '4', from: '  https://x.example/?code=abc  ' })).from).toBe(
      'https://x.example/?code=abc',
    );
    expect('from' in setupFromForm(form({ students: '4', from: '   ' }))).toBe(false);
    expect('from' in setupFromForm(form({ students: '4' }))).toBe(false);
  });

  it('the assessment lock checkbox sets "locked", and only when ticked', () => {
    expect(setupFromForm(form({ students: '2', locked: 'on' })).locked).toBe(true);
    expect('locked' in setupFromForm(form({ students: '2' }))).toBe(false);
  });

  it('carries a soft round timer when one is chosen, and none for 0 or anything else', () => {
    expect(setupFromForm(form({ students: '4', roundMinutes: '8' })).roundMinutes).toBe(8);
    for (const v of ['0', '', 'soon', '2.5'])
      expect('roundMinutes' in setupFromForm(form({ students: '4', roundMinutes: v }))).toBe(false);
  });
});
