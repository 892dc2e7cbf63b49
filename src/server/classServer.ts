/**
 * Starts the class server on an HTTP server: Colyseus with its WebSocket transport, the class room,
 * the join limit, and every stored class restored as it was. Presence and the matchmaking driver are
 * injected (in-memory by default; `@colyseus/redis-presence` and `@colyseus/redis-driver` for several
 * processes), and so is the store (a file per class by default). Nothing here fetches anything.
 */
import type { Server as HttpServer } from 'node:http';
import { type MatchMakerDriver, matchMaker, type Presence, Server } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { DEFAULT_JOIN_RATE, guardJoins } from './joinGate.ts';
import type { RateLimit } from './rateLimit.ts';
import { CLASS_ROOM, type ClassRoomConfig, defineClassRoom } from './room.ts';
import { newToken } from './secrets.ts';

/** Bigger than any message the protocol accepts (see protocol.ts); ws closes the socket above it. */
export const MAX_FRAME_BYTES = 16 * 1024;

export interface ClassServerOptions extends ClassRoomConfig {
  readonly http: HttpServer;
  readonly presence?: Presence;
  readonly driver?: MatchMakerDriver;
  readonly joinRate?: RateLimit;
  readonly trustProxy?: boolean;
  /** This process's address as other processes' clients reach it (with Redis; e.g. "host:8081"). */
  readonly publicAddress?: string;
}

export interface ClassServer {
  readonly server: Server;
  /** Codes of the classes brought back from the store at start. */
  readonly restored: readonly string[];
  close(): Promise<void>;
}

/** Builds the server and listens on `port` (0 for any free port). */
export async function startClassServer(options: ClassServerOptions, port: number, host?: string): Promise<ClassServer> {
  const transport = new WebSocketTransport({ server: options.http, maxPayload: MAX_FRAME_BYTES });
  const server = new Server({
    transport,
    presence: options.presence,
    driver: options.driver,
    publicAddress: options.publicAddress,
    greet: false,
    gracefullyShutdown: false,
  });
  const restoreKey = newToken();
  server.define(CLASS_ROOM, defineClassRoom({ ...options, restoreKey }));
  guardJoins(options.http, options.joinRate ?? DEFAULT_JOIN_RATE, options.trustProxy);
  await server.listen(port, host);
  const restored: string[] = [];
  for (const code of await options.store.codes()) {
    try {
      // With a shared store (Redis), a class another process is running is left to it.
      if ((await matchMaker.query({ roomId: code })).length > 0) continue;
      await matchMaker.createRoom(CLASS_ROOM, { restore: code, restoreKey });
      restored.push(code);
    } catch (err) {
      console.error(`Class ${code} could not be restored:`, err);
    }
  }
  return { server, restored, close: () => server.gracefullyShutdown(false) };
}
