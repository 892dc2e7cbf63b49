/**
 * One class-server process for the class benchmark (`scripts/classBench.ts` forks it): the real
 * server on 127.0.0.1 with the file store (with `--redis URL`, Redis presence, driver and store), so
 * its memory and CPU are measured apart from the bot clients. It answers `stats` with its RSS after
 * a full GC, its CPU time and how late its event loop ran since the last `stats` (p50 / p99 / max, ms:
 * time a message waited behind other work), and exits on `stop` or when its parent goes away.
 */
import { createServer } from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { startClassServer } from '../src/server/classServer.ts';
import { FileStore } from '../src/server/fileStore.ts';
import { redisScaleOut } from '../src/server/redisScaleOut.ts';
import { parseArgs } from './args.ts';

const args = parseArgs(process.argv.slice(2), ['port', 'dir', 'redis']);
const port = Number(args.get('port'));
const dir = String(args.get('dir'));
const redis = args.get('redis');
const shared = typeof redis === 'string' ? await redisScaleOut(redis, `127.0.0.1:${port}`) : null;

const server = await startClassServer(
  {
    http: createServer(),
    store: shared?.store ?? new FileStore(dir),
    ...(shared ? { presence: shared.presence, driver: shared.driver, publicAddress: shared.publicAddress } : {}),
    computerDelayMs: 0,
    // Bots move as soon as the server answers, far faster than students: the limits would refuse them.
    joinRate: { perSecond: 10_000, burst: 10_000 },
    messageRate: { perSecond: 10_000, burst: 10_000 },
  },
  port,
  '127.0.0.1',
);

const gc = (globalThis as { gc?: () => void }).gc;
const loop = monitorEventLoopDelay({ resolution: 5 });
loop.enable();
const ms = (ns: number) => Math.round(ns / 1e4) / 100;
process.on('message', async (message: { type: string }) => {
  if (message.type === 'stats') {
    gc?.();
    const cpu = process.cpuUsage();
    const lag = { p50: ms(loop.percentile(50)), p99: ms(loop.percentile(99)), max: ms(loop.max) };
    loop.reset();
    process.send?.({ type: 'stats', rss: process.memoryUsage().rss, cpuMs: (cpu.user + cpu.system) / 1000, lag });
  } else if (message.type === 'stop') {
    await server.close();
    await shared?.close();
    process.exit(0);
  }
});
process.on('disconnect', () => process.exit(0));
process.send?.({ type: 'listening', port });
