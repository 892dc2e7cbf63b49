/**
 * What a server process needs to share classes with others through one Redis (`REDIS_URL`):
 * Colyseus's Redis presence and matchmaking driver, so a student's `joinById` through any process
 * reaches the process holding the class, and the Redis class store, so every process reads the same
 * logs. `publicAddress` is how clients of other processes reach this one ("host:port").
 */
import { RedisDriver } from '@colyseus/redis-driver';
import { RedisPresence } from '@colyseus/redis-presence';
import { Redis } from 'ioredis';
import { RedisStore } from './redisStore.ts';

export async function redisScaleOut(url: string, publicAddress: string | undefined) {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 3 });
  await redis.connect();
  return {
    presence: new RedisPresence(url),
    driver: new RedisDriver(url),
    store: new RedisStore(redis),
    publicAddress,
    close: async () => {
      await redis.quit();
    },
  };
}
