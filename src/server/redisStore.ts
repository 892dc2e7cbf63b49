/**
 * The class log in Redis, for several server processes: one list per class (`hanoi:class:<code>`,
 * each record a JSON string appended with RPUSH) and a set of every class code. Appends go out on one
 * connection in call order, without waiting, so the referee stays synchronous; Redis keeps them in
 * that order. Any process can then load or restore any class, wherever it was created.
 */
import type { Redis } from 'ioredis';
import type { ClassRecord, ClassStore } from './store.ts';

const PREFIX = 'hanoi:class:';
const CODES = 'hanoi:classes';

export class RedisStore implements ClassStore {
  constructor(private readonly redis: Redis) {}

  append(code: string, record: ClassRecord): void {
    const failed = (err: unknown) => console.error(`Class ${code}: a record could not be stored in Redis:`, err);
    if (record.kind === 'class') this.redis.sadd(CODES, code).catch(failed);
    this.redis.rpush(PREFIX + code, JSON.stringify(record)).catch(failed);
  }

  async load(code: string): Promise<readonly ClassRecord[] | null> {
    const lines = await this.redis.lrange(PREFIX + code, 0, -1);
    return lines.length === 0 ? null : lines.map((line) => JSON.parse(line) as ClassRecord);
  }

  async codes(): Promise<readonly string[]> {
    return (await this.redis.smembers(CODES)).sort();
  }

  async remove(code: string): Promise<void> {
    await this.redis
      .multi()
      .del(PREFIX + code)
      .srem(CODES, code)
      .exec();
  }
}
