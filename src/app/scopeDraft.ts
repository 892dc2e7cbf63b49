/**
 * The facilities a player has marked as "Yongbyon" before sending it: shared by the site map on the
 * canvas and its DOM checklist, so either can change it and both show the same thing.
 */
import { FACILITY_IDS, type FacilityId, type Side, scopeLevel } from '../sim/session/index.ts';
import { issueById } from './content.ts';
import { Emitter } from './emitter.ts';
import type { Mood } from './labels.ts';

export const DEFAULT_SCOPE: readonly FacilityId[] = ['yb.reactor5mw', 'yb.reprocessing', 'yb.enrichment'];

class ScopeDraft extends Emitter<{ change: ReadonlySet<FacilityId> }> {
  private chosen = new Set<FacilityId>(DEFAULT_SCOPE);
  private key = '';

  /** Starts a fresh draft when a new scope beat begins (the same beat keeps what the player marked). */
  prepare(key: string, initial: readonly FacilityId[]): void {
    if (key === this.key) return;
    this.key = key;
    this.set(initial);
  }

  get selected(): ReadonlySet<FacilityId> {
    return this.chosen;
  }

  /** In map order, for sending. */
  list(): FacilityId[] {
    return FACILITY_IDS.filter((id) => this.chosen.has(id));
  }

  has(id: FacilityId): boolean {
    return this.chosen.has(id);
  }

  set(ids: readonly FacilityId[]): void {
    this.chosen = new Set(ids);
    this.emit('change', this.chosen);
  }

  toggle(id: FacilityId, on = !this.chosen.has(id)): void {
    const next = new Set(this.chosen);
    if (on) next.add(id);
    else next.delete(id);
    this.chosen = next;
    this.emit('change', this.chosen);
  }
}

export const scopeDraft = new ScopeDraft();

/**
 * How the other delegation takes a reading of "Yongbyon": the model's own value, for that side, of
 * the Yongbyon-scope level the reading amounts to (the `yongbyon` issue).
 */
export function counterpartMood(counterpart: Side, facilities: readonly string[]): Mood {
  const v = issueById('yongbyon').value[counterpart][scopeLevel(facilities)];
  return v >= 0.7 ? 'pleased' : v >= 0.45 ? 'neutral' : 'displeased';
}
