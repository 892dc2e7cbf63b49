import { describe, expect, it } from 'vitest';
import { BEATS, type GameEvent, ISSUES } from '../sim/session/index.ts';
import { moveKind, moveLabel, moveLabelWithTerms, shortMoveLabel, stepLabel } from './moveWords.ts';
import { m } from './strings/catalogue.ts';

const choice = BEATS.flatMap((b) => b.choices.map((c) => ({ beat: b, choice: c }))).find((x) => x.beat.kind === 'choice');
const pkg = ISSUES.map(() => 0);
const EVENTS: readonly GameEvent[] = [
  { type: 'CHOOSE', by: 'us', choiceId: choice?.choice.id ?? '' },
  { type: 'DEFINE_SCOPE', by: 'dprk', facilities: [] },
  { type: 'OFFER', by: 'us', pkg },
  { type: 'ACCEPT', by: 'dprk' },
  { type: 'WALK', by: 'us' },
  { type: 'ADJOURN', by: 'dprk' },
  { type: 'INJECT', by: 'teacher', eventId: 'ev.cohen' },
  { type: 'ASSIGN_SEAT', by: 'teacher', side: 'dprk', seat: 'ai' },
];

describe('the words for a move', () => {
  it('gives every kind of move its own kind and its own words in each form', () => {
    expect(EVENTS.map(moveKind)).toEqual(['choice', 'scope', 'offer', 'accept', 'walk', 'adjourn', 'event', 'seat']);
    for (const form of [moveLabel, shortMoveLabel]) {
      const words = EVENTS.map((e) => form(e));
      expect(new Set(words).size).toBe(words.length);
      for (const w of words) expect(w.trim().length).toBeGreaterThan(0);
    }
    expect(moveKind(null)).toBe('start');
    expect(shortMoveLabel(null)).toBe('Start of the game');
  });

  it("uses the choice's own label, and spells out an offer's terms only where asked", () => {
    expect(moveLabel(EVENTS[0])).toBe(choice?.choice.label);
    expect(moveLabel(EVENTS[2])).toBe(m.story_move_offer());
    expect(moveLabelWithTerms(EVENTS[2])).toMatch(/^Offer: /);
    expect(moveLabelWithTerms(EVENTS[4])).toBe(moveLabel(EVENTS[4]));
    expect(moveLabel(EVENTS[6])).toBe('Event card: Hearing in Washington');
    expect(moveLabel(EVENTS[7])).toBe('The computer takes the DPRK seat');
    expect(moveLabel({ type: 'ASSIGN_SEAT', by: 'teacher', side: 'us', seat: 'human' })).toBe('A student takes the US seat');
  });

  it('words a step of the record the same way as the move it stands for', () => {
    expect(stepLabel('offer')).toBe(moveLabel(EVENTS[2]));
    expect(stepLabel('walk')).toBe(moveLabel(EVENTS[4]));
    expect(stepLabel(choice?.choice.id ?? '')).toBe(choice?.choice.label);
    expect(stepLabel('scope')).toMatch(/Yongbyon/);
  });
});
