import { describe, expect, it } from 'vitest';
import { parseLaunch, shareQuery } from './params.ts';
import { DEFAULT_PREFS, parsePrefs } from './prefs.ts';

describe('start links', () => {
  it('shows the menu when the link names no game', () => {
    expect(parseLaunch('')).toEqual({ kind: 'menu' });
    expect(parseLaunch('?test=1')).toEqual({ kind: 'menu' });
  });

  it('starts a game from seats, seed and mode', () => {
    expect(parseLaunch('?us=human&dprk=ai&seed=42&mode=open')).toEqual({
      kind: 'direct',
      settings: { seats: { us: 'human', dprk: 'ai' }, mode: 'open', persona: 'historical', drills: false },
      seed: 42,
      speed: 'normal',
    });
    const watch = parseLaunch('?us=ai&dprk=ai&seed=3&speed=max');
    expect(watch.kind === 'direct' && watch.speed).toBe('max');
  });

  it('draws a seed when the link has none', () => {
    const launch = parseLaunch('?us=ai&dprk=human', () => 7);
    expect(launch.kind === 'direct' && launch.seed).toBe(7);
  });

  it('explains every bad parameter', () => {
    const bad = parseLaunch('?us=robot&seed=banana&speed=warp');
    expect(bad.kind).toBe('error');
    if (bad.kind !== 'error') return;
    expect(bad.message).toContain('"us" must be one of human, ai, random');
    expect(bad.message).toContain('"seed" must be a whole number');
    expect(bad.message).toContain('"speed" must be one of');
    expect(parseLaunch('?us=human&mode=fantasy').kind).toBe('error');
    expect(parseLaunch('?us=human&seed=99999999999').kind).toBe('error');
  });

  it('round-trips through a share link', () => {
    const query = shareQuery({ seats: { us: 'human', dprk: 'human' }, mode: 'open', persona: 'hawkish' }, 12);
    const back = parseLaunch(query);
    expect(back.kind === 'direct' && back.settings).toEqual({
      seats: { us: 'human', dprk: 'human' },
      mode: 'open',
      persona: 'hawkish',
      drills: false,
    });
  });
});

describe('display preferences', () => {
  it('falls back to defaults for missing or broken storage', () => {
    const defaults = {
      textSize: 'normal',
      highContrast: false,
      motion: 'system',
      numberKeys: 'plain',
      voice: false,
      voiceRate: 1,
      voiceName: '',
    };
    expect(parsePrefs(null)).toEqual(defaults);
    expect(parsePrefs('{not json')).toEqual(defaults);
    expect(parsePrefs('{"textSize":"huge","highContrast":true,"motion":"reduce"}')).toEqual({
      ...DEFAULT_PREFS,
      highContrast: true,
      motion: 'reduce',
    });
  });
});
