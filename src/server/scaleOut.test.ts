import { type ChildProcess, fork } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'colyseus.js';
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { RedisStore } from './redisStore.ts';
import { freeLoopbackPort, type LocalRedis, startRedis } from './redisTestKit.ts';
import { until } from './serverTestKit.ts';
import { TestClient } from './testClient.ts';

/**
 * Scale-out: two production server processes (`src/server/main.ts` with `REDIS_URL`) share one
 * Redis for presence, matchmaking and class logs. Classes live on both; a student joins a class by
 * its code through either process and lands where it lives; a move made there is seen by the seat
 * that joined through the other process, the teacher, and the shared log.
 */

async function startProcess(redisUrl: string): Promise<{ child: ChildProcess; port: number }> {
  const port = await freeLoopbackPort();
  const dir = mkdtempSync(join(tmpdir(), 'hanoi-scale-'));
  const child = fork(new URL('./main.ts', import.meta.url).pathname, [], {
    execArgv: ['--import', 'tsx'],
    env: {
      ...process.env,
      PORT: String(port),
      REDIS_URL: redisUrl,
      PUBLIC_ADDRESS: `127.0.0.1:${port}`,
      DIST_DIR: dir,
      CLASS_DATA_DIR: dir,
    },
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  await new Promise<void>((ready, fail) => {
    child.once('exit', (code) => fail(new Error(`A server process exited (${code}) at start.`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Hanoi Summit on')) ready();
    });
  });
  child.stdout?.resume();
  return { child, port };
}

const stop = (child: ChildProcess) =>
  new Promise<void>((done) => {
    if (child.exitCode !== null) return done();
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });

describe('two server processes sharing one Redis', { timeout: 90_000 }, () => {
  it('hosts classes on both, lets students join either way, and shows a move everywhere', async () => {
    const redis: LocalRedis = await startRedis();
    const processes: { child: ChildProcess; port: number }[] = [];
    const clients: TestClient[] = [];
    const direct = new Redis(redis.url);
    try {
      processes.push(await startProcess(redis.url), await startProcess(redis.url));
      const [a, b] = processes.map((p) => new Client(`ws://127.0.0.1:${p.port}`));
      const teachers = [
        TestClient.ready(await a.create('class', { role: 'teacher', setup: { students: 2, game: { mode: 'open' } } })),
        TestClient.ready(await b.create('class', { role: 'teacher', setup: { students: 2, game: { mode: 'open' } } })),
      ];
      clients.push(...teachers);
      const codes = teachers.map((t) => t.room.roomId);
      // Where each class lives, as the matchmaking driver records it in Redis.
      const homes = await Promise.all(
        codes.map(async (code) => JSON.parse((await direct.hget('roomcaches', code)) ?? '{}').publicAddress as string),
      );
      expect(new Set(homes).size).toBe(2);
      expect(homes.sort()).toEqual(processes.map((p) => `127.0.0.1:${p.port}`).sort());

      // Class 1's two students: one through each process; both land on its home process.
      const [code] = codes;
      const viaA = await TestClient.join(a, code, { role: 'student' });
      const viaB = await TestClient.join(b, code, { role: 'student' });
      clients.push(viaA, viaB);
      const seats = await Promise.all([viaA, viaB].map(async (s) => (await s.next((m) => m.type === 'welcome')).body));
      expect(seats.map((w) => `${w.code} ${w.side}`).sort()).toEqual([`${code} dprk`, `${code} us`]);
      await until(() => viaA.count('view') > 0 && viaB.count('view') > 0);
      const mover = viaA.last('view').view.turn.side === viaA.last('view').view.viewer ? viaA : viaB;
      const other = mover === viaA ? viaB : viaA;
      const choice = mover.last('view').view.choices.find((c: { enabled: boolean }) => c.enabled).id as string;
      const views = other.count('view');
      mover.send('move', { type: 'CHOOSE', choiceId: choice });
      await until(() => other.count('view') > views);
      expect(other.last('view').view.lastMove).toMatchObject({ side: mover.last('view').side, move: choice });
      await until(() => teachers[0].last('dashboard')?.tables[0].moves === 1);
      expect(teachers[1].last('dashboard').tables[0].moves).toBe(0);

      // The log is in the shared Redis store, readable by any process.
      const log = (await new RedisStore(direct).load(code)) ?? [];
      expect(log.filter((r) => r.kind === 'move')).toEqual([
        {
          kind: 'move',
          table: 1,
          event: { type: 'CHOOSE', by: mover.last('view').side, choiceId: choice },
          at: expect.any(Number),
        },
      ]);
      expect([...(await new RedisStore(direct).codes())].sort()).toEqual([...codes].sort());
    } finally {
      await Promise.all(clients.map((c) => c.room.leave().catch(() => {})));
      await Promise.all(processes.map((p) => stop(p.child)));
      direct.disconnect();
      await redis.stop();
    }
  });
});
