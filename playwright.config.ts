import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

/**
 * End-to-end tests in Debian's Chromium (no browser download), against `vite preview` of the
 * production build. SwiftShader gives WebGL without a GPU; the specs assert the renderer is WebGL.
 */
/** E2E_PORT lets two checkouts run their suites at once on one machine. */
const PORT = Number(process.env.E2E_PORT) || 4818;

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'e2e-output/results',
  // Tests, not whole files, are shared between the workers: the specs' tests are independent (a fresh
  // page and storage each), and a file of several long games no longer leaves one worker idle at the end.
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 120_000,
  // A poll returns as soon as it holds, so this costs a passing test nothing; on a loaded 2-core machine
  // a scene change has taken more than 15 s.
  expect: { timeout: 30_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    viewport: { width: 1280, height: 720 },
    screenshot: 'only-on-failure',
    trace: 'off',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
