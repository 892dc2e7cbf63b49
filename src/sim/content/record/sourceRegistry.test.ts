/** The source registry: each URL once, each ID its constant's name, and every source cited is an entry. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BEATS } from '../beats/index.ts';
import { EVENTS } from '../events.ts';
import { FACILITIES } from '../facilities.ts';
import type { Source } from '../types.ts';
import { CONFIDENTIAL_BRIEFS, PUBLIC_BRIEF } from './briefs.ts';
import { COUNTERFACTUALS } from './counterfactuals.ts';
import { DISPUTES } from './disputes.ts';
import { GLOSSARY } from './glossary.ts';
import { QUOTES } from './quotes.ts';
import { isRegisteredSource, SOURCE_REGISTRY, SOURCES } from './sourceRegistry.ts';
import * as RECORD_SOURCES from './sources.ts';
import * as ANALYSIS_SOURCES from './sourcesAnalysis.ts';
import { TIMELINE } from './timeline.ts';

const DOSSIER_URL = new URL('../../../../../shared/reference/hanoi-dossier.md', import.meta.url);
const dossier = existsSync(DOSSIER_URL) ? readFileSync(DOSSIER_URL, 'utf8') : undefined;

/** Every source cited anywhere in the game, with where it is cited. */
function citedSources(): { where: string; source: Source }[] {
  const out: { where: string; source: Source }[] = [];
  const add = (where: string, ss: readonly Source[] | undefined) => {
    for (const source of ss ?? []) out.push({ where, source });
  };
  for (const b of BEATS) add(`beat ${b.id}`, b.history?.sources);
  for (const e of EVENTS) add(`event ${e.id}`, e.history?.sources);
  for (const f of FACILITIES) add(`facility ${f.id}`, f.history.sources);
  for (const t of TIMELINE) add(`timeline ${t.id}`, t.sources);
  for (const d of DISPUTES) for (const a of d.accounts) add(`dispute ${d.id}`, a.sources);
  for (const q of QUOTES) add(`quote ${q.id}`, [q.source, ...(q.otherSources ?? [])]);
  for (const c of COUNTERFACTUALS) for (const a of c.arguments) add(`counterfactual ${c.id}`, a.sources);
  for (const g of GLOSSARY) add(`glossary ${g.id}`, g.sources);
  for (const b of [PUBLIC_BRIEF, CONFIDENTIAL_BRIEFS.us, CONFIDENTIAL_BRIEFS.dprk])
    for (const s of b.sections) add(`brief ${b.id}`, s.sources);
  return out;
}

describe('the source registry', () => {
  it('holds each URL once and each ID once, the ID being the name of its constant', () => {
    const urls = SOURCES.map((s) => s.url);
    expect(urls.filter((u, i) => urls.indexOf(u) !== i)).toEqual([]);
    expect(SOURCE_REGISTRY.size).toBe(SOURCES.length);
    for (const [name, s] of [...Object.entries(RECORD_SOURCES), ...Object.entries(ANALYSIS_SOURCES)]) expect(s.id).toBe(name);
  });

  it('is where every cited source comes from', () => {
    const cited = citedSources();
    expect(cited.length).toBeGreaterThan(300);
    expect(cited.filter((c) => !isRegisteredSource(c.source)).map((c) => `${c.where}: ${c.source.url}`)).toEqual([]);
    expect(isRegisteredSource({ ...SOURCES[0], label: `${SOURCES[0].label}, again` })).toBe(false);
  });

  it.skipIf(!dossier)('has only URLs that appear in hanoi-dossier.md (skipped if the dossier is absent)', () => {
    for (const s of SOURCES) expect(dossier?.includes(s.url), s.url).toBe(true);
  });
});
