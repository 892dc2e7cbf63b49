import { fileURLToPath } from 'node:url';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { STRINGS_OPTIONS } from './scripts/strings.ts';
import { PALETTE, paletteCss } from './src/app/palette.ts';
import { SECURITY_HEADERS } from './src/server/securityHeaders.ts';
import { classServerPlugin } from './src/server/vitePlugin.ts';

/**
 * The browser build. Phaser is built from its own sources without the physics engines and sound
 * (the game uses neither), and it gets a chunk of its own so it stays cached across releases. SVG art
 * and fonts are emitted as files (never inlined into JS); nothing is fetched from another origin. The
 * colour tokens reach the stylesheet as `virtual:palette.css`, generated from `src/app/palette.ts`.
 * The dev server also starts the class server (src/server/vitePlugin.ts; `CLASS_SERVER=off` skips it),
 * and recompiles the string catalogue when a message file changes (`npm run build` compiles it first).
 * Both servers send the security headers of src/server/securityHeaders.ts (CSP with no framing).
 * The build is an installable PWA that plays offline after the first visit (`offlineApp` below).
 */
/** The Phaser the game ships: only the modules its scenes use (src/game/phaser/phaserBuild.cjs). */
const phaserBuild = fileURLToPath(new URL('./src/game/phaser/phaserBuild.cjs', import.meta.url));

/** Serves `import 'virtual:palette.css'`: the palette as CSS custom properties, so CSS and Phaser share one table. */
function paletteStylesheet(): Plugin {
  const id = 'virtual:palette.css';
  const resolved = `\0${id}`;
  return {
    name: 'hanoi-palette-css',
    resolveId: (source) => (source === id ? resolved : null),
    load: (source) => (source === resolved ? paletteCss() : null),
  };
}

/**
 * The service worker precaches the whole game (code, odds worker, art, fonts: about 1.8 MB), so after
 * one visit it plays with no network. Updates wait for the player (`registerType: 'prompt'`, shown by
 * src/ui/updatePrompt.ts); `clientsClaim` lets the first visit be controlled at once (the plugin sets
 * it only for its own inline registration, which our CSP forbids; src/main.ts registers instead).
 */
function offlineApp(): Plugin[] {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    manifest: {
      name: 'Hanoi Summit',
      short_name: 'Hanoi Summit',
      description: 'Play the February 2019 US–DPRK summit in Hanoi from either side.',
      start_url: './',
      scope: './',
      display: 'standalone',
      theme_color: PALETTE.night,
      background_color: PALETTE.night,
      icons: [
        { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        { src: 'icon-maskable.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'maskable' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,woff2,png,webp,json}'],
      maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
      navigateFallback: 'index.html',
      // The class server's HTTP routes are never answered with the game page.
      navigateFallbackDenylist: [/^\/matchmake\//],
      clientsClaim: true,
      cleanupOutdatedCaches: true,
    },
  });
}

/**
 * In dev only, the class server listens on its own port (CLASS_PORT, src/server/vitePlugin.ts), which
 * `connect-src 'self'` does not cover: the dev page's meta tag and headers also allow it. The built
 * page keeps `'self'` alone (production serves game and class server on one origin).
 */
const CLASS_PORT = Number(process.env.CLASS_PORT ?? 2567);
const DEV_CONNECT = `ws://localhost:${CLASS_PORT} ws://127.0.0.1:${CLASS_PORT}`;
const withDevConnect = (csp: string) => csp.replace(/connect-src ([^;]*)/, `connect-src $1 ${DEV_CONNECT}`);
const DEV_HEADERS = {
  ...SECURITY_HEADERS,
  'Content-Security-Policy': withDevConnect(SECURITY_HEADERS['Content-Security-Policy']),
};

function devClassConnect(): Plugin {
  return {
    name: 'hanoi-dev-class-connect',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html.replace(
        /(<meta http-equiv="Content-Security-Policy" content=")([^"]*)"/,
        (_, head, csp) => `${head}${withDevConnect(csp)}"`,
      ),
  };
}

export default defineConfig(({ command }) => ({
  base: './',
  plugins: [
    paletteStylesheet(),
    ...offlineApp(),
    ...(command === 'serve' ? [paraglideVitePlugin(STRINGS_OPTIONS), classServerPlugin(), devClassConnect()] : []),
  ],
  // The dev server keeps Phaser's prebuilt ES module (its sources are CommonJS, which only the build bundles).
  resolve: {
    alias: command === 'build' ? [{ find: /^phaser$/, replacement: phaserBuild }] : [],
  },
  define: {
    // Phaser's build flags (its own webpack config sets the same ones).
    'typeof CANVAS_RENDERER': 'true',
    'typeof WEBGL_RENDERER': 'true',
    'typeof WEBGL_DEBUG': 'false',
    'typeof FEATURE_SOUND': 'false',
    'typeof PLUGIN_CAMERA3D': 'false',
    'typeof PLUGIN_FBINSTANT': 'false',
    global: 'globalThis',
  },
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      // The odds worker is a second entry, so the core it runs is shared with the page, not copied.
      input: {
        index: fileURLToPath(new URL('./index.html', import.meta.url)),
        'odds-worker': fileURLToPath(new URL('./src/ui/odds/odds.worker.ts', import.meta.url)),
      },
      output: {
        entryFileNames: (chunk) => (chunk.name === 'odds-worker' ? 'assets/odds-worker.js' : 'assets/[name]-[hash].js'),
        codeSplitting: {
          groups: [{ name: 'phaser', test: /node_modules[\\/]phaser|src[\\/]game[\\/]phaser[\\/]/ }],
        },
      },
    },
  },
  server: { port: 5173, headers: DEV_HEADERS },
  preview: { port: 4818, headers: SECURITY_HEADERS },
}));
