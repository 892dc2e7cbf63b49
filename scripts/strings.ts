/**
 * npm run -s strings
 *
 * Compiles the string catalogue (`messages/<locale>.json`, the inlang project in `project.inlang/`) into
 * typed, tree-shakable message functions in `src/app/strings/paraglide/` (generated, not committed).
 * `npm start`, `npm run build`, `npm run typecheck` and `npm test` run it first; the dev server also
 * recompiles on every edit through Paraglide's Vite plugin with the same options. Offline: the
 * message-format plugin is loaded from node_modules (see `project.inlang/settings.json`), never a CDN.
 * A compile takes 10–30 s, so it is skipped when the messages, settings, options and Paraglide version
 * are those of the last compile (a fingerprint beside the output); `--force` compiles anyway.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CompilerOptions } from '@inlang/paraglide-js';

export const STRINGS_OPTIONS = {
  project: './project.inlang',
  outdir: './src/app/strings/paraglide',
  // The app picks the locale itself (src/ui/locale.ts) and sets it before the UI is built; no cookies.
  strategy: ['globalVariable', 'baseLocale'],
  // No server rendering: the same runtime serves the page, the worker and the Node tests.
  isServer: 'false',
  emitTsDeclarations: true,
  emitReadme: false,
  emitPrettierIgnore: false,
} satisfies CompilerOptions;

/**
 * With one locale, each generated message is a wrapper that asks for the locale and then calls the only
 * function there is: `x = (inputs, options) => { …getLocale(); return en_x(inputs) }`. About 850 of them
 * cost the page several KiB of gzip for nothing, so they are replaced by the locale's function itself
 * (same name, same arguments). With a second locale in settings.json the wrappers stay as Paraglide wrote
 * them, since they then choose between translations.
 */
const WRAPPER =
  /export const (\w+) = \/\*\* @type \{[\s\S]*?\} \*\/ \(\(inputs(?: = \{\})?, options = \{\}\) => \{\n\texperimentalStaticLocale \?\? options\.locale \?\? getLocale\(\)\n\treturn (\w+)\(inputs\)\n\}\);/;

function unwrapSingleLocale(): number {
  const settings = JSON.parse(readFileSync(join(STRINGS_OPTIONS.project, 'settings.json'), 'utf8')) as { locales: string[] };
  if (settings.locales.length !== 1) return 0;
  const dir = join(STRINGS_OPTIONS.outdir, 'messages');
  let count = 0;
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.js') || name.startsWith('_')) continue;
    const file = join(dir, name);
    const code = readFileSync(file, 'utf8');
    const out = code.replace(WRAPPER, (_all, exported: string, inner: string) => `export const ${exported} = ${inner};`);
    if (out === code) throw new Error(`strings: ${name} is not in the shape the single-locale step expects; update WRAPPER`);
    writeFileSync(file, out);
    count++;
  }
  return count;
}

/** What the generated output depends on, hashed. */
function fingerprint(): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(STRINGS_OPTIONS));
  hash.update(WRAPPER.source);
  hash.update(readFileSync('node_modules/@inlang/paraglide-js/package.json'));
  hash.update(readFileSync(join(STRINGS_OPTIONS.project, 'settings.json')));
  // The UI catalogues only: messages/content/ holds the content translations, which Paraglide never reads.
  for (const name of readdirSync('messages').sort())
    if (name.endsWith('.json')) hash.update(name).update(readFileSync(join('messages', name)));
  return hash.digest('hex');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const stamp = join(STRINGS_OPTIONS.outdir, '.fingerprint');
  const want = fingerprint();
  const fresh = existsSync(stamp) && existsSync(join(STRINGS_OPTIONS.outdir, 'messages.js'));
  if (process.argv.includes('--force') || !fresh || readFileSync(stamp, 'utf8') !== want) {
    const { compile } = await import('@inlang/paraglide-js');
    await compile(STRINGS_OPTIONS);
    unwrapSingleLocale();
    writeFileSync(stamp, want);
  }
}
