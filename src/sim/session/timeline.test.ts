import { describe, expect, it } from 'vitest';
import { oddsFrom, rollout, rolloutByMove } from './odds.ts';
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

  it('a locked game stays locked through save and load, with its branches intact', () => {
    const t = new Timeline(5, HOT);
    playFirstChoices(t, 3);
    t.rewind(t.lineage(t.current.id)[1]);
    playFirstChoices(t, 1, 1);
    t.locked = true;
    const { timeline: back, dropped } = Timeline.load(t.save());
    expect(dropped).toBe(0);
    expect(back.locked).toBe(true);
    expect(back.nodes).toHaveLength(t.nodes.length);
    const unlocked = Timeline.load(new Timeline(5, HOT).save()).timeline;
    expect(unlocked.locked).toBe(false);
  });

  it('a replayed game becomes a one-branch timeline on its last node', () => {
    const t = new Timeline(9, HOT);
    playFirstChoices(t, 4);
    const copy = Timeline.fromSession(t.session);
    expect(copy.current.depth).toBe(4);
    expect(copy.session.view()).toEqual(t.session.view());
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
  }, 20_000);

  it('a rollout taken one move at a time ends exactly where the whole rollout does', () => {
    const s = Session.start(HOT, 4);
    for (let i = 0; i < 12; i++) {
      const moves = rolloutByMove(s.context, i);
      let steps = 0;
      let next = moves.next();
      for (; !next.done; next = moves.next()) steps++;
      expect(steps).toBeGreaterThan(5);
      expect(next.value).toBe(rollout(s.context, i));
    }
  });
});

describe('timeline saves', () => {
  function branchedTimeline(): Timeline {
    const t = new Timeline(12, HOT);
    playFirstChoices(t, 6);
    t.rewind(t.lineage(t.current.id)[3]);
    playFirstChoices(t, 3, 1);
    return t;
  }

  it('save → load keeps every branch and lands on the same node with the same state', () => {
    const t = branchedTimeline();
    const { timeline, dropped, message } = Timeline.load(t.save());
    expect(dropped).toBe(0);
    expect(message).toBeNull();
    expect(timeline.nodes.map((n) => [n.parent, n.event])).toEqual(t.nodes.map((n) => [n.parent, n.event]));
    expect(timeline.current.id).toBe(t.current.id);
    expect(timeline.session.context).toEqual(t.session.context);
  });

  it('migrates a version-1 save (a flat move list)', () => {
    const s = Session.start(HOT, 4);
    for (let i = 0; i < 5; i++) {
      const v = s.view();
      s.act({ type: 'CHOOSE', by: v.turn?.side, choiceId: v.choices.find((c) => c.enabled)?.id });
    }
    const v1 = JSON.stringify({ format: 'hanoi-summit-save', version: 1, seed: 4, settings: HOT, events: s.log() });
    expect(Session.load(v1).context).toEqual(s.context);
    expect(Timeline.load(v1).timeline.session.context).toEqual(s.context);
  });

  it('when content no longer fits, replays as far as it can, lands there and says what was dropped', () => {
    const t = branchedTimeline();
    const save = JSON.parse(t.save());
    const victim = save.nodes.findIndex((n: { parent: number }, i: number) => i > 0 && n.parent === i - 1 && i < 4);
    save.nodes[victim].event = { ...save.nodes[victim].event, choiceId: 'pre.removed.choice' };
    const { timeline, dropped, message } = Timeline.load(JSON.stringify(save));
    expect(dropped).toBeGreaterThan(0);
    expect(message).toMatch(/dropped/);
    expect(timeline.nodes.length).toBe(t.nodes.length - dropped);
    expect(timeline.current.depth).toBeLessThan(t.current.depth);
    expect(() => Session.load(JSON.stringify(save))).toThrow(/does not fit/);
  });
});

describe('loading a crafted tree', () => {
  it('refuses a save whose branches would take too long to rebuild, with a clear message', () => {
    const t = new Timeline(5, normalizeSettings({ seats: { us: 'ai', dprk: 'ai' }, mode: 'open' }));
    t.runAuto();
    expect(t.current.depth).toBeGreaterThan(40);
    const save = JSON.parse(t.save()) as { nodes: { parent: number; event: unknown }[]; current: number };
    // Thousands of one-move branches hanging off the deepest node, each interleaved with a deep move.
    const deep = save.nodes.length - 1;
    const nodes = [...save.nodes];
    for (let i = 0; i < 2400; i++)
      nodes.push({ parent: deep - 1, event: save.nodes[deep].event }, { parent: 0, event: save.nodes[1].event });
    const crafted = JSON.stringify({ ...save, nodes });
    expect(() => Timeline.load(crafted)).toThrow(/more branches than the game can rebuild/);
  }, 60_000);
});
