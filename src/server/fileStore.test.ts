import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileStore } from './fileStore.ts';
import { tempDataDir } from './serverTestKit.ts';

describe('the append-only class file', { timeout: 10_000 }, () => {
  it('appends JSON lines, loads them in order, lists and removes classes', async () => {
    const dir = tempDataDir();
    const store = new FileStore(dir);
    store.append('ACDEFG', { kind: 'free', table: 1, side: 'us' });
    store.append('ACDEFG', { kind: 'move', table: 1, event: { type: 'WALK', by: 'us' } });
    expect(readFileSync(join(dir, 'ACDEFG.jsonl'), 'utf8').trim().split('\n')).toHaveLength(2);
    expect((await store.load('ACDEFG'))?.map((r) => r.kind)).toEqual(['free', 'move']);
    expect(await store.codes()).toEqual(['ACDEFG']);
    expect(await store.load('HJKMNP')).toBeNull();
    await store.remove('ACDEFG');
    expect(await store.codes()).toEqual([]);
  });

  it('ignores a torn last line (a crash mid-write) but not damage before it', async () => {
    const dir = tempDataDir();
    const store = new FileStore(dir);
    store.append('ACDEFG', { kind: 'free', table: 1, side: 'us' });
    appendFileSync(join(dir, 'ACDEFG.jsonl'), '{"kind":"mo');
    expect(await store.load('ACDEFG')).toHaveLength(1);
    appendFileSync(join(dir, 'ACDEFG.jsonl'), '\n{"kind":"free","table":1,"side":"dprk"}\n');
    await expect(store.load('ACDEFG')).rejects.toThrow(/line 2/);
  });

  it('refuses names that are not class codes (no path escapes the directory)', () => {
    const store = new FileStore(tempDataDir());
    expect(() => store.append('../etc', { kind: 'free', table: 1, side: 'us' })).toThrow(/class code/);
  });
});
