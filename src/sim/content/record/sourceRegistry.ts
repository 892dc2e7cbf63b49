/**
 * The one registry of sources. Every `Source` in the scenario (beats, events, facilities, the record)
 * is an entry of `sources.ts` or `sourcesAnalysis.ts`, each URL once, keyed by a stable ID (the name of
 * its exported constant). Content refers to entries instead of declaring its own copies, so a label or a
 * URL is fixed in one place and the validator can tell a registered source from a stray one.
 */
import type { Source } from '../types.ts';
import * as RECORD_SOURCES from './sources.ts';
import * as ANALYSIS_SOURCES from './sourcesAnalysis.ts';

export const SOURCES: readonly Source[] = [...Object.values(RECORD_SOURCES), ...Object.values(ANALYSIS_SOURCES)];

export const SOURCE_REGISTRY: ReadonlyMap<string, Source> = new Map(SOURCES.map((s) => [s.id, s]));

/** True when `s` is a registry entry: its ID is registered with the same URL and label. */
export function isRegisteredSource(s: Source): boolean {
  const entry = SOURCE_REGISTRY.get(s.id);
  return entry !== undefined && entry.url === s.url && entry.label === s.label;
}
