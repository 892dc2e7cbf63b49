/**
 * npm run -s strings
 *
 * Compiles the string catalogue (`messages/<locale>.json`, the inlang project in `project.inlang/`) into
 * typed, tree-shakable message functions in `src/app/strings/paraglide/` (generated, not committed).
 * `npm start`, `npm run build`, `npm run typecheck` and `npm test` run it first; the dev server also
 * recompiles on every edit through Paraglide's Vite plugin with the same options. Offline: the
 * message-format plugin is loaded from node_modules (see `project.inlang/settings.json`), never a CDN.
 */
import { pathToFileURL } from 'node:url';
import { type CompilerOptions, compile } from '@inlang/paraglide-js';

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

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await compile(STRINGS_OPTIONS);
}
