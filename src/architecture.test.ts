import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Which layer may import which (the house's one rule of direction; `sim/purity.test.ts` holds the
 * other, that the core touches no browser or clock):
 *
 *   sim/model  ←  sim/content  ←  sim/machine  ←  sim/session  ←  app  ←  ui, game  ←  main.ts
 *
 * Front ends reach the core only through `sim/session` (its `index.ts` exports the lookups they need),
 * so the model and the machine can change inside without a front end noticing. `app` is the DOM-free
 * client layer both front ends share; `ui` (the DOM) and `game` (Phaser) never import each other.
 * Every file counts, tests included, except that the core's own tests may drive a whole Session.
 */
const SRC = resolve(new URL('.', import.meta.url).pathname);

/** Each layer (a folder under src/) and the layers its files may import, besides its own. */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  'sim/model': [],
  'sim/content': ['sim/model'],
  'sim/machine': ['sim/model', 'sim/content'],
  'sim/session': ['sim/model', 'sim/content', 'sim/machine'],
  app: ['sim/session'],
  ui: ['app', 'sim/session', 'styles'],
  game: ['app', 'sim/session'],
  server: ['app', 'sim/session'],
};
const LAYERS = Object.keys(ALLOWED).sort((a, b) => b.length - a.length);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** The layer a path under src/ belongs to, or null (main.ts, styles, files outside src/). */
function layerOf(path: string): string | null {
  const rel = relative(SRC, path).split('\\').join('/');
  if (rel.startsWith('..')) return null;
  return LAYERS.find((layer) => rel === layer || rel.startsWith(`${layer}/`)) ?? null;
}

/** Relative specifiers of static imports, re-exports and dynamic imports. */
function importsOf(text: string): string[] {
  const specs: string[] = [];
  const re = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) specs.push(m[1]);
  return specs;
}

/** The offending edges of one file: "from → to" for each import its layer may not make. */
function offences(file: string, text: string): string[] {
  const from = layerOf(file);
  if (!from) return [];
  const coreTest = from.startsWith('sim/') && file.endsWith('.test.ts');
  return importsOf(text).flatMap((spec) => {
    const to = layerOf(resolve(dirname(file), spec));
    if (!to || to === from) return [];
    if (ALLOWED[from].includes(to)) return [];
    if (coreTest && to === 'sim/session') return [];
    return [`${relative(SRC, file)} (${from}) imports ${spec} (${to})`];
  });
}

/**
 * Content tables whose text a reader sees: front ends take them from `app/content.ts` (in the loaded
 * translation), never from `sim/session` (the English), so a second locale needs no code.
 */
const READER_CONTENT = new Set(
  (
    'ISSUES PRESETS ENDINGS EVENTS FACILITIES ADVISERS GLOSSARY TIMELINE DISPUTES BRIEFS PUBLIC_BRIEF TEACHER_GUIDE ' +
    'STAGE_LABELS ENDING_PROMPTS CONCEPT_PROMPTS ENDING_COUNTERFACTUALS COUNTERFACTUALS QUOTES DEBRIEF_QUOTES ' +
    'ROLLOUT_POLICY BEATS beatById choiceById issueById glossaryById glossaryMatches findGlossaryTerms timelineOf ' +
    'counterfactualById facilityNames PACK_CONTENT ABOUT_HONESTY ABOUT_HONESTY_HEADING ABOUT_INTRO ABOUT_PRINT ' +
    'ABOUT_PRINT_HEADING ABOUT_TITLE DISPUTES_HANDOUT EXIT_TICKET FRAMEWORK_NAMES MAP_LABELS MAP_PLACES MAP_TITLE ' +
    'OBJECTIVES OUTCOME_FORM PACK_ITEMS PACK_TITLES PREP_SHEET PRIMER PRIMER_INTRO PRIMER_TITLE ROLE_CARDS ' +
    'ROLE_CARDS_HOW ROLE_CARDS_TITLE RUBRIC RUBRIC_LEVELS RUBRIC_TASK_NAMES SOURCE_SHEET TIMELINE_HANDOUTS START_POINTS ' +
    'startPointById soFarText'
  ).split(' '),
);
/** The app files that localize content, and so read its English. */
const CONTENT_LOCALIZERS = ['app/content.ts', 'app/contentText.ts', 'app/contentTree.ts'];

/** Names a front-end file imports from `sim/session` that it must take from `app/content.ts`. */
function englishContentReads(file: string, text: string): string[] {
  const layer = layerOf(file);
  const rel = relative(SRC, file).split('\\').join('/');
  if (!['app', 'ui', 'game'].includes(layer ?? '') || file.endsWith('.test.ts') || CONTENT_LOCALIZERS.includes(rel)) return [];
  const out: string[] = [];
  const re = /import\s*\{([^}]*)\}\s*from\s*['"]([^'"]+)['"]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (layerOf(resolve(dirname(file), m[2])) !== 'sim/session') continue;
    for (const part of m[1].split(',')) {
      const name = part.trim().split(/\s+as\s+/)[0];
      if (READER_CONTENT.has(name)) out.push(`${rel} imports ${name} from ${m[2]}`);
    }
  }
  return out;
}

describe('import direction', () => {
  const files = sourceFiles(SRC);

  it('finds every layer', () => {
    const seen = new Set(files.map(layerOf));
    for (const layer of ['sim/model', 'sim/content', 'sim/machine', 'sim/session', 'app', 'ui', 'game', 'server']) {
      expect(seen.has(layer), layer).toBe(true);
    }
  });

  it('no file imports a layer it may not', () => {
    expect(files.flatMap((file) => offences(file, readFileSync(file, 'utf8')))).toEqual([]);
  });

  it("front ends never read a session's whole state (hidden parts included)", () => {
    const front = files.filter((f) => ['app', 'ui', 'game'].includes(layerOf(f) ?? '') && !f.endsWith('.test.ts'));
    expect(front.length).toBeGreaterThan(40);
    const reads = front.filter((f) => /\.context\b/.test(readFileSync(f, 'utf8'))).map((f) => relative(SRC, f));
    expect(reads).toEqual([]);
  });

  it("front ends read content text only in the reader's language (app/content.ts)", () => {
    expect(files.flatMap((file) => englishContentReads(file, readFileSync(file, 'utf8')))).toEqual([]);
    const at = (rel: string) => join(SRC, rel);
    expect(englishContentReads(at('ui/x.ts'), "import { ISSUES, Session } from '../sim/session/index.ts';")).toHaveLength(1);
    expect(englishContentReads(at('game/x.ts'), "import {\n  beatById as b,\n} from '../sim/session/index.ts';")).toHaveLength(1);
    expect(englishContentReads(at('ui/x.ts'), "import { ISSUES } from '../app/content.ts';")).toEqual([]);
    expect(englishContentReads(at('app/content.ts'), "import { ISSUES } from '../sim/session/index.ts';")).toEqual([]);
  });

  it('the checker flags a wrong edge of each kind and passes a right one', () => {
    const at = (rel: string) => join(SRC, rel);
    expect(offences(at('ui/screens/x.ts'), "import { ISSUES } from '../../sim/model/issues.ts';")).toHaveLength(1);
    expect(offences(at('game/scenes/x.ts'), "import { h } from '../../ui/dom.ts';")).toHaveLength(1);
    expect(offences(at('app/x.ts'), "export { a } from '../ui/a.ts';")).toHaveLength(1);
    expect(offences(at('app/x.ts'), "const m = await import('../game/createGame.ts');")).toHaveLength(1);
    expect(offences(at('sim/model/x.ts'), "import type { View } from '../session/view.ts';")).toHaveLength(1);
    expect(
      offences(at('ui/x.ts'), "import { Session } from '../sim/session/index.ts';\nimport { c } from '../app/c.ts';"),
    ).toEqual([]);
    expect(offences(at('sim/machine/x.test.ts'), "import { Session } from '../session/session.ts';")).toEqual([]);
  });
});
