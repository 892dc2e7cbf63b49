import { describe, expect, it } from 'vitest';
import { Session } from '../sim/session/session.ts';
import { speechFor } from './speechScript.ts';

describe('what self-voicing reads', () => {
  const session = Session.start({ seats: { us: 'human', dprk: 'ai' } }, 3);
  const view = session.view('us');

  it('reads the beat, then each open choice with its shortcut as the setting names it', () => {
    const lines = speechFor(view, 'plain');
    expect(lines[0]).toBe(view.beat?.title);
    expect(lines[1]).toBe(view.beat?.text);
    const open = view.choices.filter((c) => c.enabled);
    expect(open.length).toBeGreaterThan(0);
    expect(lines).toContain(`Choice 1: ${view.choices[0].label}`);
    expect(speechFor(view, 'alt')).toContain(`Choice Alt+1: ${view.choices[0].label}`);
    expect(speechFor(view, 'off')).toContain(`Choice: ${view.choices[0].label}`);
    expect(lines.length).toBe(2 + open.length);
  });

  it('reads the ending when the game is over, and nothing of a beat it cannot see', () => {
    const ended = { ...view, beat: null, choices: [], ending: { id: 'walkout' as const, title: 'Walkout', summary: 'No deal.' } };
    expect(speechFor(ended, 'plain')).toEqual(['Walkout', 'No deal.']);
    expect(speechFor({ ...ended, ending: null }, 'plain')).toEqual([]);
  });
});
