import { describe, expect, it } from 'vitest';
import { ENDING_IDS } from '../model/ids.ts';
import { PRESETS } from '../model/presets.ts';
import { Session } from '../session/session.ts';
import { EXPLORE_SEED, explorations, exploreGraph, pathsToEndings } from './explore.ts';
import { BEATS } from './script.ts';
import type { GameEvent, Settings } from './types.ts';

describe('the historical path', () => {
  it('with both seats following the record, the US walks out', () => {
    const s = Session.start({ seats: { us: 'ai', dprk: 'ai' }, mode: 'historical' }, 1);
    s.runAuto();
    expect(s.context.ending).toBe('walkout');
    expect(s.context.walkedBy).toBe('us');
    expect(s.context.firedEvents).toContain('ev.cohen');
  });

  it('a human US seat that picks every historical choice reaches the walkout and the debrief', () => {
    const s = Session.start({ seats: { us: 'human', dprk: 'ai' }, mode: 'historical' }, 2);
    for (let guard = 0; guard < 200 && !s.over; guard++) {
      s.runAuto();
      if (s.over) break;
      const v = s.view();
      const beat = BEATS.find((b) => b.id === v.beat?.id);
      if (beat?.kind === 'table') {
        expect(s.act({ type: 'OFFER', by: 'us', pkg: PRESETS.usBigDeal.pkg }).ok).toBe(true);
        continue;
      }
      const historical = beat?.choices.find((c) => c.historical);
      expect(historical, `historical choice at ${beat?.id}`).toBeDefined();
      expect(s.act({ type: 'CHOOSE', by: 'us', choiceId: historical?.id })).toEqual({ ok: true });
    }
    expect(s.over).toBe(true);
    expect(s.phase).toBe('debrief');
    expect(s.context.ending).toBe('walkout');
    expect(s.context.departed).toBe(false);
  });

  it('every beat on the historical path carries a sourced historical note', () => {
    const s = Session.start({ seats: { us: 'ai', dprk: 'ai' }, mode: 'historical' }, 1);
    s.runAuto();
    const visited = new Set(s.context.steps.map((st) => st.beatId));
    for (const beat of BEATS.filter((b) => visited.has(b.id))) {
      expect(beat.history, beat.id).toBeDefined();
      expect(
        beat.history?.sources.every((src) => /^https?:\/\//.test(src.url)),
        beat.id,
      ).toBe(true);
    }
  });
});

describe('model-based coverage from the machine graph', () => {
  // One traversal per configuration for both the report and the paths (each is seconds of work).
  const all = explorations();
  const report = exploreGraph(all);

  it('every beat and choice is reachable, no state is a dead end, and every ending can be reached', () => {
    expect(report.unreachable).toEqual([]);
    expect(report.deadEnds).toEqual([]);
    expect([...report.endings].sort()).toEqual([...ENDING_IDS].sort());
    expect(report.decisionPoints).toBeGreaterThanOrEqual(24);
  });

  const paths = new Map<string, { settings: Settings; events: GameEvent[] }>();
  for (const exploration of all) {
    for (const [ending, events] of pathsToEndings(exploration))
      if (!paths.has(ending)) paths.set(ending, { settings: exploration.settings, events });
  }
  for (const ending of ENDING_IDS) {
    it(`the graph's shortest path to "${ending}" replays through the session facade to that ending`, () => {
      const found = paths.get(ending);
      expect(found, `no path to ${ending}`).toBeDefined();
      const session = Session.replay(EXPLORE_SEED, found?.settings, found?.events ?? []);
      expect(session.over).toBe(true);
      expect(session.context.ending).toBe(ending);
    });
  }
});
