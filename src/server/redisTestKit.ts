/**
 * A throwaway Redis for the scale-out test and the scale-out bench: `redis-server` on a free loopback
 * port with no persistence, stopped by whoever started it. A machine without redis-server gets a
 * clear failure, never a skipped test (`.ci/run` installs it).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';

export function freeLoopbackPort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface LocalRedis {
  readonly url: string;
  stop(): Promise<void>;
}

export async function startRedis(): Promise<LocalRedis> {
  const found = spawnSync('redis-server', ['--version'], { encoding: 'utf8' });
  if (found.error || found.status !== 0)
    throw new Error('redis-server is not installed (apt-get install -y redis-server; .ci/run installs it).');
  const port = await freeLoopbackPort();
  const child: ChildProcess = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error('redis-server did not start within 10 s.')), 10_000);
    child.once('exit', (code) => fail(new Error(`redis-server exited (${code}) at start.`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Ready to accept connections')) {
        clearTimeout(timer);
        ready();
      }
    });
  });
  child.stdout?.resume();
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}
