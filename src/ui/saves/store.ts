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

function parseSlot(id: string, raw: string): Slot | DamagedSlot {
  try {
    const s = JSON.parse(raw) as Partial<Slot>;
    if (
      s &&
      s.id === id &&
      (s.kind === 'auto' || s.kind === 'named' || s.kind === 'imported') &&
      typeof s.name === 'string' &&
      typeof s.savedAt === 'string' &&
      typeof s.data === 'string' &&
      s.summary &&
      typeof s.summary.where === 'string'
    )
      return s as Slot;
  } catch {
    // falls through to damaged
  }
  return { id, damaged: true, raw };
}

export const isDamaged = (s: Slot | DamagedSlot): s is DamagedSlot => 'damaged' in s;

export class SaveStore {
  /** Null when storage works; otherwise what the player should know. */
  readonly problem: string | null;
  private counter = 0;

  private constructor(
    private storage: StorageLike,
    problem: string | null,
    private now: () => Date,
  ) {
    this.problem = problem;
  }

  /** Opens the browser's storage, falling back to memory (with a message) when it is unavailable. */
  static open(getStorage: () => StorageLike | null | undefined, now: () => Date = () => new Date()): SaveStore {
    try {
      const storage = getStorage();
      if (!storage) return new SaveStore(new MemoryStorage(), m.saves_storage_off(), now);
      // Touching it is what throws when storage is switched off.
      void storage.length;
      return new SaveStore(storage, null, now);
    } catch {
      return new SaveStore(new MemoryStorage(), m.saves_storage_off(), now);
    }
  }

  /** Every slot, newest first; damaged entries last. */
  list(): (Slot | DamagedSlot)[] {
    const out: (Slot | DamagedSlot)[] = [];
    try {
      for (let i = 0; i < this.storage.length; i++) {
        const key = this.storage.key(i);
        if (!key?.startsWith(PREFIX)) continue;
        const raw = this.storage.getItem(key);
        if (raw !== null) out.push(parseSlot(key.slice(PREFIX.length), raw));
      }
    } catch {
      return out;
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
    const base = wanted.trim().replace(/\s+/g, ' ').slice(0, 60) || m.saves_untitled();
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
      if (this.activeId() === id) this.storage.removeItem(ACTIVE_KEY);
    } catch {
      // Nothing else to do: the list will still show it.
    }
  }

  /** The autosave of the game in progress, which a reload resumes. */
  activeId(): string | null {
    try {
      return this.storage.getItem(ACTIVE_KEY);
    } catch {
      return null;
    }
  }

  setActive(id: string | null): void {
    try {
      if (id === null) this.storage.removeItem(ACTIVE_KEY);
      else this.storage.setItem(ACTIVE_KEY, id);
    } catch {
      // The pointer is a convenience: the slot itself is what matters.
    }
  }
}
