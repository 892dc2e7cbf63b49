import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { Session } from '../sim/session/session.ts';
import { Classroom, type ClassroomDeps } from './classroom.ts';
import { RedisStore } from './redisStore.ts';
import { startRedis } from './redisTestKit.ts';
import { parseSetup } from './setup.ts';

/**
 * The Redis class store against a real redis-server: appends made without waiting arrive in order,
 * a class's log rebuilds the class (moves and a teacher's event card included), and a removed class
 * is gone. Fails, never skips, without redis-server.
 */
describe('RedisStore', { timeout: 30_000 }, () => {
  it('keeps each class log in order and rebuilds the class from it', async () => {
    const redis = await startRedis();
    const client = new Redis(redis.url);
    try {
      const store = new RedisStore(client);
      const deps: ClassroomDeps = {
        store,
        computerDelayMs: 0,
        pace: (fn) => fn(),
        outbox: { toSeat: () => {}, toTeacher: () => {}, seatFreed: () => {} },
      };
      const setup = parseSetup({ students: 2, game: { mode: 'open' } });
      if (!setup.ok) throw new Error(setup.message);
      const { classroom } = Classroom.create('ACDEFG', setup.setup, deps);
      classroom.claimSeat();
      classroom.claimSeat();
      expect(
        classroom.handle(
          { kind: 'teacher' },
          { kind: 'teacher', action: { type: 'eventCard', eventId: 'ev.cohen', tables: 'all' } },
        ),
      ).toBeNull();
      // Both seats play the computer's policy through the referee, 40 moves without waiting on Redis.
      for (let i = 0; i < 40; i++) {
        const game = classroom.tableGame(1);
        const replica = Session.replay(game.seed, { ...(game.settings as object), seats: { us: 'ai', dprk: 'ai' } }, game.events);
        const move = replica.peekAuto();
        if (!move) break;
        const { by, ...body } = move;
        expect(classroom.handle({ kind: 'seat', table: 1, side: by }, { kind: 'move', move: body as never })).toBeNull();
      }
      const records = (await store.load('ACDEFG')) ?? [];
      expect(records[0]).toMatchObject({ kind: 'class', code: 'ACDEFG' });
      expect(records.filter((r) => r.kind === 'move').map((r) => (r.kind === 'move' ? r.event : null))).toEqual(
        classroom.tableGame(1).events,
      );
      expect(classroom.tableGame(1).events.length).toBeGreaterThan(20);
      const restored = Classroom.restore(records, deps);
      expect(restored.tableGame(1)).toEqual(classroom.tableGame(1));
      expect(restored.dashboard()).toEqual(classroom.dashboard());
      expect(await store.codes()).toEqual(['ACDEFG']);
      await store.remove('ACDEFG');
      expect(await store.load('ACDEFG')).toBeNull();
      expect(await store.codes()).toEqual([]);
    } finally {
      client.disconnect();
      await redis.stop();
    }
  });
});
