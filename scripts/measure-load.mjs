#!/usr/bin/env node
/**
 * Front-end load benchmark. Builds the game and two empty Phaser 4 + Vite pages (one with Phaser's
 * published build, one with the same trimmed Phaser the game ships), serves each from a local
 * static server, and measures in Debian's Chromium (software WebGL, the e2e flags):
 *   - time from navigation to the first interactive control (the title's "New game" / the empty
 *     page's button), taken in the page with performance.now() (0 = navigation start);
 *   - for the game, time until Phaser has loaded the art (window.__hanoi.ready);
 *   - total JS shipped, raw and gzip -9.
 * Prints a table and rewrites the "Front end" section of docs/benchmarks.md.
 * Usage: node scripts/measure-load.mjs [--runs N] [--no-game-build] [--no-write]
 *   --no-game-build  measure the dist/ already built (the empty pages are always rebuilt)
 *   --no-write       print only; leave docs/benchmarks.md alone
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build, loadConfigFromFile } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 5;
const out = join(root, 'e2e-output', 'bench');
const dirs = { game: join(root, 'dist'), empty: join(out, 'empty'), emptySlim: join(out, 'empty-slim') };

{
  const quiet = { logLevel: 'warn' };
  if (!args.includes('--no-game-build')) await build({ root, ...quiet });
  const baseline = join(root, 'e2e', 'baseline');
  const shared = { root: baseline, base: './', configFile: false, ...quiet };
  const output = { codeSplitting: { groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }] } };
  await build({
    ...shared,
    build: { outDir: dirs.empty, emptyOutDir: true, chunkSizeWarningLimit: 1600, rolldownOptions: { output } },
  });
  // The same empty page with the Phaser build the game ships (vite.config.ts).
  const loaded = await loadConfigFromFile({ command: 'build', mode: 'production' }, join(root, 'vite.config.ts'), root, 'warn');
  const gameConfig = loaded?.config ?? {};
  await build({
    ...shared,
    resolve: gameConfig.resolve,
    define: gameConfig.define,
    build: { outDir: dirs.emptySlim, emptyOutDir: true, chunkSizeWarningLimit: 1600, rolldownOptions: { output } },
  });
}

function jsSize(dir, only = null) {
  const files = readdirSync(join(dir, 'assets')).filter((f) => f.endsWith('.js') && (!only || only.includes(f)));
  let raw = 0;
  let gz = 0;
  for (const f of files) {
    const buf = readFileSync(join(dir, 'assets', f));
    raw += buf.length;
    gz += gzipSync(buf, { level: 9 }).length;
  }
  return { files: files.length, raw, gz };
}

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};
function serve(dir) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) file = join(dir, 'index.html');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

/** Milliseconds from navigation start until a button with this text is visible and enabled. */
async function timeControl(url, label, waitReady) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.addInitScript((text) => {
    const look = () => {
      const hit = [...document.querySelectorAll('button')].find(
        (b) => b.textContent?.trim() === text && !b.disabled && b.checkVisibility(),
      );
      if (hit && window.__controlAt === undefined) window.__controlAt = performance.now();
      return !!hit;
    };
    new MutationObserver(look).observe(document, { childList: true, subtree: true });
  }, label);
  await page.goto(url);
  await page
    .waitForFunction(() => window.__controlAt !== undefined, null, { timeout: 60_000 })
    .catch(async (err) => {
      const buttons = await page.evaluate(() => [...document.querySelectorAll('button')].map((b) => b.textContent));
      throw new Error(`${err.message}\nButtons on ${url}: ${JSON.stringify(buttons)}`);
    });
  const control = await page.evaluate(() => window.__controlAt);
  // The scripts whose download had started by then: what the title waits for (or races with).
  const early = await page.evaluate(
    (at) =>
      performance
        .getEntriesByType('resource')
        .filter((r) => r.name.endsWith('.js') && r.startTime <= at)
        .map((r) => new URL(r.name).pathname.split('/').pop()),
    control,
  );
  let ready = null;
  if (waitReady) {
    await page.waitForFunction(() => window.__hanoi?.ready === true, null, { timeout: 60_000, polling: 20 });
    ready = await page.evaluate(() => performance.now());
  }
  await context.close();
  return { control, ready, early };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const servers = {};
for (const [name, dir] of Object.entries(dirs)) servers[name] = await serve(dir);
const url = (name) => `http://127.0.0.1:${servers[name].address().port}/`;
const samples = { game: [], gameReady: [], empty: [], emptySlim: [] };
let earlyFiles = [];
await timeControl(url('game'), 'New game', false); // warm-up (disk cache, Chromium start)
for (let i = 0; i < runs; i++) {
  const g = await timeControl(url('game'), 'New game', true);
  samples.game.push(g.control);
  samples.gameReady.push(g.ready);
  earlyFiles = g.early;
  samples.empty.push((await timeControl(url('empty'), 'Start', false)).control);
  samples.emptySlim.push((await timeControl(url('emptySlim'), 'Start', false)).control);
}
await browser.close();
for (const s of Object.values(servers)) s.close();

const size = {
  game: jsSize(dirs.game),
  empty: jsSize(dirs.empty),
  emptySlim: jsSize(dirs.emptySlim),
  early: jsSize(dirs.game, earlyFiles),
};
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const ms = (n) => `${Math.round(n)} ms`;
const ratio = size.game.gz / size.empty.gz;
const ratioSlim = size.game.gz / size.emptySlim.gz;
const titleMs = median(samples.game);
const rows = [
  ['Game (this build)', ms(titleMs), ms(median(samples.gameReady)), kb(size.game.raw), kb(size.game.gz)],
  ['Empty Phaser 4 + Vite page (published Phaser build)', ms(median(samples.empty)), '—', kb(size.empty.raw), kb(size.empty.gz)],
  [
    'Empty page, same trimmed Phaser as the game',
    ms(median(samples.emptySlim)),
    '—',
    kb(size.emptySlim.raw),
    kb(size.emptySlim.gz),
  ],
];
const table = [
  '| Page | First control interactive (median) | Art loaded (median) | JS raw | JS gzip -9 |',
  '|---|---|---|---|---|',
  ...rows.map((r) => `| ${r.join(' | ')} |`),
].join('\n');
const verdict = [
  `- Title interactive: **${ms(titleMs)}** (goal ≤ 1500 ms: ${titleMs <= 1500 ? 'met' : 'NOT met'}).`,
  `- Total JS gzip: **${(ratio).toFixed(2)}×** the empty Phaser page (goal ≤ 1.3×: ${ratio <= 1.3 ? 'met' : 'NOT met'}); ${ratioSlim.toFixed(2)}× the empty page built with the same Phaser, i.e. the game's own code, content and XState add ${kb(size.game.gz - size.emptySlim.gz)} gzip.`,
  `- JS whose download had started when the title became interactive: **${kb(size.early.gz)} gzip** (${kb(size.early.raw)} raw) in ${size.early.files} files (${earlyFiles.join(', ')}); Phaser's import starts at once but the DOM title does not wait for it, and what is not listed (the class client, the pack, the board) loads only on demand.`,
];
const section = `## Front end

Measured by \`node scripts/measure-load.mjs\` (${runs} cold runs per page, medians) on ${new Date().toISOString().slice(0, 10)}: Debian Chromium
headless with software WebGL (\`--enable-unsafe-swiftshader --use-angle=swiftshader\`), 1280×720, pages served from a local
static server. "First control interactive" is \`performance.now()\` when the title's **New game** button (the empty page's
**Start** button) is in the DOM, visible and enabled; 0 is navigation start. The game renders its DOM title at once and loads
Phaser and the art behind it ("Art loaded" is when \`window.__hanoi.ready\` turns true). The game ships Phaser built from its
own sources with only the modules its scenes use (\`src/game/phaser/phaserBuild.cjs\`); the empty page imports the published \`phaser\` build, as a new
Phaser 4 + Vite project does. The machine has 2 cores, shared with other work, so absolute times vary from run to run.

${table}

${verdict.join('\n')}
`;
console.log(`\n${section}`);
if (!args.includes('--no-write')) {
  const file = join(root, 'docs', 'benchmarks.md');
  const before = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const start = before.indexOf('## Front end');
  let next;
  if (start >= 0) {
    const rest = before.indexOf('\n## ', start + 1);
    next = before.slice(0, start) + section + (rest >= 0 ? before.slice(rest) : '');
  } else {
    next = `${before.trimEnd()}\n\n${section}`;
  }
  writeFileSync(file, next);
  console.log(`Wrote the "Front end" section of ${file}`);
}
