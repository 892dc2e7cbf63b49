import { describe, expect, it } from 'vitest';
import { beatById } from '../machine/script.ts';
import { type Comparison, compareBranches } from './compare.ts';
import { normalizeSettings } from './settings.ts';
import { Timeline } from './timeline.ts';
import { VISIBLE_METERS } from './view.ts';

const HOT = normalizeSettings({ seats: { us: 'human', dprk: 'human' }, mode: 'open' });
const AI = normalizeSettings({ seats: { us: 'ai', dprk: 'ai' }, mode: 'open' });

function playChoices(t: Timeline, n: number, pick = 0): void {
  for (let i = 0; i < n; i++) {
    const v = t.session.view();
    const enabled = v.choices.filter((c) => c.enabled);
    expect(t.act({ type: 'CHOOSE', by: v.turn?.side ?? 'us', choiceId: enabled[Math.min(pick, enabled.length - 1)].id }).ok).toBe(
      true,
    );
  }
}

/** Six choices, then back to move 3 and three other choices: two leaves that split at depth 3. */
function forked(): { t: Timeline; a: number; b: number; split: number } {
  const t = new Timeline(12, HOT);
  playChoices(t, 6);
  const a = t.current.id;
  const split = t.lineage(a)[3];
  t.rewind(split);
  playChoices(t, 3, 1);
  return { t, a, b: t.current.id, split };
}

/** Two whole games played by the computer that part at the first choice with an alternative. */
function finishedFork(seed: number): { t: Timeline; a: number; b: number; split: number } {
  const t = new Timeline(seed, AI);
  t.runAuto();
  const a = t.current.id;
  const path = t.lineage(a);
  for (const id of path.slice(2)) {
    const node = t.nodes[id];
    const parent = node.parent as number;
    t.rewind(parent);
    const other = t.session
      .view()
      .choices.find((c) => c.enabled && node.event?.type === 'CHOOSE' && c.id !== node.event.choiceId);
    if (!other) continue;
    const by = node.event?.type === 'CHOOSE' ? node.event.by : 'us';
    expect(t.act({ type: 'CHOOSE', by, choiceId: other.id }, true).ok).toBe(true);
    t.runAuto();
    return { t, a, b: t.current.id, split: parent };
  }
  throw new Error('no alternative choice on the path');
}

const swapped = (c: Comparison) => ({ ...c, split: { ...c.split, a: c.split.b, b: c.split.a }, a: c.b, b: c.a });

describe('compareBranches', () => {
  it('finds the split node, its beat and the two different moves', () => {
    const { t, a, b, split } = forked();
    const c = compareBranches(t, a, b, 'us');
    expect(c.split.nodeId).toBe(split);
    expect(c.split.depth).toBe(3);
    const firstA = t.nodes[t.lineage(a)[4]];
    const firstB = t.nodes[t.lineage(b)[4]];
    expect(firstA.id).not.toBe(firstB.id);
    expect(c.split.beatId).toBe(firstA.beatId);
    expect(c.split.beatTitle).toBe(beatById(firstA.beatId as string)?.title);
    expect(c.split.a?.nodeId).toBe(firstA.id);
    expect(c.split.b?.nodeId).toBe(firstB.id);
    expect(c.split.a?.event).toEqual(firstA.event);
    expect(c.split.b?.event).toEqual(firstB.event);
    expect(c.split.a?.event).not.toEqual(c.split.b?.event);
    expect(c.a.moves.map((m) => m.nodeId)).toEqual(t.lineage(a).slice(4));
    expect(c.b.moves.map((m) => m.nodeId)).toEqual(t.lineage(b).slice(4));
  });

  it('gives one meter point per node of each path, with the viewer’s visible meters only', () => {
    const { t, a, b } = forked();
    for (const viewer of ['us', 'dprk'] as const) {
      const c = compareBranches(t, a, b, viewer);
      expect(c.meterIds).toEqual(VISIBLE_METERS[viewer]);
      expect(c.a.meters).toHaveLength(t.lineage(a).length);
      expect(c.b.meters).toHaveLength(t.lineage(b).length);
      expect(c.a.meters.map((p) => p.nodeId)).toEqual(t.lineage(a));
      for (const p of [...c.a.meters, ...c.b.meters])
        expect(Object.keys(p.values).sort()).toEqual([...VISIBLE_METERS[viewer]].sort());
      // Before the split both branches are the same game.
      expect(c.a.meters.slice(0, 4)).toEqual(c.b.meters.slice(0, 4));
      // The last point is what the game shows at that node.
      t.rewind(b);
      expect(c.b.meters.at(-1)?.values).toEqual(t.session.view(viewer).meters);
    }
  });

  it('a → b and b → a are mirror images', () => {
    const { t, a, b } = forked();
    expect(compareBranches(t, b, a, 'us')).toEqual(swapped(compareBranches(t, a, b, 'us')));
    const f = finishedFork(7);
    expect(compareBranches(f.t, f.b, f.a, 'dprk')).toEqual(swapped(compareBranches(f.t, f.a, f.b, 'dprk')));
  }, 10_000);

  it('reports endings, scores and the packages at the end of finished branches', () => {
    let followUps = 0;
    for (const seed of [3, 7]) {
      const { t, a, b, split } = finishedFork(seed);
      const c = compareBranches(t, a, b, 'us');
      expect(c.split.nodeId).toBe(split);
      for (const [id, branch] of [
        [a, c.a],
        [b, c.b],
      ] as const) {
        expect(branch.ending?.id).toBe(t.nodes[id].ending);
        expect(branch.beatTitle).toBeNull();
        expect(branch.scores).not.toBeNull();
        t.rewind(id);
        const ctx = t.session.context;
        expect(branch.agreement).toEqual(ctx.agreement);
        expect(branch.signed).toBe(ctx.signed);
        // The summit's last offer, also after a follow-up table at Stockholm.
        const summit = ctx.table?.span ? ctx.summitTable : ctx.table;
        if (ctx.table?.span) followUps++;
        expect(branch.standing).toEqual(summit?.standing ?? null);
        expect(branch.meters).toHaveLength(t.lineage(id).length);
        expect(branch.moves).toHaveLength(t.lineage(id).length - 1 - c.split.depth);
        for (const m of branch.moves) expect(m.beatTitle.length).toBeGreaterThan(0);
        const offers = branch.moves.filter((m) => m.event.type === 'OFFER');
        for (const m of offers) expect(m.reaction).not.toBeNull();
      }
    }
    expect(followUps).toBeGreaterThan(0);
  }, 20_000);

  it('an ancestor against its descendant: the split is the ancestor and only one side moves on', () => {
    const { t, a } = forked();
    const mid = t.lineage(a)[2];
    const c = compareBranches(t, mid, a, 'us');
    expect(c.split.nodeId).toBe(mid);
    expect(c.split.a).toBeNull();
    expect(c.split.b?.nodeId).toBe(t.lineage(a)[3]);
    expect(c.a.moves).toEqual([]);
    expect(c.b.moves).toHaveLength(4);
    const same = compareBranches(t, a, a, 'us');
    expect(same.split.nodeId).toBe(a);
    expect(same.split.a).toBeNull();
    expect(same.split.b).toBeNull();
    expect(same.split.beatTitle).toBe(same.a.beatTitle);
  });

  it('works on a plain copy of a timeline and rejects nodes that do not exist', () => {
    const { t, a, b } = forked();
    const plain = JSON.parse(JSON.stringify({ seed: t.seed, settings: t.settings, nodes: t.nodes }));
    expect(compareBranches(plain, a, b, 'us')).toEqual(compareBranches(t, a, b, 'us'));
    expect(() => compareBranches(t, a, t.nodes.length, 'us')).toThrow(RangeError);
    expect(() => compareBranches(t, -1, b, 'us')).toThrow(RangeError);
  });
});
