import { describe, expect, it } from 'vitest';
import { normalizeSettings } from '../sim/session/settings.ts';
import { Timeline } from '../sim/session/timeline.ts';
import { choiceMarks } from './choiceMarks.ts';
import { forwardPath, historyEntries } from './historyModel.ts';

const US = normalizeSettings({ seats: { us: 'human', dprk: 'ai' }, mode: 'historical' });

function choose(t: Timeline, index = 0): void {
  t.runAuto();
  const v = t.session.view();
  const c = v.choices.filter((x) => x.enabled)[index];
  if (!v.turn || !c) throw new Error('nothing to choose');
  expect(t.act({ type: 'CHOOSE', by: v.turn.side, choiceId: c.id }).ok).toBe(true);
}

describe('the history log', () => {
  it('lists only the player’s own decisions on the current path, each with the node to decide again', () => {
    const t = new Timeline(12, US);
    for (let i = 0; i < 5; i++) choose(t);
    t.runAuto();
    const log = historyEntries(t);
    expect(log.length).toBeGreaterThanOrEqual(5);
    expect(log.every((e) => e.side === 'us')).toBe(true);
    expect(log.every((e) => t.nodes[e.nodeId].parent === e.beforeId)).toBe(true);
    expect(log.some((e) => e.onRecord)).toBe(true);
    expect(log.map((e) => e.move)).toEqual([...log.map((e) => e.move)].sort((a, b) => a - b));
  });

  it('counts other branches and rolls forward along the kept one', () => {
    const t = new Timeline(12, US);
    for (let i = 0; i < 4; i++) choose(t);
    const end = t.current.id;
    const third = historyEntries(t)[2];
    t.rewind(third.beforeId);
    expect(forwardPath(t).at(-1)).toBe(end);
    choose(t, 1);
    const again = historyEntries(t);
    expect(again).toHaveLength(3);
    expect(again[2].otherBranches).toBe(1);
    expect(again[2].label).not.toBe(third.label);
  });
});

describe('seen markers', () => {
  it('marks a choice taken on another branch, counts the untried, and locks a reviewed node to its kept move', () => {
    const t = new Timeline(12, US);
    choose(t);
    choose(t);
    const before = historyEntries(t)[1].beforeId;
    t.rewind(before);
    const ids = t.session.view().choices.map((c) => c.id);
    const taken = t.nodes[t.nodes[before].children[0]].event;
    const marks = choiceMarks(t, ids);
    expect(taken?.type === 'CHOOSE' && marks.mark.get(taken.choiceId)).toBe('another branch');
    expect(marks.mark.size).toBe(1);
    expect(marks.untried).toBe(ids.length - 1);
    expect(marks.lockedTo).toBeNull();
    t.locked = true;
    expect([...(choiceMarks(t, ids).lockedTo ?? [])]).toEqual(taken?.type === 'CHOOSE' ? [taken.choiceId] : []);
  });
});
