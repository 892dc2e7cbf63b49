import { describe, expect, it } from 'vitest';
import { beatById, choiceById, isHistoricalMove, PRESETS } from '../sim/session/index.ts';
import { Timeline } from '../sim/session/timeline.ts';
import { type BranchModel, branchModel, describeNode, type MapNode, shortLabel } from './branchModel.ts';

type Pick = (enabled: string[], beatId: string) => string;
const historical: Pick = (ids) => ids.find((id) => choiceById(id)?.choice.historical) ?? ids[0];
/** Anything but what `historical` picks, so a branch always differs (also where the record is silent). */
const notHistorical: Pick = (ids, beatId) => ids.find((id) => id !== historical(ids, beatId)) ?? ids[0];

/** Plays a game through the Timeline API: computer seats by runAuto, people by `pick` (the table: the US paper). */
function playOut(t: Timeline, pick: Pick = historical, stopAfter = Number.POSITIVE_INFINITY): void {
  let decisions = 0;
  for (let i = 0; i < 400 && decisions < stopAfter; i++) {
    t.runAuto();
    const v = t.session.view();
    if (v.over || !v.turn || !v.beat) return;
    const by = v.turn.side;
    const result =
      v.beat.kind === 'table'
        ? t.act({ type: 'OFFER', by, pkg: by === 'us' ? PRESETS.usBigDeal.pkg : PRESETS.dprkHanoiOffer.pkg })
        : t.act({
            type: 'CHOOSE',
            by,
            choiceId: pick(
              v.choices.filter((c) => c.enabled).map((c) => c.id),
              v.beat.id,
            ),
          });
    if (!result.ok) throw new Error(result.error);
    decisions++;
  }
}

/** Nodes where a person chose from a list: the states those choices were made in. */
const personChoicePoints = (t: Timeline): number[] =>
  t.nodes.filter((n) => n.event?.type === 'CHOOSE' && t.settings.seats[n.event.by] === 'human').map((n) => n.parent as number);

/** The layout's promises: one node per cell, lines straight and unbroken, drops that cross no node. */
function checkLayout(m: BranchModel): void {
  const cells = new Set<string>();
  for (const n of m.nodes) {
    const key = `${n.col},${n.row}`;
    expect(cells.has(key), `two nodes at ${key}`).toBe(false);
    cells.add(key);
    expect(n.col).toBe(n.depth);
    expect(n.row).toBeGreaterThanOrEqual(0);
    expect(n.row).toBeLessThan(m.rows);
  }
  expect(m.lines.map((l) => l.row)).toEqual(m.lines.map((_, i) => i));
  expect(m.lines.reduce((sum, l) => sum + l.nodes.length, 0)).toBe(m.nodes.length);
  for (const line of m.lines) {
    line.nodes.forEach((id, i) => {
      const n = m.nodes[id];
      expect(n.row).toBe(line.row);
      if (i > 0) {
        expect(n.parent).toBe(line.nodes[i - 1]);
        expect(n.lineHead).toBe(false);
      }
    });
    const head = m.nodes[line.nodes[0]];
    expect(head.parent).toBe(line.from);
    expect(head.lineHead).toBe(line.from !== null);
    const last = m.nodes[line.nodes.at(-1) as number];
    expect(last.children).toEqual([]);
    if (line.from === null) continue;
    // The drop from the branch point down (or up) to this line, in the branch point's column.
    const from = m.nodes[line.from];
    const [lo, hi] = from.row < line.row ? [from.row, line.row] : [line.row, from.row];
    for (let r = lo + 1; r < hi; r++)
      expect(cells.has(`${from.col},${r}`), `the drop from ${from.id} crosses row ${r}`).toBe(false);
  }
}

const byBeat = (m: BranchModel, beatId: string): MapNode[] => m.nodes.filter((n) => n.beatId === beatId);

describe('branch map model', () => {
  it('lays one historical game out on one line, all on the record, with untried counts at the player’s decisions', () => {
    const t = new Timeline(3, { seats: { us: 'human', dprk: 'ai' } });
    playOut(t);
    const m = branchModel(t);
    checkLayout(m);
    expect(m.rows).toBe(1);
    expect(m.branches).toBe(1);
    expect(m.cols).toBe(t.nodes.length);
    expect(m.nodes.every((n) => n.row === 0 && n.onPath && n.onRecord)).toBe(true);
    const leaf = m.nodes.at(-1) as MapNode;
    expect(leaf.current).toBe(true);
    expect(m.nodes.filter((n) => n.current)).toHaveLength(1);
    expect(leaf.ending).toEqual({ id: 'walkout', title: 'The walk' });
    expect(m.nodes.filter((n) => n.ending)).toHaveLength(1);
    expect(leaf.next).toBeNull();

    // The start: the first decision is the US player's, none of its choices but one taken.
    const start = m.nodes[0];
    expect(start.kind).toBe('start');
    expect(start.next?.beatId).toBe('brief.october');
    expect(start.next?.untried).toBe((beatById('brief.october')?.choices.length ?? 0) - 1);

    for (const n of m.nodes) {
      const child = n.children.length ? m.nodes[n.children[0]] : null;
      if (!child) continue;
      const beat = beatById(child.beatId as string);
      if (!beat) throw new Error(`no beat ${child.beatId}`);
      if (child.side === 'dprk' || beat.kind === 'table') {
        // The computer's decisions and the bargaining table are not counted.
        expect(n.next?.untried, `node ${n.id}`).toBeNull();
      } else {
        // Counted as the play screen counts them: the beat's choices, less the one taken.
        expect(n.next?.untried, `node ${n.id}`).toBe(beat.choices.length - 1);
      }
      expect(n.next?.beatId).toBe(beat.id);
    }
    const table = byBeat(m, 'talks.expanded');
    expect(table.length).toBeGreaterThan(2);
    expect(table.find((n) => n.side === 'us')).toMatchObject({ kind: 'offer', move: 'Offer', who: 'US player', byPerson: true });
    expect(table.find((n) => n.side === 'dprk')).toMatchObject({
      kind: 'offer',
      move: 'Offer',
      who: 'DPRK computer',
      byPerson: false,
    });
    const dinner = byBeat(m, 'talks.dinner')[0];
    expect(dinner.move).toBe(choiceById('talks.dinner.grandBargain')?.choice.label);
    expect(dinner.beatTitle).toBe('The 3+3 dinner');
    expect(describeNode(leaf)).toContain('. Ending: The walk.');
    // The last move: the DPRK's statement after the Stockholm table (twelve offers of the day's restated papers).
    expect(describeNode(leaf)).toMatch(
      /^Move 54, DPRK computer, Stockholm: what Pyongyang says: .+\. Current\. On the record\. Ending: The walk\.$/,
    );
  });

  it('opens a second branch at an earlier decision: rows, path, record and counts follow', () => {
    const t = new Timeline(3, { seats: { us: 'human', dprk: 'ai' } });
    playOut(t);
    const oldLeaf = t.current.id;
    const before = branchModel(t);
    const point = personChoicePoints(t)[2];
    const untriedBefore = before.nodes[point].next?.untried as number;
    expect(untriedBefore).toBeGreaterThan(0);

    t.rewind(point);
    playOut(t, notHistorical);
    const m = branchModel(t);
    checkLayout(m);
    expect(m.rows).toBe(2);
    expect(m.branches).toBe(2);
    expect(m.lines[1].from).toBe(point);
    const head = m.nodes[m.lines[1].nodes[0]];
    expect(head.lineHead).toBe(true);
    expect(head.row).toBe(1);
    expect(head.onRecord).toBe(false);
    expect(head.byPerson).toBe(true);
    const headMove = t.nodes[head.id].event;
    expect(headMove?.type === 'CHOOSE' && choiceById(headMove.choiceId)?.choice.historical === true).toBe(false);
    expect(headMove?.type).toBe('CHOOSE');
    // Everything after leaving the record is off it; the old line keeps its flags.
    for (const id of m.lines[1].nodes) expect(m.nodes[id].onRecord).toBe(false);
    for (const id of m.lines[0].nodes) expect(m.nodes[id].onRecord).toBe(true);
    // The current path: the first line up to the branch point, then the new line.
    const path = new Set(t.lineage(t.current.id));
    expect(m.nodes.filter((n) => n.onPath).map((n) => n.id)).toEqual([...path].sort((a, b) => a - b));
    expect(m.nodes[point].onPath).toBe(true);
    expect(m.nodes[oldLeaf].onPath).toBe(false);
    expect(m.nodes[oldLeaf].current).toBe(false);
    expect(m.nodes[oldLeaf].ending?.title).toBe('The walk');
    const newLeaf = m.nodes[t.current.id];
    expect(newLeaf.current).toBe(true);
    expect(newLeaf.row).toBe(1);
    expect(newLeaf.ending).not.toBeNull();
    // One choice fewer untried at the branch point; the count is the same wherever that beat comes again.
    expect(m.nodes[point].next?.untried).toBe(untriedBefore - 1);
    expect(m.nodes[point].children).toHaveLength(2);
    expect(describeNode(m.nodes[point])).toMatch(new RegExp(`Next decision: .+, ${untriedBefore - 1} choices? untried\\.$`));
  });

  it('keeps drops clear with several branches, nested ones and unfinished ones', () => {
    const t = new Timeline(7, { seats: { us: 'human', dprk: 'ai' }, mode: 'open' });
    playOut(t);
    const points = personChoicePoints(t);
    // A late branch, then an early one, then one nested in the early branch, left unfinished.
    t.rewind(points[8]);
    playOut(t, notHistorical);
    t.rewind(points[1]);
    playOut(t, notHistorical);
    const nested = personChoicePoints(t).filter((p) => !points.includes(p))[3];
    t.rewind(nested);
    playOut(t, historical, 4);
    const unfinished = t.current.id;
    const pendingThen = t.session.view().beat?.id;
    t.rewind(points[5]);
    const m = branchModel(t);
    checkLayout(m);
    expect(m.rows).toBe(4);
    expect(m.nodes[unfinished].children).toEqual([]);
    expect(m.nodes[unfinished].ending).toBeNull();
    // The decision waiting at a leaf left behind is found by replaying it.
    expect(m.nodes[unfinished].next?.beatId).toBe(pendingThen);
    // Rewinding only moves "current" and the path; nothing is lost.
    expect(m.nodes.filter((n) => n.current).map((n) => n.id)).toEqual([points[5]]);
    expect(m.nodes.filter((n) => n.children.length === 0)).toHaveLength(4);
    // The late branch point's alternative sits nearer its line than the early one's.
    const lateLine = m.lines.find((l) => l.from === points[8]);
    const earlyLine = m.lines.find((l) => l.from === points[1]);
    expect(lateLine && earlyLine && lateLine.row < earlyLine.row).toBe(true);
  });

  it('counts a choice tried in any branch as tried everywhere, and never counts for the computer', () => {
    const t = new Timeline(3, { seats: { us: 'human', dprk: 'human' } });
    playOut(t);
    const first = personChoicePoints(t)[0];
    const beat = t.nodes[t.nodes[first].children[0]].beatId as string;
    const total = beatById(beat)?.choices.length as number;
    expect(branchModel(t).nodes[first].next?.untried).toBe(total - 1);
    t.rewind(first);
    playOut(t, notHistorical);
    const m = branchModel(t);
    expect(m.nodes[first].next?.untried).toBe(total - 2);
    // Both seats are people here: the DPRK's decisions are counted too.
    const dprkPoint = m.nodes.find((n) => n.next?.side === 'dprk' && n.next.kind === 'choice');
    expect(dprkPoint?.next?.byPerson).toBe(true);
    expect(dprkPoint?.next?.untried).not.toBeNull();

    const auto = new Timeline(3, { seats: { us: 'ai', dprk: 'ai' } });
    auto.runAuto();
    const am = branchModel(auto);
    expect(am.nodes.every((n) => n.next === null || n.next.untried === null)).toBe(true);
    expect(am.nodes.slice(1).every((n) => n.who.endsWith('computer') && !n.byPerson)).toBe(true);
  });

  it('labels table and scope moves, and reads the record at the table by the paper tabled', () => {
    const t = new Timeline(3, { seats: { us: 'human', dprk: 'ai' } });
    playOut(t, historical);
    const scope = t.nodes.find((n) => n.beatId === 'dispute.us') as (typeof t.nodes)[number];
    t.rewind(scope.parent as number);
    expect(t.act({ type: 'DEFINE_SCOPE', by: 'us', facilities: ['yb.reactor5mw', 'yb.reprocessing'] }).ok).toBe(true);
    let m = branchModel(t);
    expect(m.nodes[t.current.id]).toMatchObject({ kind: 'scope', move: 'Defines Yongbyon', onRecord: false, who: 'US player' });

    const table = t.nodes.find((n) => n.beatId === 'talks.expanded' && n.event?.by === 'us') as (typeof t.nodes)[number];
    t.rewind(table.parent as number);
    expect(t.act({ type: 'OFFER', by: 'us', pkg: PRESETS.smallDeal.pkg }).ok).toBe(true);
    const offTheRecord = t.current.id;
    t.rewind(table.parent as number);
    expect(t.act({ type: 'WALK', by: 'us' }).ok).toBe(true);
    m = branchModel(t);
    checkLayout(m);
    expect(m.nodes[table.id]).toMatchObject({ move: 'Offer', onRecord: true });
    expect(m.nodes[offTheRecord]).toMatchObject({ move: 'Offer', onRecord: false });
    expect(m.nodes[t.current.id]).toMatchObject({ kind: 'walk', move: 'Walk out', onRecord: false });
    expect(isHistoricalMove({ type: 'ACCEPT', by: 'dprk' })).toBe(false);
    expect(isHistoricalMove({ type: 'OFFER', by: 'dprk', pkg: PRESETS.dprkHanoiOffer.pkg })).toBe(true);
    expect(isHistoricalMove({ type: 'OFFER', by: 'us', pkg: PRESETS.dprkHanoiOffer.pkg })).toBe(false);
  });

  it('shortens labels at a word', () => {
    expect(shortLabel('Walk out')).toBe('Walk out');
    const s = shortLabel('Put the grand bargain on the table over dinner', 28);
    expect(s.length).toBeLessThanOrEqual(28);
    expect(s).toBe('Put the grand bargain on…');
  });
});
