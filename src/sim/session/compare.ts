import { beatById } from '../machine/script.ts';
import { type GameEvent, isSeatEvent, type Settings } from '../machine/types.ts';
import type { Reaction } from '../model/counterpart.ts';
import type { EndingId, MeterId, Side } from '../model/ids.ts';
import type { Scores } from '../model/outcome.ts';
import type { Package } from '../model/package.ts';
import { Session } from './session.ts';
import { VISIBLE_METERS } from './view.ts';

/** What compareBranches needs of a timeline: the Timeline class fits, and so does a plain copy of one. */
export interface TimelineLike {
  readonly seed: number;
  readonly settings: Settings;
  readonly nodes: readonly {
    readonly id: number;
    readonly parent: number | null;
    readonly event: GameEvent | null;
  }[];
}

export interface MoveSummary {
  /** The node the move leads to. */
  readonly nodeId: number;
  /** Moves from the root to that node. */
  readonly depth: number;
  readonly side: Side;
  readonly beatId: string;
  readonly beatTitle: string;
  readonly event: GameEvent;
  /** For a choice: its label as that game worded it (its text variant where one held); null otherwise. */
  readonly label: string | null;
  /** For an offer: how the other side read it. */
  readonly reaction: Reaction | null;
}

export interface MeterPoint {
  readonly nodeId: number;
  readonly depth: number;
  /** The viewer's visible meters after the move that led to this node (the start, for the root). */
  readonly values: Readonly<Partial<Record<MeterId, number>>>;
}

export interface BranchSummary {
  readonly nodeId: number;
  readonly depth: number;
  /** The moves from the split point to this branch's node. */
  readonly moves: readonly MoveSummary[];
  /** Where the branch stands: the beat being played, or null once the game is over. */
  readonly beatTitle: string | null;
  /**
   * The offer on the table at the branch's node, if a table is open or was last used; at the end of a
   * game, the summit's (not the follow-up table's).
   */
  readonly standing: { readonly by: Side; readonly pkg: Package } | null;
  /** The package both sides accepted, and whether it was signed. */
  readonly agreement: Package | null;
  readonly signed: boolean;
  /** The viewer's meters at every node of the path, root first: one point per node, so `depth + 1` in all. */
  readonly meters: readonly MeterPoint[];
  readonly ending: { readonly id: EndingId; readonly title: string; readonly summary: string } | null;
  readonly scores: Scores | null;
}

export interface Comparison {
  readonly viewer: Side;
  /** The meters the viewer can see, in display order (the keys of every MeterPoint). */
  readonly meterIds: readonly MeterId[];
  readonly split: {
    /** The deepest node both branches pass through. */
    readonly nodeId: number;
    readonly depth: number;
    /** The beat played at the split (where the two different moves were made); null if the game was over. */
    readonly beatId: string | null;
    readonly beatTitle: string | null;
    /** Each branch's first move after the split; null when that branch ends at the split node. */
    readonly a: MoveSummary | null;
    readonly b: MoveSummary | null;
  };
  readonly a: BranchSummary;
  readonly b: BranchSummary;
}

function lineage(t: TimelineLike, id: number): number[] {
  if (!Number.isInteger(id) || id < 0 || id >= t.nodes.length) throw new RangeError(`There is no node ${id} in this timeline.`);
  const ids: number[] = [];
  for (let n: number | null = id; n !== null; n = t.nodes[n].parent) ids.push(n);
  return ids.reverse();
}

interface Walk {
  readonly branch: BranchSummary;
  /** The beat being played at each depth of the path (before that depth's move). */
  readonly beatAt: readonly (string | null)[];
}

function walk(t: TimelineLike, path: readonly number[], viewer: Side, splitDepth: number): Walk {
  const session = Session.replay(t.seed, t.settings, []);
  const meterIds = VISIBLE_METERS[viewer];
  const pick = (): Partial<Record<MeterId, number>> => {
    const values: Partial<Record<MeterId, number>> = {};
    for (const id of meterIds) values[id] = session.context.meters[id];
    return values;
  };
  const meters: MeterPoint[] = [{ nodeId: path[0], depth: 0, values: pick() }];
  const beatAt: (string | null)[] = [session.context.beatId];
  const moves: MoveSummary[] = [];
  for (let depth = 1; depth < path.length; depth++) {
    const node = t.nodes[path[depth]];
    const event = node.event;
    if (!event) throw new Error(`Node ${node.id} has no move.`);
    const beatId = session.context.beatId ?? '';
    const label = event.type === 'CHOOSE' ? session.choiceLabel(event.choiceId) : null;
    const result = session.replayMove(event);
    if (!result.ok) throw new Error(`Move ${depth} on the way to node ${path.at(-1)} cannot be replayed: ${result.error}`);
    const ctx = session.context;
    beatAt.push(ctx.beatId);
    meters.push({ nodeId: node.id, depth, values: pick() });
    // A teacher's event card is not a seat's move; its effect shows in the meters and the record.
    if (depth > splitDepth && isSeatEvent(event)) {
      const lastOffer = event.type === 'OFFER' ? ctx.table?.offers.at(-1) : undefined;
      moves.push({
        nodeId: node.id,
        depth,
        side: event.by,
        beatId,
        beatTitle: beatById(beatId)?.title ?? beatId,
        event,
        label,
        reaction: lastOffer ? lastOffer.reaction : null,
      });
    }
  }
  const ctx = session.context;
  const view = session.view(viewer);
  const beatTitle = ctx.beatId === null ? null : (beatById(ctx.beatId)?.title ?? ctx.beatId);
  // A finished game is compared by its summit: the follow-up table's offers, months later, are not
  // where the summit ended (the debrief's offers chart reads the same table, View.summitOffers).
  const table = ctx.beatId === null && ctx.table?.span ? ctx.summitTable : ctx.table;
  const standing = table?.standing;
  return {
    branch: {
      nodeId: path[path.length - 1],
      depth: path.length - 1,
      moves,
      beatTitle,
      standing: standing ? { by: standing.by, pkg: [...standing.pkg] } : null,
      agreement: ctx.agreement ? [...ctx.agreement] : null,
      signed: ctx.signed,
      meters,
      ending: view.ending,
      scores: view.scores,
    },
    beatAt,
  };
}

/**
 * Compares the branches ending at nodes `a` and `b` (any two nodes; one may be an ancestor of the
 * other), as the `viewer` side sees them. Throws RangeError for a node that does not exist.
 */
export function compareBranches(timeline: TimelineLike, a: number, b: number, viewer: Side): Comparison {
  const pathA = lineage(timeline, a);
  const pathB = lineage(timeline, b);
  let common = 0;
  while (common + 1 < pathA.length && common + 1 < pathB.length && pathA[common + 1] === pathB[common + 1]) common++;
  const walkA = walk(timeline, pathA, viewer, common);
  const walkB = walk(timeline, pathB, viewer, common);
  const beatId = walkA.beatAt[common];
  return {
    viewer,
    meterIds: VISIBLE_METERS[viewer],
    split: {
      nodeId: pathA[common],
      depth: common,
      beatId,
      beatTitle: beatId === null ? null : (beatById(beatId)?.title ?? beatId),
      a: walkA.branch.moves[0] ?? null,
      b: walkB.branch.moves[0] ?? null,
    },
    a: walkA.branch,
    b: walkB.branch,
  };
}
