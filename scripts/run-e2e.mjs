#!/usr/bin/env node
/**
 * Builds the production bundle and runs the Playwright suite against `vite preview` of it, in Debian's
 * Chromium. With MEASURE=1 it then prints the front-end load numbers (scripts/measure-load.mjs); by default it
 * does not, since a measurement is a benchmark, not a test (`npm run bench:load` runs it on its own).
 * Exits non-zero when the build or any test fails. Extra arguments go to `playwright test`.
 */
import { spawnSync } from 'node:child_process';

const env = { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };
const run = (cmd, args) => {
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit', env });
  console.log(`${[cmd, ...args].join(' ')}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result.status ?? 1;
};

const build = run('npx', ['vite', 'build', '--logLevel', 'warn']);
if (build !== 0) process.exit(build);
const tests = run('npx', ['playwright', 'test', ...process.argv.slice(2)]);
// Print the load-time and bundle-size numbers too (docs/benchmarks.md is rewritten only by a
// separate `node scripts/measure-load.mjs`). A failed measurement is reported, not fatal.
if (tests === 0 && process.env.MEASURE === '1') {
  if (run('node', ['scripts/measure-load.mjs', '--runs', '3', '--no-game-build', '--no-write']) !== 0) {
    console.warn('The load measurement failed; the tests themselves passed.');
  }
}
process.exit(tests);
