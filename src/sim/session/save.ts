/**
 * The versioned save file. Version 3 holds the whole timeline tree (every branch a player opened), the
 * node they were on, and the content version it was played with; older versions are migrated on load
 * (1: a flat move list; 2: no content version, read as unknown). Parsing never trusts its input: every
 * problem is a SaveError with a message a player can act on.
 */

import { GameProblem, type Problem, problem, renderProblem } from '../content/problems.ts';
import { CONTENT_VERSION } from '../content/version.ts';
import type { GameEvent, Settings } from '../machine/types.ts';

export const SAVE_FORMAT = 'hanoi-summit-save';
export const SAVE_VERSION = 3;
/** Far above any real tree of games; refuses pasted junk before replaying it. */
const MAX_NODES = 5000;
const MAX_TEXT = 2_000_000;

export interface SavedNode {
  /** Index of the parent node; -1 for children of the root. Parents come before children. */
  readonly parent: number;
  readonly event: GameEvent;
}

export interface SaveFile {
  readonly format: typeof SAVE_FORMAT;
  readonly version: typeof SAVE_VERSION;
  readonly seed: number;
  readonly settings: Settings;
  readonly nodes: readonly SavedNode[];
  /** Index of the node the player was on; -1 for the start of the game. */
  readonly current: number;
  /** Assessment mode (optional; absent means unlocked). */
  readonly locked?: boolean;
  /** The content version the game was played with (`CONTENT_VERSION`); null when unknown (saves before version 3). */
  readonly content: string | null;
}

/** A save that cannot be read; the problem is data (content/problems.ts), the message its English. */
export class SaveError extends GameProblem {}

type Raw = Record<string, unknown>;

/** Each migration lifts a save from version k to k + 1. */
const MIGRATIONS: Readonly<Record<number, (old: Raw) => Raw>> = {
  1: (old) => {
    if (!Array.isArray(old.events)) throw new SaveError('save_no_moves');
    const nodes = old.events.map((event, i) => ({ parent: i - 1, event }));
    return { ...old, version: 2, nodes, current: nodes.length - 1, events: undefined };
  },
  2: (old) => ({ ...old, version: 3, content: null }),
};

export function parseSave(json: unknown): SaveFile {
  if (typeof json !== 'string') throw new SaveError('save_not_text');
  if (json.length > MAX_TEXT) throw new SaveError('save_too_large');
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new SaveError('save_not_json');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new SaveError('save_not_game');
  let d = data as Raw;
  if (d.format !== SAVE_FORMAT) throw new SaveError('save_not_save');
  // Fixed words only: a save file comes from anyone, so its contents are never repeated back.
  if (typeof d.version !== 'number' || !Number.isInteger(d.version)) throw new SaveError('save_version_damaged');
  if (d.version < 1 || d.version > SAVE_VERSION) throw new SaveError('save_version_unknown', { latest: SAVE_VERSION });
  if (Array.isArray(d.events) && d.events.length > MAX_NODES) throw new SaveError('save_too_many_moves');
  while ((d.version as number) < SAVE_VERSION) d = MIGRATIONS[d.version as number](d);
  const nodes = d.nodes;
  if (!Array.isArray(nodes)) throw new SaveError('save_no_moves');
  if (nodes.length > MAX_NODES) throw new SaveError('save_too_many_moves');
  nodes.forEach((n: unknown, i) => {
    const node = n as Raw | null;
    if (
      typeof node !== 'object' ||
      node === null ||
      !Number.isInteger(node.parent) ||
      (node.parent as number) < -1 ||
      (node.parent as number) >= i
    ) {
      throw new SaveError('save_move_damaged', { move: i + 1 });
    }
    if (typeof node.event !== 'object' || node.event === null) throw new SaveError('save_move_damaged', { move: i + 1 });
  });
  const current = d.current;
  if (!Number.isInteger(current) || (current as number) < -1 || (current as number) >= nodes.length) {
    throw new SaveError('save_no_current');
  }
  if (d.locked !== undefined && typeof d.locked !== 'boolean') throw new SaveError('save_locked_damaged');
  if (d.content !== null && (typeof d.content !== 'string' || !/^[0-9a-z]{1,16}$/.test(d.content)))
    throw new SaveError('save_content_damaged');
  return {
    format: SAVE_FORMAT,
    version: SAVE_VERSION,
    seed: d.seed as number,
    settings: d.settings as Settings,
    nodes: nodes as SavedNode[],
    current: current as number,
    ...(d.locked === true ? { locked: true } : {}),
    content: d.content as string | null,
  };
}

/**
 * What to tell the player after replaying a saved game or a share code as far as its moves still fit:
 * `moves` were recorded, `dropped` of them no longer fit, and `madeWith` is the content version the game
 * was played with (null when unknown). Null when there is nothing to say: same content, every move fits.
 */
export function replayNotice(madeWith: string | null, moves: number, dropped: number): Problem | null {
  if (madeWith !== null && madeWith !== CONTENT_VERSION) {
    return dropped === 0
      ? problem('replay_other_content_all_fit', { moves })
      : problem('replay_other_content_dropped', { moves, dropped });
  }
  return dropped === 0 ? null : problem('replay_dropped', { moves, dropped });
}

/** The same in English (logs, the CLI, tests). */
export function replayNote(madeWith: string | null, moves: number, dropped: number): string | null {
  const notice = replayNotice(madeWith, moves, dropped);
  return notice && renderProblem(notice);
}

/** The moves from the start to node `index` of a parsed save. */
export function pathOf(save: Pick<SaveFile, 'nodes'>, index: number): GameEvent[] {
  const events: GameEvent[] = [];
  for (let i = index; i >= 0; i = save.nodes[i].parent) events.push(save.nodes[i].event);
  return events.reverse();
}
