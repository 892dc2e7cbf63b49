import { describe, expect, it } from 'vitest';
import { oddsFrom } from './odds.ts';
import { Session } from './session.ts';
import { normalizeSettings } from './settings.ts';
import { Timeline } from './timeline.ts';

const HOT = normalizeSettings({ seats: { us: 'human', dprk: 'human' }, mode: 'open' });

function playFirstChoices(t: Timeline, n: number, pick = 0): void {
  for (let i = 0; i < n; i++) {
    const v = t.session.view();
    const enabled = v.choices.filter((c) => c.enabled);
    const side = v.turn?.side ?? 'us';
    expect(t.act({ type: 'CHOOSE', by: side, choiceId: enabled[Math.min(pick, enabled.length - 1)].id }).ok).toBe(true);
  }
}

describe('timeline tree', () => {
  it('a different choice at an earlier node opens a branch and keeps the old one', () => {
    const t = new Timeline(5, HOT);
    playFirstChoices(t, 6);
    const oldLeaf = t.current.id;
    const third = t.lineage(oldLeaf)[3];
    t.rewind(third);
    expect(t.session.log()).toHaveLength(3);
    playFirstChoices(t, 2, 1);
    expect(t.nodes[third].children.length).toBe(2);
    expect(t.leaves().map((n) => n.id)).toContain(oldLeaf);
    t.rewind(oldLeaf);
    expect(t.session.log()).toHaveLength(6);
  });

  it('rewinding gives exactly the state a straight replay gives, and replaying the same move rolls forward', () => {
    const t = new Timeline(9, HOT);
    playFirstChoices(t, 5);
    const leaf = t.current.id;
    const expected = Session.replay(9, HOT, t.pathTo(leaf)).context;
    t.rewind(t.lineage(leaf)[2]);
    const next = t.pathTo(leaf)[2];
    t.act(next);
    expect(t.current.id).toBe(t.lineage(leaf)[3]);
    t.rewind(leaf);
    expect(t.session.context).toEqual(expected);
    expect(t.nodes).toHaveLength(6);
  });

  it('seen markers distinguish this branch from any branch', () => {
    const t = new Timeline(5, HOT);
    playFirstChoices(t, 2, 0);
    const first = t.pathTo(t.current.id)[1];
    t.rewind(t.lineage(t.current.id)[1]);
    playFirstChoices(t, 1, 1);
    const seen = t.seen();
    expect(first.type === 'CHOOSE' && seen.anywhere.has(first.choiceId)).toBe(true);
    expect(first.type === 'CHOOSE' && seen.inBranch.has(first.choiceId)).toBe(false);
  });

  it('locked mode allows review but not a new branch', () => {
    const t = new Timeline(5, HOT);
    playFirstChoices(t, 3);
    t.locked = true;
    t.rewind(t.lineage(t.current.id)[1]);
    const v = t.session.view();
    const other = v.choices.filter((c) => c.enabled)[1];
    const r = t.act({ type: 'CHOOSE', by: v.turn?.side ?? 'us', choiceId: other.id });
    expect(r.ok).toBe(false);
    expect(t.nodes).toHaveLength(4);
  });

  it('records computer moves as nodes too', () => {
    const t = new Timeline(3, normalizeSettings({ seats: { us: 'human', dprk: 'ai' }, mode: 'open' }));
    for (let i = 0; i < 3; i++) {
      t.runAuto();
      playFirstChoices(t, 1);
    }
    t.runAuto();
    expect(t.nodes.filter((n) => n.event?.by === 'dprk').length).toBeGreaterThan(0);
    expect(t.nodes.length).toBeGreaterThan(4);
    expect(t.decisionsOf('us').every((n) => n.event?.by === 'us')).toBe(true);
  });
});

describe('odds from here', () => {
  it('is a seeded distribution over endings that sums to the rollout count', () => {
    const s = Session.start(HOT, 4);
    const a = oddsFrom(s.context, 40);
    const b = oddsFrom(s.context, 40);
    expect(a).toEqual(b);
    expect(Object.values(a.endings).reduce((x, y) => x + (y ?? 0), 0)).toBe(40);
    expect(Object.keys(a.endings).length).toBeGreaterThan(1);
  });
});
