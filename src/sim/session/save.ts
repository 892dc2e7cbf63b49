/** The versioned save file: seed, settings and the event log. Parsing never trusts its input. */
import type { GameEvent, Settings } from '../machine/types.ts';

export const SAVE_FORMAT = 'hanoi-summit-save';
export const SAVE_VERSION = 1;
/** Far above any real game (a full game is well under 200 events). */
const MAX_EVENTS = 5000;

export interface SaveFile {
  readonly format: typeof SAVE_FORMAT;
  readonly version: number;
  readonly seed: number;
  readonly settings: Settings;
  readonly events: readonly GameEvent[];
}

export class SaveError extends Error {}

export function parseSave(json: string): SaveFile {
  if (typeof json !== 'string') throw new SaveError('A save must be text.');
  if (json.length > 1_000_000) throw new SaveError('That save is too large to be a Hanoi Summit game.');
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new SaveError('That save is not valid JSON; it may be truncated.');
  }
  if (typeof data !== 'object' || data === null) throw new SaveError('That save is not a Hanoi Summit game.');
  const d = data as Record<string, unknown>;
  if (d.format !== SAVE_FORMAT) throw new SaveError('That file is not a Hanoi Summit save.');
  if (d.version !== SAVE_VERSION)
    throw new SaveError(`Save version ${String(d.version)} is not supported (this game reads version ${SAVE_VERSION}).`);
  if (!Array.isArray(d.events)) throw new SaveError('The save has no event list.');
  if (d.events.length > MAX_EVENTS) throw new SaveError('The save holds more moves than any game can have.');
  return {
    format: SAVE_FORMAT,
    version: SAVE_VERSION,
    seed: d.seed as number,
    settings: d.settings as Settings,
    events: d.events as GameEvent[],
  };
}
