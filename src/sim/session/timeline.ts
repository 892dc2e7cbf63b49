/**
 * The timeline tree: every move is a node; choosing differently at an earlier node opens a new branch
 * and keeps the old one, with no step limit. The live session always sits on one node; rewinding
 * rebuilds it by replaying the moves from the root (event sourcing), which stays well under a frame
 * even for a 200-move path (see `npm run bench`).
 */

import type { Problem } from '../content/problems.ts';
import { CONTENT_VERSION } from '../content/version.ts';
import type { GameEvent, Settings } from '../machine/types.ts';
import type { Side } from '../model/ids.ts';
import { parseSave, replayNote, replayNotice, SAVE_FORMAT, SAVE_VERSION, SaveError, type SaveFile } from './save.ts';
import { type ActResult, Session } from './session.ts';
import { SettingsError, type SettingsInput } from './settings.ts';

export interface LoadedTimeline {
  readonly timeline: Timeline;
  /** Saved moves that no longer fit the game (content changed, or the file was altered), with their branches. */
  readonly dropped: number;
  /** What the player should be told, or null when the save loaded exactly. */
  readonly message: string | null;
  /** The same as data, for a front end to show in the reader's language. */
  readonly notice: Problem | null;
}

export interface TimelineNode {
  readonly id: number;
  readonly parent: number | null;
  /** The move that led here (null for the root). */
  readonly event: GameEvent | null;
  readonly depth: number;
  readonly children: number[];
  /** Beat the move was made at (null for the root). */
  readonly beatId: string | null;
  /** The ending, when the game is over at this node. */
  ending: string | null;
}

/** Moves a load may replay when it jumps between branches (a few seconds' work at most). */
export const LOAD_REPLAY_BUDGET = 60_000;

const sameMove = (a: GameEvent, b: GameEvent): boolean => JSON.stringify(a) === JSON.stringify(b);

export class Timeline {
  readonly seed: number;
  readonly settings: Settings;
  readonly nodes: TimelineNode[] = [];
  /** Assessment mode: past choices can be reviewed but not changed. */
  locked = false;
  private currentId = 0;
  private live: Session;
  private readonly pendingBeats = new Map<number, string | null>();

  /** Throws SettingsError with a clear message for bad settings or seed. */
  constructor(seed: number, settings: Settings | SettingsInput) {
    this.live = Session.start(settings, seed);
    this.seed = this.live.seed;
    this.settings = this.live.settings;
    this.nodes.push({ id: 0, parent: null, event: null, depth: 0, children: [], beatId: null, ending: null });
  }

  get session(): Session {
    return this.live;
  }

  get current(): TimelineNode {
    return this.nodes[this.currentId];
  }

  /** Moves from the root to a node. */
  pathTo(id: number): GameEvent[] {
    const events: GameEvent[] = [];
    for (let n: TimelineNode | undefined = this.nodes[id]; n?.event; n = n.parent === null ? undefined : this.nodes[n.parent]) {
      events.push(n.event);
    }
    return events.reverse();
  }

  /** Node IDs from the root to a node. */
  lineage(id: number): number[] {
    const ids: number[] = [];
    for (let n: number | null = id; n !== null; n = this.nodes[n].parent) ids.push(n);
    return ids.reverse();
  }

  /**
   * Makes a move at the current node: follows an existing child with the same move (rolling forward
   * along a kept branch) or opens a new branch. In locked mode a node that already has a future
   * cannot be given another.
   */
  act(event: GameEvent, auto = false): ActResult {
    const here = this.current;
    const existing = here.children.find((c) => sameMove(this.nodes[c].event as GameEvent, event));
    if (this.locked && here.children.length > 0 && existing === undefined) {
      return { ok: false, error: 'This game is locked for assessment: past choices can be reviewed but not changed.' };
    }
    const beatId = this.live.context.beatId;
    const result = auto ? this.live.replayMove(event) : this.live.act(event);
    if (!result.ok) return result;
    const recorded = this.live.lastMove() as GameEvent;
    if (existing !== undefined) {
      this.currentId = existing;
    } else {
      const node: TimelineNode = {
        id: this.nodes.length,
        parent: here.id,
        event: recorded,
        depth: here.depth + 1,
        children: [],
        beatId,
        ending: null,
      };
      this.nodes.push(node);
      here.children.push(node.id);
      this.currentId = node.id;
    }
    if (this.live.over) this.current.ending = this.live.context.ending;
    return result;
  }

  /** Lets computer seats move, recording each move as a node. */
  runAuto(limit = 10_000): number {
    let n = 0;
    for (; n < limit; n++) {
      const move = this.live.peekAuto();
      if (!move || !this.act(move, true).ok) break;
    }
    return n;
  }

  /** A timeline whose one branch is a finished replay (a share code), standing on its last node. */
  static fromSession(session: Session): Timeline {
    const timeline = new Timeline(session.seed, session.settings);
    for (const event of session.playedMoves()) {
      const result = timeline.act(event, true);
      if (!result.ok) throw new Error(`A replayed move did not replay: ${result.error}`);
    }
    return timeline;
  }

  /** Goes to any node: the live session is rebuilt from the root's seed and the path's moves. */
  rewind(id: number): void {
    if (!Number.isInteger(id) || id < 0 || id >= this.nodes.length)
      throw new RangeError(`There is no node ${id} in this timeline.`);
    this.live = Session.replay(this.seed, this.settings, this.pathTo(id));
    this.currentId = id;
  }

  /** Choice IDs taken on the current branch, and anywhere in the tree. */
  /**
   * The beat waiting for a move at a node, or null at an ending: known from the node's children (their
   * moves were made at it), from the live session on the current node, and otherwise (a leaf left
   * unfinished) by replaying it once. A node's past never changes, so neither does the answer.
   */
  pendingBeatAt(id: number): string | null {
    const node = this.nodes[id];
    if (node.ending !== null) return null;
    if (node.children.length > 0) return this.nodes[node.children[0]].beatId;
    if (this.currentId === id) return this.live.context.beatId;
    let beatId = this.pendingBeats.get(id);
    if (beatId === undefined) {
      beatId = Session.replay(this.seed, this.settings, this.pathTo(id)).context.beatId;
      this.pendingBeats.set(id, beatId);
    }
    return beatId;
  }

  seen(): { inBranch: ReadonlySet<string>; anywhere: ReadonlySet<string> } {
    const onPath = new Set(this.lineage(this.currentId));
    const inBranch = new Set<string>();
    const anywhere = new Set<string>();
    for (const n of this.nodes) {
      if (n.event?.type !== 'CHOOSE') continue;
      anywhere.add(n.event.choiceId);
      if (onPath.has(n.id)) inBranch.add(n.event.choiceId);
    }
    return { inBranch, anywhere };
  }

  /** Nodes where a given side chose (the player's own history log, not every line of text). */
  decisionsOf(side: Side, id = this.currentId): TimelineNode[] {
    return this.lineage(id)
      .map((n) => this.nodes[n])
      .filter((n) => n.event !== null && n.event.by === side && this.settings.seats[side] === 'human');
  }

  leaves(): TimelineNode[] {
    return this.nodes.filter((n) => n.children.length === 0 && n.id !== 0);
  }

  /** The whole tree, the current node and the content version, as a current-version save. */
  save(): string {
    const file: SaveFile = {
      format: SAVE_FORMAT,
      version: SAVE_VERSION,
      seed: this.seed,
      settings: this.settings,
      nodes: this.nodes.slice(1).map((n) => ({ parent: (n.parent ?? 0) - 1, event: n.event as GameEvent })),
      current: this.currentId - 1,
      ...(this.locked ? { locked: true } : {}),
      content: CONTENT_VERSION,
    };
    return JSON.stringify(file);
  }

  /**
   * Loads a save of any supported version. Moves are replayed branch by branch as far as they stay
   * valid; a move that no longer fits is dropped with everything after it on its branch, and the
   * player lands on the saved node or, if it was dropped, its last surviving ancestor.
   */
  static load(json: unknown): LoadedTimeline {
    const save = parseSave(json);
    let timeline: Timeline;
    try {
      timeline = new Timeline(save.seed, save.settings);
    } catch (err) {
      if (err instanceof SettingsError) throw new SaveError('save_bad_settings', { reason: err.problem });
      throw err;
    }
    const ids: (number | null)[] = [];
    let dropped = 0;
    // Each jump to another branch replays its path from the root. Real trees (saved in the order they
    // were played) need a few thousand replayed moves; a crafted file could need millions, so refuse it.
    let replayed = 0;
    save.nodes.forEach((node, i) => {
      const parent = node.parent === -1 ? 0 : ids[node.parent];
      if (parent === null || parent === undefined) {
        ids[i] = null;
        dropped++;
        return;
      }
      if (timeline.currentId !== parent) {
        replayed += timeline.nodes[parent].depth;
        if (replayed > LOAD_REPLAY_BUDGET) throw new SaveError('save_too_many_branches');
        timeline.rewind(parent);
      }
      const ok = timeline.act(node.event, true).ok;
      ids[i] = ok ? timeline.currentId : null;
      if (!ok) dropped++;
    });
    timeline.locked = save.locked === true;
    let land: number | null = null;
    for (let i = save.current; i >= 0 && land === null; i = save.nodes[i].parent) land = ids[i];
    timeline.rewind(land ?? 0);
    return {
      timeline,
      dropped,
      message: replayNote(save.content, save.nodes.length, dropped),
      notice: replayNotice(save.content, save.nodes.length, dropped),
    };
  }
}
