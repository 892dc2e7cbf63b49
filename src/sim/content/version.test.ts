/** The content version follows the scenario's structure and nothing else. */
import { describe, expect, it } from 'vitest';
import { ISSUE_IDS } from '../model/ids.ts';
import { SCENARIO, type ScenarioContent } from './scenario.ts';
import { CONTENT_VERSION, contentVersionOf } from './version.ts';

type DeepMutable<T> = { -readonly [K in keyof T]: DeepMutable<T[K]> };

const versionAfter = (edit: (c: DeepMutable<ScenarioContent>) => void): string => {
  const copy = structuredClone(SCENARIO) as DeepMutable<ScenarioContent>;
  edit(copy);
  return contentVersionOf(copy as ScenarioContent);
};

describe('CONTENT_VERSION', () => {
  it('is a short base-36 hash of the real content', () => {
    expect(CONTENT_VERSION).toMatch(/^[0-9a-z]{7}$/);
    expect(contentVersionOf(SCENARIO)).toBe(CONTENT_VERSION);
  });

  it('changes when a beat, choice, event, issue, facility or start point changes, or beats move', () => {
    const changed = [
      versionAfter((c) => {
        c.beats[3].id = 'brief.renamed';
      }),
      versionAfter((c) => {
        c.beats[5].choices.pop();
      }),
      versionAfter((c) => {
        c.beats[5].choices[0].id = `${c.beats[5].id}.renamed`;
      }),
      versionAfter((c) => {
        c.beats.splice(2, 1);
      }),
      versionAfter((c) => {
        [c.beats[1], c.beats[2]] = [c.beats[2], c.beats[1]];
      }),
      versionAfter((c) => {
        c.events[0].beforeBeat = c.beats[9].id;
      }),
      versionAfter((c) => {
        c.facilities.pop();
      }),
      // A later start replays the record's choices up to its beat: moving it, or changing which choice
      // is the record's, changes what a saved game's moves mean.
      versionAfter((c) => {
        c.startPoints[3].beat = c.beats[20].id;
      }),
      versionAfter((c) => {
        const beat = c.beats.find((b) => b.choices.some((x) => x.historical) && b.choices.length > 1);
        if (!beat) throw new Error('no beat with a historical choice');
        for (const x of beat.choices) x.historical = !x.historical;
      }),
      contentVersionOf(SCENARIO, [...ISSUE_IDS].reverse()),
    ];
    for (const v of changed) expect(v).not.toBe(CONTENT_VERSION);
    expect(new Set(changed).size).toBe(changed.length);
  });

  it('stays the same when only text or numbers change (the same moves still mean the same)', () => {
    const reworded = versionAfter((c) => {
      c.beats[0].text = 'Reworded.';
      c.beats[0].title = 'Retitled';
      c.beats[0].choices[0].label = 'Relabelled';
      c.beats[0].choices[0].effects = { meters: { chemistry: 0.5 } };
      c.events[0].chance = 0.1;
    });
    expect(reworded).toBe(CONTENT_VERSION);
  });
});
