/**
 * What the server's test files share: a free localhost port, a class server on it with a file store
 * in a fresh temporary directory, Colyseus's own test SDK pointed at it, and a scripted pair that
 * plays a table to its ending over the wire.
 */
import { mkdtempSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ColyseusTestServer } from '@colyseus/testing';
import { type ClassServer, type ClassServerOptions, startClassServer } from './classServer.ts';
import { FileStore } from './fileStore.ts';
import { candidateMoves } from './scriptedPlayer.ts';
import type { TestClient } from './testClient.ts';

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createNetServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export const tempDataDir = () => mkdtempSync(join(tmpdir(), 'hanoi-class-'));

/** A real class server on 127.0.0.1 (generous limits unless given), with the test SDK. */
export async function bootClassServer(dir: string, options: Partial<ClassServerOptions> = {}) {
  const port = await freePort();
  const store = new FileStore(dir);
  const server: ClassServer = await startClassServer(
    {
      http: createHttpServer(),
      store,
      computerDelayMs: 0,
      joinRate: { perSecond: 1000, burst: 1000 },
      ...options,
    },
    port,
    '127.0.0.1',
  );
  return { server, store, port, colyseus: new ColyseusTestServer(server.server) };
}

export async function until(test: () => boolean, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!test()) {
    if (Date.now() > deadline) throw new Error(`Condition not met within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Two students at one table play to the ending; returns the number of moves made. */
export async function playPair(us: TestClient, dprk: TestClient, maxMoves = 300): Promise<number> {
  for (let moves = 0; moves < maxMoves; moves++) {
    await until(() => us.count('view') === dprk.count('view') && us.count('view') > 0);
    const mover = [us, dprk].find((seat) => {
      const view = seat.last('view').view;
      return view.turn?.side === view.viewer;
    });
    if (!mover) return moves;
    let moved = false;
    for (const move of candidateMoves(mover.last('view').view)) {
      const reply = await mover.reply(mover.send('move', move), ['view', 'refused']);
      if (reply.type === 'view') {
        moved = true;
        break;
      }
    }
    if (!moved) throw new Error(`No scripted move was accepted at ${mover.last('view').view.beat?.id}`);
  }
  throw new Error(`No ending after ${maxMoves} moves`);
}
