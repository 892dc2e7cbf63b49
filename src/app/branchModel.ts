/**
 * The branch map's model: the timeline tree as labelled, flagged nodes on a grid, shared by the Phaser
 * scene (which draws it) and the DOM tree (which reads it out). Pure: no DOM, no Phaser.
 *
 * Layout. Every node sits at column = its depth and row = its line ("lane"). A line runs from its head
 * along first children to a leaf; each further child starts a line of its own, like the variations
 * of a chess game. Lines are numbered depth-first, the alternatives of later moves before those of
 * earlier ones, so the drop from a branch point to any of its alternatives never crosses a node.
 *
 * A node is the game after a move; the decision pending there is told on that node ("next"), so going
 * to it is how a player tries the choices still untried. Untried choices are counted, never named,
 * and only where a person chooses from a list (choice and scope beats); bargaining-table moves are
 * open-ended, so they have no count.
 */
import { isHistoricalMove, isSeatEvent, moveRecordBasis, type Phase, type Side } from '../sim/session/index.ts';
import type { Timeline } from '../sim/session/timeline.ts';
import { beatById, ENDINGS } from './content.ts';
import { SIDE_SHORT } from './labels.ts';
import { type MoveKind, moveKind, shortMoveLabel } from './moveWords.ts';
import { m } from './strings/catalogue.ts';

export interface NextDecision {
  readonly beatId: string;
  readonly title: string;
  readonly kind: 'choice' | 'table' | 'scope';
  readonly side: Side;
  /** A person makes this decision (not a computer seat). */
  readonly byPerson: boolean;
  /**
   * The beat's choices that no node anywhere in the tree has taken (as the play screen counts them);
   * null where a count makes no sense (the computer's decisions, the bargaining table).
   */
  readonly untried: number | null;
}

export interface MapNode {
  readonly id: number;
  readonly parent: number | null;
  readonly depth: number;
  readonly children: readonly number[];
  /** Grid position: column (the depth) and row (the line). */
  readonly col: number;
  readonly row: number;
  /** The beat the move was made at; null for the start. */
  readonly beatId: string | null;
  readonly beatTitle: string;
  readonly phase: Exclude<Phase, 'debrief'> | null;
  readonly kind: MoveKind;
  /** The move in a few words: the choice's label, "Offer", "Accept", "Walk out", "Adjourn", "Defines Yongbyon". */
  readonly move: string;
  readonly side: Side | null;
  /** Made by a person rather than a computer seat. */
  readonly byPerson: boolean;
  /** "US player", "DPRK computer"; empty for the start. */
  readonly who: string;
  /** On the path from the start to the node the game stands on. */
  readonly onPath: boolean;
  readonly current: boolean;
  /** Every move from the start to here is what the real delegations did. */
  readonly onRecord: boolean;
  /** On the record, but this node's own move is inferred: the record is silent on that decision. */
  readonly inferred: boolean;
  /** The ending, when the game is over here. */
  readonly ending: { readonly id: string; readonly title: string } | null;
  /** The decision waiting here, when known (always for nodes with children and for the current node). */
  readonly next: NextDecision | null;
  /** The first node of a line other than the first: an alternative to its parent's first child. */
  readonly lineHead: boolean;
}

export interface MapLine {
  readonly row: number;
  /** Node IDs from the line's head to its leaf. */
  readonly nodes: readonly number[];
  /** The branch point this line leaves from (null for the first line, which starts at the root). */
  readonly from: number | null;
}

export interface BranchModel {
  readonly nodes: readonly MapNode[];
  /** Lines by row. */
  readonly lines: readonly MapLine[];
  readonly rows: number;
  readonly cols: number;
  readonly current: number;
  /** Leaves: how many branches the tree holds. */
  readonly branches: number;
}

/** Grid rows: depth-first, the alternatives of a line's later moves first (see the module note). */
function layLines(timeline: Timeline): { row: Int32Array; lines: MapLine[] } {
  const row = new Int32Array(timeline.nodes.length).fill(-1);
  const lines: MapLine[] = [];
  const stack: { head: number; from: number | null }[] = [{ head: 0, from: null }];
  while (stack.length > 0) {
    const { head, from } = stack.pop() as { head: number; from: number | null };
    const lane = lines.length;
    const nodes: number[] = [];
    for (let n: number | undefined = head; n !== undefined; n = timeline.nodes[n].children[0]) {
      nodes.push(n);
      row[n] = lane;
    }
    lines.push({ row: lane, nodes, from });
    // Pushed in reverse so that they pop in order: the last node's alternatives first, each in turn.
    const pending: { head: number; from: number }[] = [];
    for (let i = nodes.length - 1; i >= 0; i--) {
      for (const alt of timeline.nodes[nodes[i]].children.slice(1)) pending.push({ head: alt, from: nodes[i] });
    }
    for (let i = pending.length - 1; i >= 0; i--) stack.push(pending[i]);
  }
  return { row, lines };
}

export function branchModel(timeline: Timeline): BranchModel {
  const seats = timeline.settings.seats;
  const current = timeline.current.id;
  const onPath = new Set(timeline.lineage(current));
  const tried = timeline.seen().anywhere;
  const { row, lines } = layLines(timeline);
  const nodes: MapNode[] = [];
  let cols = 0;
  for (const n of timeline.nodes) {
    const parent = n.parent === null ? null : nodes[n.parent];
    const beat = n.beatId ? beatById(n.beatId) : undefined;
    const kind = moveKind(n.event);
    const move = shortMoveLabel(n.event);
    const side = n.event && isSeatEvent(n.event) ? n.event.by : null;
    const byPerson = side !== null && seats[side] === 'human';
    const pendingId = timeline.pendingBeatAt(n.id);
    const nextBeat = pendingId ? beatById(pendingId) : undefined;
    let next: NextDecision | null = null;
    if (nextBeat) {
      const person = seats[nextBeat.side] === 'human';
      const countable = person && nextBeat.kind !== 'table';
      next = {
        beatId: nextBeat.id,
        title: nextBeat.title,
        kind: nextBeat.kind,
        side: nextBeat.side,
        byPerson: person,
        untried: countable ? nextBeat.choices.filter((c) => !tried.has(c.id)).length : null,
      };
    }
    cols = Math.max(cols, n.depth + 1);
    nodes.push({
      id: n.id,
      parent: n.parent,
      depth: n.depth,
      children: [...n.children],
      col: n.depth,
      row: row[n.id],
      beatId: n.beatId,
      beatTitle: beat?.title ?? (n.event ? (n.beatId ?? '') : m.branch_the_start()),
      phase: beat?.phase ?? null,
      kind,
      move,
      side,
      byPerson,
      who: side
        ? byPerson
          ? m.branch_who_player({ side: SIDE_SHORT[side] })
          : m.branch_who_computer({ side: SIDE_SHORT[side] })
        : '',
      onPath: onPath.has(n.id),
      current: n.id === current,
      onRecord: parent === null ? true : parent.onRecord && n.event !== null && isHistoricalMove(n.event),
      inferred: n.event !== null && moveRecordBasis(n.event) === 'inferred',
      ending: n.ending ? { id: n.ending, title: ENDINGS[n.ending as keyof typeof ENDINGS]?.title ?? n.ending } : null,
      next,
      lineHead: parent !== null && parent.children[0] !== n.id,
    });
  }
  return {
    nodes,
    lines,
    rows: lines.length,
    cols,
    current,
    branches: lines.length,
  };
}

/** A node in words: the DOM tree item's name and the selected-node text. */
export function describeNode(node: MapNode): string {
  const parts: string[] = [];
  if (node.parent === null) parts.push(m.node_start_of_game());
  else parts.push(m.node_move({ depth: node.depth, who: node.who, beat: node.beatTitle, move: node.move.replace(/[.]$/, '') }));
  if (node.current) parts.push(m.node_current());
  if (node.onRecord && node.parent !== null) parts.push(node.inferred ? m.node_inferred() : m.node_on_record());
  if (node.ending) parts.push(m.node_ending({ ending: node.ending.title }));
  const untried = node.next?.untried;
  if (node.next && untried !== null && untried !== undefined && untried > 0)
    parts.push(m.node_next_decision({ title: node.next.title.replace(/[.]$/, ''), count: untried }));
  return `${parts.join('. ')}.`;
}

/** A short label for the canvas: at most `max` characters, cut at a word with an ellipsis. */
export function shortLabel(text: string, max = 28): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}
