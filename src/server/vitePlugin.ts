/**
 * `npm start`: the class server embedded in the Vite dev server, so `npm install && npm start` runs
 * the game and the class server with no database. Colyseus 0.16 listens on an HTTP server of its
 * own (it cannot share one that is already listening), so it starts on a second port, `CLASS_PORT`
 * (default 2567), when Vite starts and stops with it. Classes are kept in `.class-data/`.
 */
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

export function classServerPlugin(): Plugin {
  return {
    name: 'hanoi-class-server',
    apply: 'serve',
    async configureServer(vite) {
      if (process.env.CLASS_SERVER === 'off') return;
      // Loaded here, not at the top, so `vite build` and `vite preview` never load the server.
      const { startClassServer } = await import('./classServer.ts');
      const { FileStore } = await import('./fileStore.ts');
      const port = Number(process.env.CLASS_PORT ?? 2567);
      const http = createServer((_req, res) => res.writeHead(404).end());
      const store = new FileStore(resolve(vite.config.root, process.env.CLASS_DATA_DIR ?? '.class-data'));
      try {
        const server = await startClassServer({ http, store }, port);
        vite.config.logger.info(`  class server: ws://localhost:${port} (${server.restored.length} class(es) restored)`);
        vite.httpServer?.once('close', () => void server.close());
      } catch (err) {
        // The game must still start: a second dev server, or another program on the port, only costs the class mode.
        const why = (err as { code?: string }).code === 'EADDRINUSE' ? `port ${port} is in use` : String(err);
        vite.config.logger.warn(`  class server not started (${why}); set CLASS_PORT to another port. The game runs without it.`);
        http.close();
      }
    },
  };
}
