/**
 * Rate-limits joins by address before Colyseus's matchmaker sees them: every create, join and
 * join-by-code is an HTTP POST under /matchmake/, so guessing class codes costs a request each and
 * an address gets a few a second. Behind a proxy, set TRUST_PROXY=1 to count by X-Forwarded-For.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { KeyedLimiter, type RateLimit } from './rateLimit.ts';

export const DEFAULT_JOIN_RATE: RateLimit = { perSecond: 2, burst: 20 };

export function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = trustProxy ? req.headers['x-forwarded-for'] : undefined;
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
  return first || req.socket.remoteAddress || 'unknown';
}

/** Puts the limit in front of the server's request listeners (call after Colyseus has attached). */
export function guardJoins(server: Server, rate: RateLimit, trustProxy = false): void {
  const limiter = new KeyedLimiter(rate);
  const listeners = server.listeners('request').slice(0) as ((req: IncomingMessage, res: ServerResponse) => void)[];
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (req.method === 'POST' && req.url?.includes('/matchmake/') && !limiter.take(clientAddress(req, trustProxy))) {
      res.writeHead(429, { 'Content-Type': 'application/json', 'Retry-After': '2' });
      res.end(JSON.stringify({ code: 429, error: 'Too many join attempts from this address; wait a moment and try again.' }));
      return;
    }
    for (const listener of listeners) listener.call(server, req, res);
  });
}
