import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

/**
 * End-to-end tests in Debian's Chromium (no browser download), against `vite preview` of the
 * production build (and the class specs against the production server, `src/server/main.ts`). SwiftShader gives WebGL without a GPU; the specs assert the renderer is WebGL.
 */
/** E2E_PORT lets two checkouts run their suites at once on one machine. */
const PORT = Number(process.env.E2E_PORT) || 4818;
/** The production server (game and class server on one port) for the class specs (e2e/class.spec.ts). */
export const CLASS_PORT = Number(process.env.E2E_CLASS_PORT) || 4819;

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
    // Reduced motion: tweens take no time, so a scene change is one frame, not half a second of software
    // WebGL frames (a whole game about 20% faster). e2e/dprk.spec.ts plays its game with motion on.
    reducedMotion: 'reduce',
    // No service worker: each test's fresh context would otherwise download and cache the whole game
    // again beside the test (a precache is work for two cores). e2e/offline.spec.ts allows it and tests it.
    serviceWorkers: 'block',
    screenshot: 'only-on-failure',
    trace: 'off',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  webServer: [
    {
      command: `npx vite preview --port ${PORT} --strictPort`,
      url: `http://localhost:${PORT}`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // `npm run serve` on its own port, with throwaway class data: the class specs need the real server.
      command: `npx tsx src/server/main.ts`,
      env: { PORT: String(CLASS_PORT), CLASS_DATA_DIR: 'e2e-output/class-data' },
      url: `http://localhost:${CLASS_PORT}`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
