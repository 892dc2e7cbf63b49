/**
 * Where games are kept in the browser: one autosave per game plus named slots and imports, each under
 * its own key so that writing one can never damage another. Every failure — storage full, storage
 * switched off, a damaged entry — comes back as a message; nothing is deleted unless the player asks.
 * Storage is injected so the rules can be tested without a browser.
 */
import { m } from '../../app/strings/catalogue.ts';

/** The part of the Web Storage API this needs. */
export interface StorageLike {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type SlotKind = 'auto' | 'named' | 'imported';

/** What the saves list shows without replaying anything. */
export interface SlotSummary {
  /** Beat title where the game stands, or the ending's title. */
  readonly where: string;
  /** Moves from the start to where the game stands. */
  readonly moves: number;
  /** Nodes in the whole tree (all branches). */
  readonly nodes: number;
  readonly over: boolean;
}

export interface Slot {
  readonly id: string;
  readonly kind: SlotKind;
  readonly name: string;
  /** ISO time of the last write. */
  readonly savedAt: string;
  readonly summary: SlotSummary;
  /** The timeline save (JSON text, format "hanoi-summit-save"). */
  readonly data: string;
}

/** A stored entry that could not be read; listed so the player can export or delete it, never dropped. */
export interface DamagedSlot {
  readonly id: string;
  readonly damaged: true;
  readonly raw: string;
}

export type WriteResult = { readonly ok: true; readonly slot: Slot } | { readonly ok: false; readonly error: string };

const PREFIX = 'hanoi-summit.slot.';
const ACTIVE_KEY = 'hanoi-summit.active';

function isQuotaError(err: unknown): boolean {
  if (!(err instanceof Error) && !(typeof err === 'object' && err !== null)) return false;
  const e = err as { name?: string; code?: number };
  return e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22 || e.code === 1014;
}

/** A storage that keeps things in memory: used when the browser's is missing or refuses access. */
export class MemoryStorage implements StorageLike {
  private map = new Map<string, string>();
  get length(): number {
    return this.map.size;
  }
  key(i: number): string | null {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(k: string): string | null {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string): void {
    this.map.set(k, String(v));
  }
  removeItem(k: string): void {
    this.map.delete(k);
  }
}

/**
 * Characters that change how text around them is shown without being seen themselves: bidirectional
 * overrides and isolates, zero-width spaces and joiners, the word joiner and the byte-order mark. A
 * save name keeps none of them, so one name cannot pose as another.
 */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** A save name as it may be shown: visible characters only, spaces folded, at most 60 characters. */
export const cleanName = (name: string): string =>
  name
    .replace(INVISIBLE, '')
    // Control characters (tabs, new lines, escapes) become spaces.
    .replace(/\p{Cc}/gu, ' ')
    .trim()
    .replace(/\s+/g, ' ')
    .slice(0, 60);

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/** Every field of a stored summary has the type the list prints; anything else makes the slot damaged. */
function isSummary(v: unknown): v is SlotSummary {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Record<string, unknown>;
  return typeof s.where === 'string' && isCount(s.moves) && isCount(s.nodes) && typeof s.over === 'boolean';
}

function parseSlot(id: string, raw: string): Slot | DamagedSlot {
  try {
    const s = JSON.parse(raw) as Record<string, unknown> | null;
    if (
      s &&
      typeof s === 'object' &&
      s.id === id &&
      (s.kind === 'auto' || s.kind === 'named' || s.kind === 'imported') &&
      typeof s.name === 'string' &&
      typeof s.savedAt === 'string' &&
      !Number.isNaN(Date.parse(s.savedAt)) &&
      typeof s.data === 'string' &&
      isSummary(s.summary)
    ) {
      const { where, moves, nodes, over } = s.summary;
      return {
        id,
        kind: s.kind,
        name: cleanName(s.name) || m.saves_untitled(),
        savedAt: s.savedAt,
        summary: { where: cleanName(where), moves, nodes, over },
        data: s.data,
      };
    }
  } catch {
    // falls through to damaged
  }
  return { id, damaged: true, raw };
}

export const isDamaged = (s: Slot | DamagedSlot): s is DamagedSlot => 'damaged' in s;

export class SaveStore {
  /** Null when storage works; otherwise what the player should know. */
  readonly problem: string | null;
  /** Set when the last `list()` could not read the storage: the list shown is then not the whole story. */
  readProblem: string | null = null;
  private counter = 0;

  private constructor(
    private storage: StorageLike,
    problem: string | null,
    private now: () => Date,
    private tab: StorageLike | null,
  ) {
    this.problem = problem;
  }

  /** Opens the browser's storage, falling back to memory (with a message) when it is unavailable. */
  /**
   * `getTabStorage` is the tab's own storage (the browser's sessionStorage): it remembers which game
   * this tab is playing, so a reload resumes this tab's game even when another tab played since.
   */
  static open(
    getStorage: () => StorageLike | null | undefined,
    now: () => Date = () => new Date(),
    getTabStorage: () => StorageLike | null | undefined = () => null,
  ): SaveStore {
    let tab: StorageLike | null = null;
    try {
      tab = getTabStorage() ?? null;
      if (tab) void tab.length;
    } catch {
      tab = null;
    }
    try {
      const storage = getStorage();
      if (!storage) return new SaveStore(new MemoryStorage(), m.saves_storage_off(), now, tab);
      // Touching it is what throws when storage is switched off.
      void storage.length;
      return new SaveStore(storage, null, now, tab);
    } catch {
      return new SaveStore(new MemoryStorage(), m.saves_storage_off(), now, tab);
    }
  }

  /** Every slot, newest first; damaged entries last. */
  list(): (Slot | DamagedSlot)[] {
    const out: (Slot | DamagedSlot)[] = [];
    this.readProblem = null;
    try {
      for (let i = 0; i < this.storage.length; i++) {
        const key = this.storage.key(i);
        if (!key?.startsWith(PREFIX)) continue;
        const raw = this.storage.getItem(key);
        if (raw !== null) out.push(parseSlot(key.slice(PREFIX.length), raw));
      }
    } catch {
      this.readProblem = m.saves_unreadable();
    }
    const time = (s: Slot | DamagedSlot) => (isDamaged(s) ? '' : s.savedAt);
    return out.sort((a, b) => time(b).localeCompare(time(a)) || a.id.localeCompare(b.id));
  }

  get(id: string): Slot | DamagedSlot | null {
    try {
      const raw = this.storage.getItem(PREFIX + id);
      return raw === null ? null : parseSlot(id, raw);
    } catch {
      return null;
    }
  }

  /** A new ID that no stored slot has. */
  newId(): string {
    const stamp = this.now().getTime().toString(36);
    let id: string;
    do id = `${stamp}-${(this.counter++).toString(36)}`;
    while (this.get(id) !== null);
    return id;
  }

  /** A name no other slot has: "Name", else "Name (2)", "Name (3)"… */
  uniqueName(wanted: string, exceptId?: string): string {
    const base = cleanName(wanted) || m.saves_untitled();
    const taken = new Set(this.list().flatMap((s) => (isDamaged(s) || s.id === exceptId ? [] : [s.name])));
    if (!taken.has(base)) return base;
    for (let n = 2; ; n++) if (!taken.has(m.saves_numbered({ name: base, n }))) return m.saves_numbered({ name: base, n });
  }

  /**
   * Writes one slot under its own key. A new slot never takes an existing ID; rewriting an existing
   * ID is only for the same game's autosave. Storage errors come back as a message.
   */
  write(id: string, kind: SlotKind, name: string, data: string, summary: SlotSummary): WriteResult {
    const existing = this.get(id);
    if (existing && (isDamaged(existing) || existing.kind !== kind || kind !== 'auto'))
      return { ok: false, error: m.saves_slot_taken() };
    const slot: Slot = { id, kind, name, savedAt: this.now().toISOString(), summary, data };
    try {
      this.storage.setItem(PREFIX + id, JSON.stringify(slot));
    } catch (err) {
      return { ok: false, error: isQuotaError(err) ? m.saves_storage_full() : m.saves_not_written({ problem: String(err) }) };
    }
    return { ok: true, slot };
  }

  /** Deletes one slot; only ever called when the player asks. */
  remove(id: string): void {
    try {
      this.storage.removeItem(PREFIX + id);
      for (const where of [this.tab, this.storage]) if (where?.getItem(ACTIVE_KEY) === id) where.removeItem(ACTIVE_KEY);
    } catch {
      // Nothing else to do: the list will still show it.
    }
  }

  /**
   * The autosave a reload resumes: this tab's own game when the tab has one, else the game played last
   * in any tab (a new tab, or a browser without tab storage).
   */
  activeId(): string | null {
    try {
      const own = this.tab?.getItem(ACTIVE_KEY) ?? null;
      if (own !== null) return own;
    } catch {
      // Fall back to the shared pointer.
    }
    try {
      return this.storage.getItem(ACTIVE_KEY);
    } catch {
      return null;
    }
  }

  /**
   * This tab's own game, or null: set only in a tab that was playing, so only a reload of that tab
   * resumes straight into a game. A fresh visit (the next student at a shared computer) gets the title.
   */
  tabActiveId(): string | null {
    try {
      return this.tab?.getItem(ACTIVE_KEY) ?? null;
    } catch {
      return null;
    }
  }

  /** This tab leaves its game (for the title): a reload shows the title, which still offers Continue. */
  leaveTab(): void {
    try {
      this.tab?.removeItem(ACTIVE_KEY);
    } catch {
      // Nothing to forget.
    }
  }

  /** Points this tab (and new tabs) at a game's autosave; null forgets it. */
  setActive(id: string | null): void {
    for (const where of [this.tab, this.storage]) {
      try {
        if (!where) continue;
        if (id === null) where.removeItem(ACTIVE_KEY);
        else where.setItem(ACTIVE_KEY, id);
      } catch {
        // The pointer is a convenience: the slot itself is what matters.
      }
    }
  }
}
