import { describe, expect, it } from 'vitest';
import { Controller } from '../../app/controller.ts';
import { m } from '../../app/strings/catalogue.ts';
import { classifyImport, MAX_IMPORT_CHARS, SaveKeeper } from './keeper.ts';
import { cleanName, isDamaged, MemoryStorage, SaveStore, type StorageLike } from './store.ts';

/** A storage that refuses writes past a byte budget, like a full browser quota. */
class TinyStorage extends MemoryStorage {
  constructor(private budget: number) {
    super();
  }
  override setItem(k: string, v: string): void {
    let used = v.length;
    for (let i = 0; i < this.length; i++) {
      const key = this.key(i) as string;
      if (key !== k) used += (this.getItem(key) ?? '').length;
    }
    if (used > this.budget) throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    super.setItem(k, v);
  }
}

let tick = 0;
const clock = () => new Date(Date.UTC(2026, 10, 27, 12, 0, tick++));
const summary = { where: 'Somewhere', moves: 1, nodes: 1, over: false };

function dump(storage: StorageLike): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < storage.length; i++) {
    const k = storage.key(i) as string;
    out[k] = storage.getItem(k) as string;
  }
  return out;
}

function playFirst(c: Controller, n: number): void {
  for (let i = 0; i < n; i++) {
    const v = c.view();
    const choice = v?.choices.find((x) => x.enabled);
    if (!v?.turn || !choice) throw new Error('no choice to make');
    expect(c.choose(v.turn.side, choice.id)).toBe(true);
  }
}

function setup(storage: StorageLike = new MemoryStorage(), tab: StorageLike | null = null) {
  const store = SaveStore.open(
    () => storage,
    clock,
    () => tab,
  );
  const controller = new Controller();
  const keeper = new SaveKeeper(store, controller);
  return { storage, store, controller, keeper };
}

const US = { seats: { us: 'human', dprk: 'ai' }, mode: 'open' } as const;

describe('the save store', () => {
  it('falls back to memory, with a message, when the browser refuses storage', () => {
    const store = SaveStore.open(() => {
      throw new Error('SecurityError');
    }, clock);
    expect(store.problem).toBe(m.saves_storage_off());
    expect(store.write(store.newId(), 'named', 'A', '{}', summary).ok).toBe(true);
    expect(store.list()).toHaveLength(1);
  });

  it('reports a full storage without touching the saves already there', () => {
    const storage = new TinyStorage(1200);
    const store = SaveStore.open(() => storage, clock);
    expect(store.write(store.newId(), 'named', 'First', 'x'.repeat(300), summary).ok).toBe(true);
    const before = dump(storage);
    const r = store.write(store.newId(), 'named', 'Second', 'y'.repeat(2000), summary);
    expect(r).toEqual({ ok: false, error: m.saves_storage_full() });
    expect(dump(storage)).toEqual(before);
  });

  it('never lets a new save take another slot, and keeps names unique', () => {
    const store = SaveStore.open(() => new MemoryStorage(), clock);
    const a = store.write(store.newId(), 'named', 'Mine', 'a', summary);
    if (!a.ok) throw new Error(a.error);
    expect(store.write(a.slot.id, 'named', 'Other', 'b', summary).ok).toBe(false);
    expect(store.write(a.slot.id, 'auto', 'Other', 'b', summary).ok).toBe(false);
    expect(store.uniqueName('Mine')).toBe('Mine (2)');
    expect(store.get(a.slot.id)).toMatchObject({ name: 'Mine', data: 'a' });
  });

  it('lists a damaged entry as damaged and never drops it', () => {
    const storage = new MemoryStorage();
    storage.setItem('hanoi-summit.slot.broken', '{"id": "broken", "kind": "au');
    storage.setItem('unrelated', 'x');
    const store = SaveStore.open(() => storage, clock);
    const list = store.list();
    expect(list).toHaveLength(1);
    expect(isDamaged(list[0])).toBe(true);
    expect(storage.getItem('hanoi-summit.slot.broken')).not.toBeNull();
  });
});

describe('keeping games', () => {
  it('autosaves every decision and resumes a reload exactly there', () => {
    const { storage, controller } = setup();
    expect(controller.start(US, 21, 'max')).toBeNull();
    playFirst(controller, 3);
    const here = controller.view();
    const node = controller.timeline?.current.id;
    // A reload: a new controller and keeper over the same storage.
    const again = setup(storage);
    expect(again.keeper.resume()).toEqual({ kind: 'resumed' });
    expect(again.controller.timeline?.current.id).toBe(node);
    expect(again.controller.view()).toEqual(here);
    expect(again.store.list()).toHaveLength(1);
  });

  it('gives each game its own autosave, so a new game never replaces an earlier one', () => {
    const { controller, store } = setup();
    controller.start(US, 1, 'max');
    playFirst(controller, 2);
    const first = store.list()[0];
    controller.start(US, 2, 'max');
    playFirst(controller, 1);
    const slots = store.list();
    expect(slots).toHaveLength(2);
    expect(slots.find((s) => s.id === first.id)).toEqual(first);
  });

  it('imports a share code and lands on its last move', () => {
    const { controller, keeper, store } = setup();
    controller.start(US, 8, 'max');
    playFirst(controller, 4);
    const code = keeper.shareCode() as string;
    const view = controller.view();
    const other = setup();
    const r = other.keeper.importText(`https://example.org/?code=${code}`);
    expect(r.ok).toBe(true);
    expect(other.controller.view()).toEqual(view);
    expect(other.store.list().some((s) => !isDamaged(s) && s.kind === 'imported')).toBe(true);
    expect(store.list()).toHaveLength(1);
  });

  it('refuses a corrupted save or code with a message and leaves every save as it was', () => {
    const { controller, keeper, storage } = setup();
    controller.start(US, 4, 'max');
    playFirst(controller, 2);
    expect(keeper.saveAs('Before the lunch').ok).toBe(true);
    const save = controller.timeline?.save() as string;
    const before = dump(storage);
    const node = controller.timeline?.current.id;
    for (const bad of [save.slice(0, save.length / 2), save.replace('"seed":4', '"seed":"x"'), 'AAAAAAAAAAAAAAAAAAAA', '']) {
      const r = keeper.importText(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/^(Nothing was imported|There is nothing)/);
    }
    expect(dump(storage)).toEqual(before);
    expect(controller.timeline?.current.id).toBe(node);
  });

  it('refuses an oversized paste before reading it', () => {
    expect(classifyImport('{'.padEnd(MAX_IMPORT_CHARS + 1, ' ')).kind).toBe('error');
  });

  it('says so once when autosave cannot write, and keeps playing', () => {
    const { controller } = setup(new TinyStorage(50));
    const errors: string[] = [];
    controller.on('narrate', (n) => n.tone === 'error' && errors.push(n.text));
    controller.start(US, 3, 'max');
    playFirst(controller, 3);
    expect(errors).toEqual([m.saves_autosave_failed({ problem: m.saves_storage_full() })]);
    expect(controller.timeline?.current.depth).toBeGreaterThanOrEqual(3);
  });

  it('never cuts down a save that no longer fits: the original stays, the cut game autosaves elsewhere', () => {
    const { storage, controller, store } = setup();
    controller.start(US, 21, 'max');
    playFirst(controller, 4);
    const [slot] = store.list();
    if (isDamaged(slot)) throw new Error('damaged');
    // Content "changed": the third saved node's choice no longer exists.
    const data = JSON.parse(slot.data) as { nodes: { event: { type: string; choiceId?: string } }[] };
    const changed = data.nodes.find((n, i) => i > 1 && n.event.type === 'CHOOSE');
    if (!changed) throw new Error('no choice to change');
    changed.event.choiceId = 'pre.gone.away';
    storage.setItem(`hanoi-summit.slot.${slot.id}`, JSON.stringify({ ...slot, data: JSON.stringify(data) }));
    const before = storage.getItem(`hanoi-summit.slot.${slot.id}`);
    const again = setup(storage);
    const told: string[] = [];
    again.controller.on('narrate', (n) => told.push(n.text));
    expect(again.keeper.resume()).toEqual({ kind: 'resumed' });
    expect(told.join(' ')).toMatch(/dropped.*original save is kept unchanged/);
    expect(storage.getItem(`hanoi-summit.slot.${slot.id}`)).toBe(before);
    expect(again.store.list()).toHaveLength(2);
  });

  it('a second tab on the same game forks to a new slot instead of overwriting the first', () => {
    const { storage, controller } = setup();
    controller.start(US, 21, 'max');
    playFirst(controller, 2);
    const a = setup(storage);
    const b = setup(storage);
    expect(a.keeper.resume()).toEqual({ kind: 'resumed' });
    expect(b.keeper.resume()).toEqual({ kind: 'resumed' });
    const told: string[] = [];
    a.controller.on('narrate', (n) => told.push(n.text));
    b.controller.on('narrate', (n) => told.push(n.text));
    playFirst(a.controller, 2);
    playFirst(b.controller, 1);
    expect(told.some((t) => /another tab/.test(t))).toBe(true);
    const slots = a.store.list().filter((x) => !isDamaged(x));
    expect(slots).toHaveLength(2);
    expect(slots.map((x) => (isDamaged(x) ? 0 : x.summary.moves)).sort()).toEqual(
      [a.controller.timeline?.current.depth, b.controller.timeline?.current.depth].sort(),
    );
  });

  it('after a failed autosave a reload does not claim to resume exactly', () => {
    const storage = new TinyStorage(100_000);
    const { controller, store } = setup(storage);
    controller.start(US, 3, 'max');
    playFirst(controller, 1);
    expect(store.activeId()).not.toBeNull();
    // Fill the storage so the next autosave fails.
    storage.setItem('filler', 'x'.repeat(100_000 - dumpSize(storage) - 10));
    playFirst(controller, 1);
    expect(store.activeId()).toBeNull();
    expect(setup(storage).keeper.resume()).toEqual({ kind: 'none' });
  });

  it('a title shown for a bad link keeps the game a reload would resume', () => {
    const { controller, store } = setup(new MemoryStorage(), new MemoryStorage());
    controller.start(US, 3, 'max');
    playFirst(controller, 1);
    const active = store.activeId();
    expect(store.tabActiveId()).toBe(active);
    controller.showTitle('This share link cannot be opened: damaged.');
    expect(store.tabActiveId()).toBe(active);
    controller.showTitle();
    // The tab has left the game (a reload shows the title), and the title can still continue it.
    expect(store.tabActiveId()).toBeNull();
    expect(store.activeId()).toBe(active);
  });

  it('a fresh visit is offered the last game to continue; only a reload of the playing tab resumes it', () => {
    const storage = new MemoryStorage();
    const tab = new MemoryStorage();
    const open = (t: MemoryStorage) => {
      const store = SaveStore.open(
        () => storage,
        clock,
        () => t,
      );
      const controller = new Controller();
      return { store, controller, keeper: new SaveKeeper(store, controller) };
    };
    const first = open(tab);
    expect(first.keeper.continuable()).toBeNull();
    first.controller.start(US, 3, 'max');
    playFirst(first.controller, 2);
    expect(open(tab).keeper.reloading).toBe(true);
    const visitor = open(new MemoryStorage());
    expect(visitor.keeper.reloading).toBe(false);
    const slot = visitor.keeper.continuable();
    expect(slot?.summary.moves).toBe(first.controller.timeline?.current.depth);
    expect(visitor.keeper.resume()).toEqual({ kind: 'resumed' });
    expect(visitor.controller.timeline?.current.depth).toBe(slot?.summary.moves);
  });
});

function dumpSize(storage: StorageLike): number {
  return Object.values(dump(storage)).reduce((n, v) => n + v.length, 0);
}

describe('saves that fight back (each of these broke the Saves list or a reload before)', () => {
  const slotJson = (id: string, patch: Record<string, unknown>) =>
    JSON.stringify({ id, kind: 'named', name: 'A game', savedAt: '2026-11-27T12:00:00.000Z', summary, data: '{}', ...patch });

  it('lists a slot whose summary has the wrong types as damaged, and the others as they are', () => {
    const storage = new MemoryStorage();
    storage.setItem(
      'hanoi-summit.slot.bad',
      slotJson('bad', { summary: { where: 'x', moves: { toString: null }, nodes: 1, over: false } }),
    );
    storage.setItem('hanoi-summit.slot.worse', slotJson('worse', { summary: { where: 'x', moves: 1, nodes: '2', over: 'no' } }));
    storage.setItem('hanoi-summit.slot.when', slotJson('when', { savedAt: 'yesterday' }));
    storage.setItem('hanoi-summit.slot.good', slotJson('good', {}));
    const list = SaveStore.open(() => storage, clock).list();
    expect(
      list
        .filter(isDamaged)
        .map((s) => s.id)
        .sort(),
    ).toEqual(['bad', 'when', 'worse']);
    const good = list.find((s) => !isDamaged(s));
    expect(good).toMatchObject({ id: 'good', summary });
    // Every listed summary can be printed: the numbers are numbers.
    for (const s of list) if (!isDamaged(s)) expect(`${s.summary.moves} ${s.summary.nodes}`).toBe('1 1');
  });

  it('each tab resumes its own game, even after another tab played', () => {
    const shared = new MemoryStorage();
    const tabA = new MemoryStorage();
    const tabB = new MemoryStorage();
    const open = (tab: MemoryStorage) => {
      const store = SaveStore.open(
        () => shared,
        clock,
        () => tab,
      );
      const controller = new Controller();
      return { store, controller, keeper: new SaveKeeper(store, controller) };
    };
    const a = open(tabA);
    a.controller.start(US, 31, 'max');
    playFirst(a.controller, 2);
    const b = open(tabB);
    b.controller.start(US, 32, 'max');
    playFirst(b.controller, 1);
    const reloadA = open(tabA);
    expect(reloadA.keeper.resume()).toEqual({ kind: 'resumed' });
    expect(reloadA.controller.timeline?.seed).toBe(31);
    expect(reloadA.controller.timeline?.current.depth).toBe(a.controller.timeline?.current.depth);
    const reloadB = open(tabB);
    expect(reloadB.keeper.resume()).toEqual({ kind: 'resumed' });
    expect(reloadB.controller.timeline?.seed).toBe(32);
  });

  it('says why a damaged or unloadable autosave did not resume, and keeps it', () => {
    const storage = new MemoryStorage();
    storage.setItem('hanoi-summit.slot.gone', '{"id": "gone", "kind": "au');
    storage.setItem('hanoi-summit.active', 'gone');
    const damaged = setup(storage).keeper.resume();
    expect(damaged).toMatchObject({ kind: 'problem', message: expect.stringMatching(/could not be resumed.*kept in Saves/) });
    storage.setItem('hanoi-summit.slot.odd', slotJson('odd', { kind: 'auto', data: '{"format": "something else"}' }));
    storage.setItem('hanoi-summit.active', 'odd');
    const odd = setup(storage).keeper.resume();
    expect(odd).toMatchObject({
      kind: 'problem',
      message: expect.stringMatching(/does not open in this version.*kept in Saves/),
    });
    expect(storage.getItem('hanoi-summit.slot.gone')).not.toBeNull();
    expect(storage.getItem('hanoi-summit.slot.odd')).not.toBeNull();
  });

  it('says so when storage cannot be read, instead of showing "no saves"', () => {
    const storage = new MemoryStorage();
    const store = SaveStore.open(() => storage, clock);
    expect(store.write(store.newId(), 'named', 'Kept', '{}', summary).ok).toBe(true);
    storage.getItem = () => {
      throw new Error('SecurityError');
    };
    expect(store.list()).toEqual([]);
    expect(store.readProblem).toBe(m.saves_unreadable());
  });

  it('keeps no invisible or direction-changing characters in save names', () => {
    const store = SaveStore.open(() => new MemoryStorage(), clock);
    expect(cleanName('Mine\u202e\u200bevil\u2066')).toBe('Mineevil');
    expect(store.uniqueName('\u200b\u200b')).toBe('Untitled game');
    const a = store.write(store.newId(), 'named', store.uniqueName('Alpha'), '{}', summary);
    expect(a.ok).toBe(true);
    expect(store.uniqueName('Al\u200dpha')).toBe('Alpha (2)');
    const storage = new MemoryStorage();
    storage.setItem('hanoi-summit.slot.x', slotJson('x', { name: 'Teacher\u202e copy' }));
    expect(SaveStore.open(() => storage, clock).list()[0]).toMatchObject({ name: 'Teacher copy' });
  });
});
