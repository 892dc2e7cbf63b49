/** The second channel's pure rules: truthful answers, consistency, the step search, liking and concessions. */
import { describe, expect, it } from 'vitest';
import { deliberate, type TableView } from './counterpart.ts';
import {
  believePreference,
  earlierAnswer,
  favoursOwedBy,
  INITIAL_TALK,
  importanceOf,
  oneStep,
  refusedLevels,
  statedTop,
  type TalkLine,
  type TalkState,
  topIssue,
  truthChance,
} from './dialogue.ts';
import { HISTORICAL_METERS } from './hidden.ts';
import { SIDES } from './ids.ts';
import { ISSUE_IDS, ISSUES, issueIndex, issuesInPlay, LEVEL_COUNTS } from './issues.ts';
import { estimatedUtility, initialBelief, OPPONENT_TYPES } from './opponentModel.ts';
import type { Package } from './package.ts';
import { dealValue } from './phases.ts';
import { PRESETS } from './presets.ts';
import { rngStream, seedRng } from './rng.ts';
import { redLine } from './utility.ts';

const talk = (lines: TalkLine[]): TalkState => ({ ...INITIAL_TALK, lines });

describe('what the counterpart says about itself', () => {
  it('tells the truth more readily the more it trusts and likes the asker, within [0.05, 0.95]', () => {
    for (const liking of [-1, 0, 1])
      for (let t = 0; t < 1; t += 0.1) {
        expect(truthChance(t + 0.1, liking)).toBeGreaterThanOrEqual(truthChance(t, liking));
        expect(truthChance(t, liking)).toBeGreaterThanOrEqual(0.05);
        expect(truthChance(t, liking)).toBeLessThanOrEqual(0.95);
      }
    expect(truthChance(0.4, 1)).toBeGreaterThan(truthChance(0.4, 0));
    expect(truthChance(0.9, 0)).toBeGreaterThan(truthChance(0.1, 0));
  });

  it('names as its top issue one whose weight no other issue in play exceeds', () => {
    for (const side of SIDES)
      for (const drills of [false, true]) {
        const top = ISSUES[issueIndex(topIssue(side, drills))];
        for (const i of issuesInPlay(drills)) expect(ISSUES[i].weight[side]).toBeLessThanOrEqual(top.weight[side]);
      }
    expect(topIssue('dprk', false)).toBe('sanctions');
  });

  it('ranks importance by weight: a great issue outweighs a middling one, which outweighs a little one', () => {
    const rank = { great: 2, some: 1, little: 0 } as const;
    for (const side of SIDES) {
      const inPlay = issuesInPlay(false).map((i) => ISSUE_IDS[i]);
      for (const a of inPlay)
        for (const b of inPlay) {
          const wa = ISSUES[issueIndex(a)].weight[side];
          const wb = ISSUES[issueIndex(b)].weight[side];
          if (wa > wb) expect(rank[importanceOf(side, a, false)]).toBeGreaterThanOrEqual(rank[importanceOf(side, b, false)]);
        }
      expect(importanceOf(side, topIssue(side, false), false)).toBe('great');
      expect(new Set(inPlay.map((id) => importanceOf(side, id, false))).size).toBe(3);
    }
  });

  it('lists exactly the levels of an issue that would cross its red line, the rest of the package kept', () => {
    const draw = rngStream(seedRng(11));
    let refusals = 0;
    for (let n = 0; n < 300; n++) {
      const base: Package = LEVEL_COUNTS.map((c) => Math.floor(draw() * c));
      for (const side of SIDES) {
        const issue = ISSUE_IDS[Math.floor(draw() * ISSUE_IDS.length)];
        const i = issueIndex(issue);
        const refused = refusedLevels(side, issue, base, HISTORICAL_METERS);
        refusals += refused.length;
        for (let l = 0; l < LEVEL_COUNTS[i]; l++) {
          const pkg = base.map((v, k) => (k === i ? l : v));
          expect(refused.includes(l)).toBe(redLine(side, pkg, HISTORICAL_METERS) !== null);
        }
      }
    }
    expect(refusals).toBeGreaterThan(0);
  });
});

describe('what the counterpart learns from what it is told', () => {
  it('a stated preference makes the types that stress it likelier, in proportion to trust', () => {
    const belief = initialBelief('dprk');
    const economy = OPPONENT_TYPES.dprk.findIndex((t) => t.id === 'economyFirst');
    const trusting = believePreference(belief, 'sanctions', 0.9);
    const wary = believePreference(belief, 'sanctions', 0.2);
    expect(trusting.probs[economy]).toBeGreaterThan(wary.probs[economy]);
    expect(wary.probs[economy]).toBeGreaterThan(belief.probs[economy]);
    expect(believePreference(belief, 'sanctions', 0).probs).toEqual(belief.probs);
    expect(trusting.probs.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('remembers what a side said, what it answered and what favours are owed', () => {
    const lines: TalkLine[] = [
      { by: 'us', say: { kind: 'prefer', issue: 'otherSites' }, reply: { kind: 'noted' }, at: 0 },
      { by: 'us', say: { kind: 'prefer', issue: 'sanctions' }, reply: { kind: 'contradicts', earlier: 'otherSites' }, at: 1 },
      { by: 'us', say: { kind: 'askTop' }, reply: { kind: 'evade' }, at: 2 },
      { by: 'us', say: { kind: 'askTop' }, reply: { kind: 'top', issue: 'sanctions' }, at: 3 },
      { by: 'us', say: { kind: 'favour' }, reply: { kind: 'thanks' }, at: 4 },
      { by: 'us', say: { kind: 'favour' }, reply: { kind: 'thanks' }, at: 5 },
      {
        by: 'us',
        say: { kind: 'oneMoreStep' },
        reply: { kind: 'step', issue: 'verification', level: 1, calledFavour: true },
        at: 6,
      },
    ];
    const state = talk(lines);
    expect(statedTop(state, 'us')).toBe('otherSites');
    expect(statedTop(state, 'dprk')).toBeNull();
    expect(earlierAnswer(state, 'dprk', { kind: 'askTop' })).toEqual({ kind: 'top', issue: 'sanctions' });
    expect(earlierAnswer(state, 'dprk', { kind: 'askIssue', issue: 'sanctions' })).toBeNull();
    expect(favoursOwedBy(state, 'dprk')).toBe(1);
    expect(favoursOwedBy(state, 'us')).toBe(0);
  });
});

describe('one more step', () => {
  const offer = PRESETS.dprkHanoiOffer.pkg;
  const ask = (floor: number) => ({
    side: 'dprk' as const,
    offer,
    belief: initialBelief('us'),
    value: (pkg: Package) => dealValue('dprk', pkg, HISTORICAL_METERS),
    crosses: (pkg: Package) => redLine('dprk', pkg, HISTORICAL_METERS) !== null,
    floor,
    withDrills: false,
  });

  it('moves one issue one level towards the asker, above the floor, inside the red lines', () => {
    const here = dealValue('dprk', offer, HISTORICAL_METERS);
    for (const slack of [0.01, 0.02, 0.05, 0.1]) {
      const step = oneStep(ask(here - slack));
      expect(step).not.toBeNull();
      if (!step) continue;
      const changed = step.pkg.map((l, i) => l - offer[i]).filter((d) => d !== 0);
      expect(changed).toHaveLength(1);
      expect(Math.abs(changed[0])).toBe(1);
      const i = issueIndex(step.issue);
      expect(step.pkg[i]).toBe(step.level);
      expect(ISSUES[i].value.us[step.level]).toBeGreaterThan(ISSUES[i].value.us[offer[i]]);
      expect(dealValue('dprk', step.pkg, HISTORICAL_METERS)).toBeGreaterThanOrEqual(here - slack);
      expect(redLine('dprk', step.pkg, HISTORICAL_METERS)).toBeNull();
      expect(estimatedUtility(initialBelief('us'), step.pkg)).toBeGreaterThan(estimatedUtility(initialBelief('us'), offer));
    }
  });

  it('refuses when no step keeps it at its floor', () => {
    expect(oneStep(ask(dealValue('dprk', offer, HISTORICAL_METERS) + 0.01))).toBeNull();
  });
});

describe('liking moves concessions', () => {
  it('the more the counterpart likes the other side, the less it aims for, never below its reservation value', () => {
    const view: TableView = {
      side: 'dprk',
      meters: HISTORICAL_METERS,
      persona: 'historical',
      t: 0.5,
      belief: initialBelief('us'),
      standing: null,
      theirOffers: [],
      refused: 0,
      withDrills: false,
      draw: 0.5,
    };
    const cold = deliberate({ ...view, likeability: -1 });
    const none = deliberate(view);
    const warm = deliberate({ ...view, likeability: 1 });
    expect(cold.target).toBeGreaterThan(none.target);
    expect(none.target).toBeGreaterThan(warm.target);
    expect(warm.target).toBeGreaterThanOrEqual(warm.rv - 0.015);
  });
});
