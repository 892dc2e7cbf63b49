import { createServer } from 'node:http';
import { describe, expect, it } from 'vitest';
import { guardJoins } from './joinGate.ts';
import { KeyedLimiter, TokenBucket } from './rateLimit.ts';
import { freePort } from './serverTestKit.ts';

describe('rate limits', { timeout: 10_000 }, () => {
  it('a bucket allows its burst, then refills at its rate', () => {
    let now = 0;
    const bucket = new TokenBucket({ perSecond: 2, burst: 3 }, () => now);
    expect([1, 2, 3, 4].map(() => bucket.take())).toEqual([true, true, true, false]);
    now = 499;
    expect(bucket.take()).toBe(false);
    now = 500;
    expect(bucket.take()).toBe(true);
  });

  it('keys are limited apart', () => {
    const limiter = new KeyedLimiter({ perSecond: 1, burst: 1 }, () => 0);
    expect([limiter.take('a'), limiter.take('a'), limiter.take('b')]).toEqual([true, false, true]);
  });

  it('join attempts beyond the limit get 429 before the matchmaker sees them; other requests pass', async () => {
    let reached = 0;
    const server = createServer((_req, res) => {
      reached++;
      res.end('ok');
    });
    guardJoins(server, { perSecond: 0.01, burst: 3 });
    const port = await freePort();
    await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
    const post = () => fetch(`http://127.0.0.1:${port}/matchmake/joinById/QQQQQQ`, { method: 'POST', body: '{}' });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await post()).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    expect((await fetch(`http://127.0.0.1:${port}/index.html`)).status).toBe(200);
    expect(reached).toBe(4);
    await new Promise((r) => server.close(r));
  });
});
