import { describe, expect, it } from 'vitest';
import { formatLeft, leftAfter, roundText } from './roundClock.ts';

describe('the round timer in words', () => {
  it('shows minutes and seconds, rounded up, never below zero', () => {
    expect(formatLeft(300_000)).toBe('5:00');
    expect(formatLeft(61_001)).toBe('1:02');
    expect(formatLeft(1)).toBe('0:01');
    expect(formatLeft(-5)).toBe('0:00');
  });

  it('counts down from what was sent only while running', () => {
    const round = { minutes: 5, msLeft: 120_000, running: true, called: false };
    expect(leftAfter(round, 30_000)).toBe(90_000);
    expect(leftAfter(round, 500_000)).toBe(0);
    expect(leftAfter({ ...round, running: false }, 30_000)).toBe(120_000);
    expect(roundText(round, 30_000)).toContain('1:30');
    expect(roundText({ ...round, running: false }, 30_000)).toContain('2:00');
    expect(roundText({ ...round, running: false, called: true }, 0)).not.toContain('2:00');
  });
});
