/**
 * npm run -s class:bench -- --tables 30 --json : the class server under a class's load, end to end.
 * It forks a real server process on 127.0.0.1 (`classBenchServer.ts`), creates classes of up to 30
 * tables (the set-up's limit is 60 students), and joins a teacher and two bot students per table with
 * colyseus.js over real WebSockets. Each bot plays its seat with the core's own AI policy: before play
 * the bench plays a replica of each table with both seats set to the computer (seed and settings from
 * the class's stored log, which only this harness reads) and keeps its moves as the table's script, so
 * the timed play measures the server, not the harness's own AI (a student's device runs none). Every
 * message a bot or teacher receives is kept and, once play ends, goes through the leak check; then each
 * table's stored log is replayed with `Session.replay` and must give exactly the views the seats last
 * received.
 * `--processes 2 --redis` starts a redis-server on loopback and two server processes sharing it;
 * classes are created and joined through each in turn. Bounded: at most 600 tables, a deadline (`--timeout-s`, default 300) after which it stops itself.
 * Not a test: it prints figures (see docs/benchmarks.md).
 */
import { type ChildProcess, fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { Client, type Room } from 'colyseus.js';
import { Redis } from 'ioredis';
import type { SeatView } from '../src/server/classroom.ts';
import { FileStore } from '../src/server/fileStore.ts';
import { leaksIn } from '../src/server/leakCheck.ts';
import { RedisStore } from '../src/server/redisStore.ts';
import { type LocalRedis, startRedis } from '../src/server/redisTestKit.ts';
import type { ClassRecord, ClassStore } from '../src/server/store.ts';
import type { SeatEvent, Side } from '../src/sim/session/index.ts';
import { Session } from '../src/sim/session/session.ts';
import { intArg, parseArgs } from './args.ts';

const TABLES_PER_CLASS = 30;
const MAX_TABLES = 600;
const MAX_MOVES_PER_TABLE = 400;

// biome-ignore lint/suspicious/noExplicitAny: messages off the wire are untyped; the bench reads a few fields.
type Msg = { readonly type: string; readonly body: any };

/** A bot's or teacher's connection: counts messages, checks each for leaks, wakes waiters. */
class Bot {
  views = 0;
  lastView: SeatView | null = null;
  welcome: { table: number; side: Side } | null = null;
  refusals: Msg[] = [];
  private waiters: (() => void)[] = [];
  /** Every message with its recipient, checked after play so checking takes no time from it. */
  private readonly inbox: [Msg, string][] = [];

  constructor(
    readonly room: Room,
    private readonly check: (m: Msg, to: () => string) => void,
  ) {
    room.onMessage('*', (type, body) => {
      const m = { type: String(type), body };
      if (m.type === 'welcome' && body.role === 'seat') this.welcome = { table: body.table, side: body.side };
      this.inbox.push([m, this.welcome ? `${this.welcome.table}:${this.welcome.side}` : 'teacher']);
      if (m.type === 'view') {
        this.views++;
        this.lastView = body;
      } else if (m.type === 'refused') this.refusals.push(m);
      for (const wake of this.waiters.splice(0)) wake();
    });
    room.send('ready');
  }

  /** Runs the leak check on every message received so far. */
  checkAll(): void {
    for (const [m, to] of this.inbox.splice(0)) this.check(m, () => to);
  }

  async until(test: () => boolean, ms = 10_000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!test()) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error('A bot waited too long for the server.');
      await new Promise<void>((wake) => {
        const timer = setTimeout(wake, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          wake();
        });
      });
    }
  }
}

interface Table {
  readonly code: string;
  readonly number: number;
  readonly seed: number;
  readonly settings: unknown;
  /** The moves of a replica with both seats played by the computer: what each bot sends, in order. */
  script: readonly SeatEvent[];
  readonly bots: Record<Side, Bot>;
  error: string | null;
}

const freePort = () =>
  new Promise<number>((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });

function startServer(dir: string, extra: readonly string[]): Promise<{ child: ChildProcess; port: number }> {
  return freePort().then(
    (port) =>
      new Promise((done, fail) => {
        const child = fork(
          new URL('./classBenchServer.ts', import.meta.url).pathname,
          ['--port', String(port), '--dir', dir, ...extra],
          {
            execArgv: ['--import', 'tsx', '--expose-gc'],
            stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
          },
        );
        child.once('exit', (code) => fail(new Error(`The bench server exited (${code}) before listening.`)));
        child.on('message', (m: { type: string }) => {
          if (m.type === 'listening') done({ child, port });
        });
      }),
  );
}

type Lag = { readonly p50: number; readonly p99: number; readonly max: number };

function stats(child: ChildProcess): Promise<{ rss: number; cpuMs: number; lag: Lag }> {
  return new Promise((done) => {
    const on = (m: { type: string; rss: number; cpuMs: number; lag: Lag }) => {
      if (m.type !== 'stats') return;
      child.off('message', on);
      done(m);
    };
    child.on('message', on);
    child.send({ type: 'stats' });
  });
}

const quantile = (sorted: readonly number[], q: number) =>
  sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

/** The computer's moves for both seats of a table, played on a replica to its ending. */
function scriptOf(settings: object, seed: number): SeatEvent[] {
  const replica = Session.start({ ...settings, seats: { us: 'ai', dprk: 'ai' } }, seed);
  const moves: SeatEvent[] = [];
  while (!replica.over && moves.length < MAX_MOVES_PER_TABLE) {
    const move = replica.stepAuto();
    if (!move) throw new Error('The replica has no computer move.');
    moves.push(move);
  }
  return moves;
}

/** Plays one table to its ending: the script names the move, the seat's bot sends it, both see it. */
async function playTable(t: Table, rtts: number[]): Promise<void> {
  for (const move of t.script) {
    const bot = t.bots[move.by];
    const { by: _by, ...body } = move;
    const expected = { us: t.bots.us.views + 1, dprk: t.bots.dprk.views + 1 };
    const refusals = bot.refusals.length;
    const sent = performance.now();
    bot.room.send('move', body);
    await bot.until(() => bot.views >= expected[move.by] || bot.refusals.length > refusals);
    if (bot.refusals.length > refusals) throw new Error(`Refused: ${bot.refusals.at(-1)?.body.message}`);
    rtts.push(performance.now() - sent);
    await Promise.all((['us', 'dprk'] as const).map((side) => t.bots[side].until(() => t.bots[side].views >= expected[side])));
  }
}

async function main(): Promise<Record<string, unknown>> {
  const args = parseArgs(process.argv.slice(2), ['tables', 'timeout-s', 'processes', 'redis', 'json']);
  const tables = intArg(args, 'tables', 30, MAX_TABLES);
  const timeoutS = intArg(args, 'timeout-s', 300, 3600);
  const count = intArg(args, 'processes', 1, 4);
  const useRedis = args.get('redis') === true;
  if (tables < 1) throw new Error('--tables needs at least 1');
  if (count < 1 || (count > 1 && !useRedis)) throw new Error('--processes 2 or more needs --redis');
  const dir = mkdtempSync(join(tmpdir(), 'hanoi-class-bench-'));
  let redis: LocalRedis | null = null;
  let direct: Redis | null = null;
  const servers: { child: ChildProcess; port: number }[] = [];
  /** Where the run is, and how many tables have played out, for the deadline's message. */
  const progress = { phase: 'start', tablesDone: 0 };
  const deadline = setTimeout(() => {
    process.stdout.write(`${JSON.stringify({ error: `The bench did not finish within ${timeoutS} s.`, ...progress })}\n`);
    for (const s of servers) s.child.kill();
    void redis?.stop();
    process.exit(2);
  }, timeoutS * 1000);
  try {
    if (useRedis) {
      redis = await startRedis();
      direct = new Redis(redis.url);
    }
    for (let i = 0; i < count; i++) servers.push(await startServer(dir, redis ? ['--redis', redis.url] : []));
    const store: ClassStore = direct ? new RedisStore(direct) : new FileStore(dir);
    const allStats = async () => {
      const each = await Promise.all(servers.map((s) => stats(s.child)));
      return {
        rss: each.reduce((a, s) => a + s.rss, 0),
        cpuMs: each.reduce((a, s) => a + s.cpuMs, 0),
        lag: { p50: Math.max(...each.map((s) => s.lag.p50)), p99: Math.max(...each.map((s) => s.lag.p99)) },
      };
    };
    const idle = await allStats();
    const clients = servers.map((s) => new Client(`ws://127.0.0.1:${s.port}`));
    let leaks = 0;
    const leakExamples: string[] = [];
    const early: (() => void)[] = [];
    const seeds = new Map<string, number[]>();
    /** Every message: the structural leak rule, and no table's seed anywhere before the debrief. */
    const checkOf =
      (code: string) =>
      (m: Msg, to: () => string): void => {
        const recipient = to();
        // Messages that arrive before the bench has read the class's seeds are checked once it has.
        if (!seeds.has(code)) {
          early.push(() => checkOf(code)(m, () => recipient));
          return;
        }
        const classSeeds = seeds.get(code) ?? [];
        const own = recipient === 'teacher' ? classSeeds[0] : classSeeds[Number(recipient.split(':')[0]) - 1];
        const problems = leaksIn({ to: recipient, type: m.type, body: m.body }, own);
        if (m.type !== 'debrief' && classSeeds.length > 0) {
          const numbers = new Set(JSON.stringify(m.body ?? null).match(/\d{4,}/g) ?? []);
          if (classSeeds.some((s) => numbers.has(String(s)))) problems.push(`a table's seed is in a ${m.type} to ${recipient}`);
        }
        leaks += problems.length;
        if (leakExamples.length < 3) leakExamples.push(...problems.slice(0, 3 - leakExamples.length));
      };

    const all: Table[] = [];
    const teachers: Bot[] = [];
    progress.phase = 'join';
    const joinStart = performance.now();
    // As few classes as the 30-table limit allows (at least one per process), of near-equal size.
    const classes = Math.min(tables, Math.max(Math.ceil(tables / TABLES_PER_CLASS), servers.length));
    for (let k = 0; k < classes; k++) {
      const n = Math.floor(tables / classes) + (k < tables % classes ? 1 : 0);
      const setup = { students: 2 * n, pairing: 'pairs', seeds: 'different', game: { mode: 'open' } };
      // Classes are created, and their students join, through each process in turn.
      const via = (i: number) => clients[(k + i) % clients.length];
      const room = await via(0).create('class', { role: 'teacher', setup });
      const code = room.roomId;
      teachers.push(new Bot(room, checkOf(code)));
      const head = (await store.load(code))?.[0] as Extract<ClassRecord, { kind: 'class' }>;
      seeds.set(
        code,
        head.tables.map((p) => p.seed),
      );
      for (const check of early.splice(0)) check();
      const bots = await Promise.all(
        Array.from({ length: 2 * n }, async (_, i) => new Bot(await via(i).joinById(code, { role: 'student' }), checkOf(code))),
      );
      await Promise.all(bots.map((b) => b.until(() => b.welcome !== null && b.views > 0)));
      for (const plan of head.tables) {
        const seat = (side: Side) => bots.find((b) => b.welcome?.table === plan.number && b.welcome.side === side) as Bot;
        const settings = { ...head.setup.game, seats: plan.seats };
        all.push({
          code,
          number: plan.number,
          seed: plan.seed,
          settings,
          script: [],
          bots: { us: seat('us'), dprk: seat('dprk') },
          error: null,
        });
      }
    }
    const joinMs = performance.now() - joinStart;
    progress.phase = 'script';
    for (const t of all) t.script = scriptOf(t.settings as object, t.seed);
    const joined = await allStats();

    const rtts: number[] = [];
    // How late this (bot) process's own event loop ran during play: a round trip includes that wait too.
    const botLoop = monitorEventLoopDelay({ resolution: 5 });
    botLoop.enable();
    const cpuStart = process.cpuUsage();
    const playStart = performance.now();
    progress.phase = 'play';
    await Promise.all(
      all.map((t) =>
        playTable(t, rtts)
          .catch((err: unknown) => {
            t.error = err instanceof Error ? err.message : String(err);
          })
          .finally(() => progress.tablesDone++),
      ),
    );
    progress.phase = 'check';
    const playMs = performance.now() - playStart;
    botLoop.disable();
    const played = await allStats();
    for (const bot of [...teachers, ...all.flatMap((t) => [t.bots.us, t.bots.dprk])]) bot.checkAll();
    const cpu = process.cpuUsage(cpuStart);

    // Each table's stored log, replayed by the core, must give exactly what each seat last saw.
    let replayEqual = 0;
    let finished = 0;
    const logs = new Map<string, readonly ClassRecord[]>();
    for (const t of all) {
      if (!logs.has(t.code)) logs.set(t.code, (await store.load(t.code)) ?? []);
      const events = (logs.get(t.code) ?? []).flatMap((r) => (r.kind === 'move' && r.table === t.number ? [r.event] : []));
      const replay = Session.replay(t.seed, t.settings, events);
      if (t.bots.us.lastView?.view.over && t.bots.dprk.lastView?.view.over) finished++;
      const same = (['us', 'dprk'] as const).every(
        (side) => JSON.stringify(replay.view(side)) === JSON.stringify(t.bots[side].lastView?.view),
      );
      if (same && replay.over) replayEqual++;
    }
    // Where each class lives, as the matchmaking driver records it in Redis.
    const perProcess = new Map(servers.map((s) => [`127.0.0.1:${s.port}`, 0]));
    if (direct) {
      for (const t of all) {
        const home = JSON.parse((await direct.hget('roomcaches', t.code)) ?? '{}').publicAddress as string;
        perProcess.set(home, (perProcess.get(home) ?? 0) + 1);
      }
    }
    const errors = [...new Set(all.flatMap((t) => (t.error ? [t.error] : [])))].slice(0, 3);
    progress.phase = 'leave';
    // A connection the server already closed may never answer a leave: give the leaves 10 s, no more.
    const leaves = Promise.all([...teachers, ...all.flatMap((t) => [t.bots.us, t.bots.dprk])].map((b) => b.room.leave()));
    await Promise.race([leaves, new Promise((done) => setTimeout(done, 10_000).unref())]);
    progress.phase = 'stop';
    rtts.sort((a, b) => a - b);
    return {
      tables,
      finished,
      replayEqual,
      leaks,
      roundTripMsP50: round(quantile(rtts, 0.5)),
      roundTripMsP95: round(quantile(rtts, 0.95)),
      serverMsPerMove: round((played.cpuMs - joined.cpuMs) / Math.max(1, rtts.length), 3),
      serverLoopLagMsP50: played.lag.p50,
      serverLoopLagMsP99: played.lag.p99,
      botLoopLagMsP50: round(botLoop.percentile(50) / 1e6),
      botLoopLagMsP99: round(botLoop.percentile(99) / 1e6),
      botCpuMsPerMove: round((cpu.user + cpu.system) / 1000 / Math.max(1, rtts.length), 3),
      load: loadavg().map((x) => round(x, 1)),
      rssMbPerTable: round((played.rss - idle.rss) / 2 ** 20 / tables),
      moves: rtts.length,
      sockets: tables * 2 + teachers.length,
      joinMs: Math.round(joinMs),
      playMs: Math.round(playMs),
      ...(useRedis ? { processes: count, tablesPerProcess: [...perProcess.values()] } : {}),
      ...(errors.length > 0 ? { errors } : {}),
      ...(leakExamples.length > 0 ? { leakExamples } : {}),
    };
  } finally {
    clearTimeout(deadline);
    await Promise.all(servers.map((s) => new Promise((done) => s.child.once('exit', done).send({ type: 'stop' }))));
    direct?.disconnect();
    await redis?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (result) => {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    process.exit(0);
  },
  (err: unknown) => {
    process.stdout.write(`${JSON.stringify({ error: err instanceof Error ? err.message : String(err) })}\n`);
    process.exit(2);
  },
);
