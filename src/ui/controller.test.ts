import { describe, expect, it } from 'vitest';
import type { Screen } from './controller.ts';
import { Controller } from './controller.ts';

const firstEnabled = (c: Controller) => c.view()?.choices.find((x) => x.enabled)?.id ?? '';

describe('the front-end flow', () => {
  it('plays the computer on both seats straight to the debrief at full speed', () => {
    const c = new Controller();
    const screens: Screen['kind'][] = [];
    c.on('screen', (s) => screens.push(s.kind));
    expect(c.start({ seats: { us: 'ai', dprk: 'ai' } }, 3, 'max')).toBeNull();
    expect(c.session?.over).toBe(true);
    expect(c.screen.kind).toBe('debrief');
    expect(screens.at(-1)).toBe('debrief');
  });

  it('hands the device over between two human seats and shows each only its own view', () => {
    const c = new Controller();
    c.start({ seats: { us: 'human', dprk: 'human' } }, 11, 'max');
    expect(c.screen).toEqual({ kind: 'pass', side: c.session?.view().turn?.side });
    let passes = 0;
    for (let i = 0; i < 30 && c.screen.kind !== 'aftermath'; i++) {
      if (c.screen.kind === 'pass') {
        const side = c.screen.side;
        c.confirmPass();
        passes++;
        expect(c.viewer).toBe(side);
        expect(c.view()?.viewer).toBe(side);
        continue;
      }
      const v = c.view();
      if (!v?.turn || v.beat?.kind === 'table') break;
      expect(c.choose(v.turn.side, firstEnabled(c))).toBe(true);
    }
    expect(passes).toBeGreaterThan(2);
  });

  it('tells a refused move instead of throwing', () => {
    const c = new Controller();
    const lines: string[] = [];
    c.on('narrate', (n) => lines.push(`${n.tone}: ${n.text}`));
    c.start({ seats: { us: 'human', dprk: 'ai' } }, 5, 'max');
    expect(c.choose('us', 'no.such.choice')).toBe(false);
    expect(lines.at(-1)).toMatch(/^error: /);
  });

  it('returns a clear message for bad settings', () => {
    const c = new Controller();
    expect(c.start({ seats: { us: 'robot' as 'human', dprk: 'ai' } }, 1, 'normal')).toMatch(/seats\.us must be one of/);
    expect(c.session).toBeNull();
  });
});
