import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFS, numberPressed, numberShortcut, parsePrefs } from './prefs.ts';

const key = (code: string, mods: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'repeat', boolean>> = {}) => ({
  code,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  repeat: false,
  ...mods,
});

describe('number-key shortcuts (WCAG 2.1.4)', () => {
  it('picks a choice only with exactly the modifier the setting asks for', () => {
    expect(numberPressed(key('Digit3'), 'plain')).toBe(3);
    expect(numberPressed(key('Numpad9'), 'plain')).toBe(9);
    expect(numberPressed(key('Digit3', { altKey: true }), 'plain')).toBeNull();
    expect(numberPressed(key('Digit3'), 'alt')).toBeNull();
    expect(numberPressed(key('Digit3', { altKey: true }), 'alt')).toBe(3);
    expect(numberPressed(key('Digit3', { altKey: true, ctrlKey: true }), 'alt')).toBeNull();
    expect(numberPressed(key('Digit3'), 'off')).toBeNull();
    expect(numberPressed(key('Digit3', { altKey: true }), 'off')).toBeNull();
  });

  it('never repeats a held key and ignores 0 and other keys', () => {
    expect(numberPressed(key('Digit1', { repeat: true }), 'plain')).toBeNull();
    expect(numberPressed(key('Digit0'), 'plain')).toBeNull();
    expect(numberPressed(key('KeyA'), 'plain')).toBeNull();
  });

  it('names the shortcut for aria-keyshortcuts, none when off', () => {
    expect(numberShortcut(2, 'plain')).toBe('2');
    expect(numberShortcut(2, 'alt')).toBe('Alt+2');
    expect(numberShortcut(2, 'off')).toBeNull();
    expect(numberShortcut(10, 'plain')).toBeNull();
  });

  it('keeps the setting across visits and reads a damaged one as the default', () => {
    expect(parsePrefs(JSON.stringify({ numberKeys: 'alt' })).numberKeys).toBe('alt');
    expect(parsePrefs(JSON.stringify({ numberKeys: 'ALT' })).numberKeys).toBe(DEFAULT_PREFS.numberKeys);
    expect(parsePrefs(null).numberKeys).toBe('plain');
  });
});
