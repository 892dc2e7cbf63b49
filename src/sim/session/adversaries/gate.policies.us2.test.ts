/**
 * Gate (issue: the counterpart can be beaten by a script): with the US seat played by scripted
 * policies 3–4 of POLICIES (concede-everything, hardheaded, Boulware human, tit-for-tat, the
 * rewinding prober), the player's gain beats the AI seat's own gain in at most 70% of 200 seeds, and
 * every AI acceptance is at or above its own private reservation value.
 */
import { describe, expect, it } from 'vitest';
import { POLICIES } from './index.ts';
import { checkPolicies } from './policyGate.ts';

describe('gate: no policy beats the AI seat (US seat, policies 3–4)', () => {
  it('no policy beats the AI gain in more than 70% of 200 seeds; no acceptance below the AI floor', () => {
    const players = POLICIES.slice(3, 5);
    expect(players.length).toBe(5 - 3);
    checkPolicies('us', players);
  }, 90_000);
});
