/**
 * Keeps the player's games: autosaves the running timeline after every change, resumes it after a
 * reload, saves named copies, and imports and exports saves and share codes. It connects the
 * controller to the SaveStore and holds no game rules.
 */

import { problemText } from '../../app/content.ts';
import type { Controller } from '../../app/controller.ts';
import { m } from '../../app/strings/catalogue.ts';
import { SaveError } from '../../sim/session/save.ts';
import { encodeShareCode, replayShareCode, ShareCodeError } from '../../sim/session/shareCode.ts';
import { Timeline } from '../../sim/session/timeline.ts';
import { isDamaged, type SaveStore, type Slot, type SlotSummary, type WriteResult } from './store.ts';

/** Refuse pasted text or files beyond this before parsing (a real save is tens of kilobytes). */
export const MAX_IMPORT_CHARS = 2_000_000;

export type ResumeResult =
  | { readonly kind: 'none' }
  | { readonly kind: 'resumed' }
  | { readonly kind: 'problem'; readonly message: string };

export const autosaveUnloadable = (why: string): string => (why ? m.resume_unloadable_why({ why }) : m.resume_unloadable());

export type Outcome = { readonly ok: true; readonly message: string } | { readonly ok: false; readonly error: string };

export function summaryOf(timeline: Timeline): SlotSummary {
  const view = timeline.session.view();
  return {
    where: view.ending ? m.slot_ended({ ending: view.ending.title }) : (view.beat?.title ?? m.slot_start()),
    moves: timeline.current.depth,
    nodes: timeline.nodes.length - 1,
    over: view.over,
  };
}

/** What kind of text a player pasted or a file held. */
export function classifyImport(
  text: string,
): { kind: 'save'; text: string } | { kind: 'code'; code: string } | { kind: 'error'; error: string } {
  if (text.length > MAX_IMPORT_CHARS)
    return {
      kind: 'error',
      error: m.import_too_large({ millions: (text.length / 1_000_000).toFixed(1) }),
    };
  const t = text.trim();
  if (t.length === 0) return { kind: 'error', error: m.import_nothing() };
  if (t.startsWith('{')) return { kind: 'save', text: t };
  const fromLink = /[?&]code=([A-Za-z0-9_-]+)/.exec(t);
  return { kind: 'code', code: fromLink ? fromLink[1] : t };
}

/** A share code replayed as far as its moves still fit, and what to tell the player when some did not. */
function timelineFromCode(code: string): { timeline: Timeline; message: string | null } {
  const replay = replayShareCode(code, { strict: false });
  return { timeline: Timeline.fromSession(replay.session), message: replay.notice && problemText(replay.notice) };
}

export class SaveKeeper {
  /** The autosave slot of the timeline being played. */
  private autoId: string | null = null;
  /** A slot the next opened timeline continues (set by a resume). */
  private adopted: string | null = null;
  private tracked: Timeline | null = null;
  private warned = false;
  /** When this tab last wrote its autosave: another tab writing the same slot shows as a different time. */
  private lastWritten: string | null = null;
  /** The last autosave problem, for the saves dialog. */
  lastError: string | null = null;

  constructor(
    readonly store: SaveStore,
    private controller: Controller,
  ) {
    controller.on('timeline', (t) => this.autosave(t));
    controller.on('screen', (s) => {
      // A title shown to explain a bad link keeps the game a reload would resume. A plain title leaves
      // the game: this tab no longer resumes it on reload, but the title offers to continue it.
      if (s.kind === 'title' && s.error === null) {
        this.tracked = null;
        this.autoId = null;
        store.leaveTab();
      }
    });
  }

  /** The next timeline opened continues this autosave slot (a resume) instead of starting a new one. */
  private adopt(id: string | null): void {
    this.adopted = id;
    this.tracked = null;
  }

  private autosave(timeline: Timeline): void {
    if (this.tracked !== timeline) {
      this.tracked = timeline;
      // Each game gets its own slot, so a new game never writes over an earlier one.
      this.autoId = this.adopted ?? this.store.newId();
      this.lastWritten = this.adopted ? this.savedAt(this.adopted) : null;
      this.adopted = null;
      this.warned = false;
    }
    // The same game open in another tab has written this slot since: keep both by moving to a new one.
    const stored = this.savedAt(this.autoId as string);
    if (this.lastWritten !== null && stored !== null && stored !== this.lastWritten) {
      this.autoId = this.store.newId();
      this.controller.notify(m.saves_other_tab());
    }
    const id = this.autoId as string;
    const name = this.store.get(id);
    const label =
      name && !isDamaged(name) ? name.name : this.store.uniqueName(m.saves_autosave_name({ game: this.gameLabel(timeline) }), id);
    const result = this.store.write(id, 'auto', label, timeline.save(), summaryOf(timeline));
    if (result.ok) {
      this.store.setActive(id);
      this.lastWritten = result.slot.savedAt;
      this.lastError = null;
    } else {
      // A reload must not pretend to resume exactly: the slot holds an older point of this game.
      this.store.setActive(null);
      this.lastError = result.error;
      if (!this.warned) this.controller.notify(m.saves_autosave_failed({ problem: result.error }), 'error');
      this.warned = true;
    }
  }

  private savedAt(id: string): string | null {
    const slot = this.store.get(id);
    return slot && !isDamaged(slot) ? slot.savedAt : null;
  }

  private gameLabel(timeline: Timeline): string {
    const seats = timeline.settings.seats;
    const who =
      seats.us === 'human' && seats.dprk === 'human'
        ? m.game_label_hot_seat()
        : seats.us === 'human'
          ? m.game_label_as_us()
          : seats.dprk === 'human'
            ? m.game_label_as_dprk()
            : m.game_label_computers();
    return m.game_label({ who, seed: timeline.seed });
  }

  /**
   * Resumes the game a reload interrupted. `none` when there is nothing to resume; a `problem` (to show
   * on the title) when the autosave is there but cannot be opened — it is kept, for Saves to offer.
   */
  resume(): ResumeResult {
    const id = this.store.activeId();
    if (!id) return { kind: 'none' };
    const slot = this.store.get(id);
    if (!slot || (!isDamaged(slot) && slot.kind !== 'auto')) return { kind: 'none' };
    if (isDamaged(slot)) return { kind: 'problem', message: m.resume_damaged() };
    try {
      const { timeline, notice, dropped } = Timeline.load(slot.data);
      const message = notice && problemText(notice);
      // A save that no longer fits is never cut down in place: the cut game autosaves to a new slot.
      this.adopt(dropped > 0 ? null : id);
      this.controller.open(
        timeline,
        'normal',
        dropped > 0 ? m.resume_cut_kept({ problem: message ?? '', name: slot.name }) : (message ?? m.resume_welcome_back()),
      );
      return { kind: 'resumed' };
    } catch (err) {
      return {
        kind: 'problem',
        message: autosaveUnloadable(err instanceof SaveError ? problemText(err).replace(/\.$/, '') : ''),
      };
    }
  }

  /** Whether this tab was playing a game before a reload (then the game resumes without the title). */
  get reloading(): boolean {
    return this.store.tabActiveId() !== null;
  }

  /** The autosave the title's Continue would open (the game played last in any tab), or null. */
  continuable(): Slot | null {
    const id = this.store.activeId();
    const slot = id ? this.store.get(id) : null;
    return slot && !isDamaged(slot) && slot.kind === 'auto' ? slot : null;
  }

  /** A named copy of the game as it stands; never replaces another save. */
  saveAs(wanted: string): WriteResult {
    const t = this.controller.timeline;
    if (!t) return { ok: false, error: m.saves_no_game() };
    return this.store.write(this.store.newId(), 'named', this.store.uniqueName(wanted), t.save(), summaryOf(t));
  }

  /** Loads a stored slot into a new game (its own autosave from here; the slot stays as it was). */
  load(id: string): Outcome {
    const slot = this.store.get(id);
    if (!slot) return { ok: false, error: m.saves_gone() };
    if (isDamaged(slot)) return { ok: false, error: m.saves_damaged() };
    return this.openSave(slot.data, m.saves_loaded({ name: slot.name }));
  }

  /** Imports a save (JSON) or a share code or link, keeps a copy as a new slot, and opens it. */
  importText(text: string, sourceName: string = m.import_default_name()): Outcome {
    const kind = classifyImport(text);
    if (kind.kind === 'error') return { ok: false, error: kind.error };
    let timeline: Timeline;
    let message: string | null;
    try {
      if (kind.kind === 'save') {
        const loaded = Timeline.load(kind.text);
        timeline = loaded.timeline;
        message = loaded.notice && problemText(loaded.notice);
      } else {
        ({ timeline, message } = timelineFromCode(kind.code));
      }
    } catch (err) {
      const why = err instanceof SaveError || err instanceof ShareCodeError ? problemText(err) : m.import_unreadable();
      return { ok: false, error: m.import_failed({ why }) };
    }
    const copy = this.store.write(
      this.store.newId(),
      'imported',
      this.store.uniqueName(sourceName),
      timeline.save(),
      summaryOf(timeline),
    );
    const kept = copy.ok ? m.import_copy_kept({ name: copy.slot.name }) : m.import_copy_not_kept({ problem: copy.error });
    const imported = [m.import_done(), message, kept].filter(Boolean).join(' ');
    this.adopt(null);
    this.controller.open(timeline, 'normal', imported);
    return { ok: true, message: imported };
  }

  /** Opens a share code or link as a new game standing on its last move (nothing else is stored). */
  openCode(code: string, { locked = false } = {}): Outcome {
    try {
      const { timeline, message } = timelineFromCode(code);
      // An assessment's debrief (a class with the lock): earlier choices can be reviewed, not changed.
      if (locked) timeline.locked = true;
      const note = message ?? m.code_replayed({ depth: timeline.current.depth });
      this.adopt(null);
      this.controller.open(timeline, 'normal', note, { shared: true });
      return { ok: true, message: note };
    } catch (err) {
      return { ok: false, error: err instanceof ShareCodeError ? problemText(err) : m.code_unreadable() };
    }
  }

  private openSave(data: string, loaded: string): Outcome {
    try {
      const { timeline, notice } = Timeline.load(data);
      const message = notice && problemText(notice);
      this.adopt(null);
      this.controller.open(timeline, 'normal', message ? `${loaded} ${message}` : loaded);
      return { ok: true, message: message ? `${loaded} ${message}` : loaded };
    } catch (err) {
      return { ok: false, error: m.saves_cannot_load({ problem: problemText(err) }) };
    }
  }

  /** The game as text (a save file's content). */
  exportText(slot?: Slot): string | null {
    return slot ? slot.data : (this.controller.timeline?.save() ?? null);
  }

  /** The share code of the path the game stands on. */
  shareCode(): string | null {
    const t = this.controller.timeline;
    return t ? encodeShareCode(t.seed, t.settings, t.session.log()) : null;
  }
}
