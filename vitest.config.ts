import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Unit, model-based and property tests in Node (and the browser tests' own pure rules, e2e/*.test.ts; Playwright runs only *.spec.ts). No global test timeout: a slow test sets its own
 * (a few times its time on a loaded machine) where it is written, and the rest keep Vitest's 5 s.
 * One worker per core: Vitest's default keeps a core for its main process, which only waits, and on
 * a 2-core machine that meant one test file at a time. The 10,000 playthroughs are split into shard
 * files (src/sim/session/randomPlaythroughs.ts) so that the workers share them.
 * Files run in the same worker share its module cache (`isolate: false`): the core and its content
 * load once per worker rather than once per file, which took a third of the suite's CPU. That holds
 * because no test mocks a module or stubs a global; a test that must should go in a project of its own
 * with `isolate: true`.
 */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'e2e/**/*.test.ts'],
    environment: 'node',
    maxWorkers: availableParallelism(),
    isolate: false,
  },
});
