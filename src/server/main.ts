/**
 * `npm run serve`: the production server. One port (`PORT`, default 8080) serves the built game from
 * `dist/` (run `npm run build` first) and the class server. Classes are kept in append-only files in
 * `CLASS_DATA_DIR` (default `.class-data/`) and restored at start. With `REDIS_URL`, presence,
 * matchmaking and the class logs go through Redis so several processes share classes (each needs
 * `PUBLIC_ADDRESS`).
 */
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { startClassServer } from './classServer.ts';
import { FileStore } from './fileStore.ts';
import { serveStatic } from './staticFiles.ts';

const port = Number(process.env.PORT ?? 8080);
const dist = resolve(process.env.DIST_DIR ?? 'dist');

async function scaleOut() {
  const url = process.env.REDIS_URL;
  if (!url) return null;
  const { redisScaleOut } = await import('./redisScaleOut.ts');
  return redisScaleOut(url, process.env.PUBLIC_ADDRESS);
}

const shared = await scaleOut();
const { close: closeRedis, ...redis } = shared ?? { close: async () => {} };
const store = shared?.store ?? new FileStore(resolve(process.env.CLASS_DATA_DIR ?? '.class-data'));
const http = createServer(serveStatic(dist));
const server = await startClassServer({ http, store, trustProxy: process.env.TRUST_PROXY === '1', ...redis }, port);
console.log(
  `Hanoi Summit on http://localhost:${port} (class server on the same port); restored ${server.restored.length} class(es).`,
);
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () =>
    server
      .close()
      .then(closeRedis)
      .then(() => process.exit(0)),
  );
