/**
 * Gate (issue: the counterpart can be beaten by a script), for the players who talk across the table
 * (`talkers.ts`: gestures then steps, nickel-and-diming, a threat, questions and a true preference): in
 * either seat, the player's gain beats the AI seat's own gain in at most 70% of 200 seeds, and every AI
 * acceptance is at or above its own private reservation value.
 */
import { describe, expect, it } from 'vitest';
import { checkPolicies } from './policyGate.ts';
import { TALKERS } from './talkers.ts';

describe('gate: no talking policy beats the AI seat', () => {
  it('in the US seat', () => {
    expect(TALKERS.length).toBe(4);
    checkPolicies('us', TALKERS);
  }, 90_000);

  it('in the DPRK seat', () => {
    checkPolicies('dprk', TALKERS);
  }, 90_000);
});
