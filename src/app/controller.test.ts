import { describe, expect, it } from 'vitest';
import { Timeline } from '../sim/session/timeline.ts';
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

  it('keeps the result card of a decision until the player continues, decides again or hands over', () => {
    const c = new Controller();
    c.start({ seats: { us: 'human', dprk: 'ai' }, mode: 'open' }, 5, 'max');
    expect(c.result).toBeNull();
    const first = c.view()?.choices.find((x) => x.enabled);
    expect(c.choose('us', first?.id ?? '')).toBe(true);
    expect(c.result?.decision).toBe(first?.label);
    expect(c.result?.metersShown).toBe(true);
    let updates = 0;
    c.on('update', () => updates++);
    c.dismissResult();
    expect(c.result).toBeNull();
    expect(updates).toBe(1);
    // Another decision replaces it; going back in time clears it.
    const next = c.view()?.choices.find((x) => x.enabled);
    if (next && c.view()?.beat?.kind === 'choice') {
      c.choose('us', next.id);
      expect(c.result?.decision).toBe(next.label);
    }
    expect(c.goTo(1)).toBeNull();
    expect(c.result).toBeNull();
    // Hot-seat: the card says what happened, without either side's readings, and goes with the device.
    const hot = new Controller();
    hot.start({ seats: { us: 'human', dprk: 'human' }, mode: 'open' }, 11, 'max');
    for (let i = 0; i < 30 && !hot.result; i++) {
      if (hot.screen.kind === 'pass') hot.confirmPass();
      const v = hot.view();
      if (!v?.turn || v.beat?.kind !== 'choice') break;
      hot.choose(v.turn.side, firstEnabled(hot));
    }
    expect(hot.result?.metersShown).toBe(false);
    expect(hot.result?.changes).toEqual([]);
    if (hot.screen.kind === 'pass') {
      hot.confirmPass();
      expect(hot.result).toBeNull();
    }
  });

  it('tells meter changes to a lone human seat, never in the log two hot-seat players share', () => {
    const told = (seats: { us: 'human'; dprk: 'human' | 'ai' }) => {
      const c = new Controller();
      const lines: string[] = [];
      c.on('narrate', (n) => lines.push(n.text));
      c.start({ seats }, 3, 'max');
      for (let i = 0; i < 12 && !c.session?.over; i++) {
        if (c.screen.kind === 'pass') c.confirmPass();
        const v = c.view();
        if (!v?.turn || v.beat?.kind !== 'choice') break;
        c.choose(v.turn.side, firstEnabled(c));
      }
      return lines.filter((l) => l.startsWith('Meters:'));
    };
    expect(told({ us: 'human', dprk: 'ai' }).length).toBeGreaterThan(0);
    expect(told({ us: 'human', dprk: 'human' })).toEqual([]);
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

  it('goes back to any node and keeps the branch it left', () => {
    const c = new Controller();
    c.start({ seats: { us: 'human', dprk: 'ai' } }, 6, 'max');
    for (let i = 0; i < 3; i++) expect(c.choose('us', firstEnabled(c))).toBe(true);
    const t = c.timeline;
    if (!t) throw new Error('no timeline');
    const leaf = t.current.id;
    const second = t.lineage(leaf).find((id) => t.nodes[id].event?.by === 'us' && id !== leaf) as number;
    expect(c.goTo(t.nodes[second].parent as number)).toBeNull();
    expect(c.screen.kind).toBe('play');
    const other = c.view()?.choices.filter((x) => x.enabled)[1]?.id as string;
    expect(c.choose('us', other)).toBe(true);
    expect(t.leaves().map((n) => n.id)).toContain(leaf);
    expect(t.leaves().length).toBe(2);
    expect(c.goTo(9999)).toMatch(/no node 9999/);
  });

  it('a locked game can be reviewed but not changed', () => {
    const c = new Controller();
    c.start({ seats: { us: 'human', dprk: 'ai' } }, 6, 'max', { locked: true });
    for (let i = 0; i < 2; i++) expect(c.choose('us', firstEnabled(c))).toBe(true);
    const t = c.timeline;
    if (!t) throw new Error('no timeline');
    c.goTo(0);
    const taken = firstEnabled(c);
    const other = c.view()?.choices.filter((x) => x.enabled && x.id !== taken)[0]?.id as string;
    expect(c.choose('us', other)).toBe(false);
    expect(t.nodes.length).toBeGreaterThan(2);
    expect(t.leaves().length).toBe(1);
  });

  it('opening a game from the branch map leaves the map for the game, and a shared watch waits paused', () => {
    const c = new Controller();
    c.start({ seats: { us: 'human', dprk: 'ai' } }, 6, 'max');
    c.showBranches();
    expect(c.screen.kind).toBe('branches');
    const copy = Timeline.fromSession(c.session as NonNullable<typeof c.session>);
    c.open(copy, 'max', 'Loaded.');
    expect(c.screen.kind).toBe('play');
    const watch = new Timeline(4, { seats: { us: 'ai', dprk: 'ai' } });
    watch.runAuto(5);
    c.open(watch, 'max', 'Shared.');
    expect(c.paused).toBe(true);
    expect(watch.current.depth).toBe(5);
  });

  it('in hot-seat, a jump in time always goes through the hand-over screen', () => {
    const c = new Controller();
    c.start({ seats: { us: 'human', dprk: 'human' } }, 11, 'max');
    for (let i = 0; i < 4; i++) {
      if (c.screen.kind === 'pass') c.confirmPass();
      const v = c.view();
      expect(c.choose(v?.turn?.side ?? 'us', firstEnabled(c))).toBe(true);
    }
    if (c.screen.kind === 'pass') c.confirmPass();
    expect(c.screen.kind).toBe('play');
    const t = c.timeline as Timeline;
    c.goTo(t.lineage(t.current.id).at(-2) as number);
    expect(c.screen.kind).toBe('pass');
  });
});
