import { describe, expect, it } from 'vitest';
import {
  ClassClient,
  type ClassEvents,
  type ClassSdk,
  classServerUrl,
  normalizeCode,
  type RoomLike,
  refusalOf,
  STORAGE_KEY,
} from './classClient.ts';

class FakeRoom implements RoomLike {
  sent: { type: string; body: unknown }[] = [];
  private onMsg: ((t: string | number, b: unknown) => void) | null = null;
  private onLeft: ((code: number) => void) | null = null;
  constructor(
    readonly roomId: string,
    readonly reconnectionToken: string,
  ) {}
  onMessage(_t: '*', fn: (t: string | number, b: unknown) => void) {
    this.onMsg = fn;
  }
  onLeave(fn: (code: number) => void) {
    this.onLeft = fn;
  }
  send(type: string, body?: unknown) {
    this.sent.push({ type, body });
  }
  leave() {
    this.onLeft?.(1000);
    return Promise.resolve(1000);
  }
  deliver(type: string, body: unknown) {
    this.onMsg?.(type, body);
  }
  drop() {
    this.onLeft?.(1006);
  }
}

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

function fakeSdk() {
  const calls: { op: string; arg: unknown; options?: Record<string, unknown> }[] = [];
  const rooms: FakeRoom[] = [];
  let n = 0;
  let failReconnect = false;
  let refuseJoin: string | null = null;
  const make = (code: string) => {
    const room = new FakeRoom(code, `rt-${++n}`);
    rooms.push(room);
    return room;
  };
  const sdk: ClassSdk = {
    create: async (_name, options) => {
      calls.push({ op: 'create', arg: null, options });
      return make('ACD346');
    },
    joinById: async (code, options) => {
      calls.push({ op: 'join', arg: code, options });
      if (refuseJoin) throw new Error(refuseJoin);
      return make(code);
    },
    reconnect: async (token) => {
      calls.push({ op: 'reconnect', arg: token });
      if (failReconnect) throw new Error('gone');
      return make('ACD346');
    },
  };
  return {
    sdk,
    calls,
    rooms,
    failReconnect: () => {
      failReconnect = true;
    },
    refuseJoin: (why: string | null) => {
      refuseJoin = why;
    },
  };
}

function record(client: ClassClient) {
  const got: { type: keyof ClassEvents; body: unknown }[] = [];
  for (const type of ['token', 'welcome', 'view', 'dashboard', 'debrief', 'refused', 'connection'] as const) {
    client.on(type, (body) => got.push({ type, body }));
  }
  return got;
}

describe('the class client', () => {
  it('creates a class, says ready, keeps the teacher token and passes typed events on', async () => {
    const fake = fakeSdk();
    const store = memoryStorage();
    const client = new ClassClient(fake.sdk, store);
    const got = record(client);
    await client.createClass({ students: 2, pairing: 'pairs', seeds: 'same', game: { mode: 'open' } });
    expect(fake.calls[0].options).toEqual({
      role: 'teacher',
      setup: { students: 2, pairing: 'pairs', seeds: 'same', game: { mode: 'open' } },
    });
    const room = fake.rooms[0];
    expect(room.sent).toEqual([{ type: 'ready', body: undefined }]);
    room.deliver('token', { token: 'T1', role: 'teacher' });
    room.deliver('dashboard', { code: 'ACD346', debriefReleased: false, tables: [] });
    room.deliver('unknownThing', {});
    expect(got.map((g) => g.type)).toEqual(['connection', 'token', 'dashboard']);
    expect(client.latest('dashboard')?.code).toBe('ACD346');
    expect(client.latest('view')).toBeUndefined();
    expect(client.stored()).toEqual({ code: 'ACD346', role: 'teacher', token: 'T1', reconnection: 'rt-1' });
    client.send('pause', { tables: 'all' });
    expect(room.sent.at(-1)).toEqual({ type: 'pause', body: { tables: 'all' } });
  });

  it('joins by code with the seat token kept for that class', async () => {
    const fake = fakeSdk();
    const store = memoryStorage();
    store.setItem(STORAGE_KEY, JSON.stringify({ code: 'QQQQQQ', role: 'seat', token: 'S0', reconnection: null }));
    const client = new ClassClient(fake.sdk, store);
    await client.joinClass('ACD346');
    expect(fake.calls[0].options).toEqual({ role: 'student' });
    fake.rooms[0].deliver('token', { token: 'S1', role: 'seat' });
    await client.joinClass('ACD346');
    expect(fake.calls[1].options).toEqual({ role: 'student', token: 'S1' });
  });

  it('turns a join refusal into a refused event and a rejected promise', async () => {
    const fake = fakeSdk();
    const client = new ClassClient(fake.sdk, memoryStorage());
    const got = record(client);
    fake.refuseJoin('class-full: Every seat in this class is taken.');
    await expect(client.joinClass('ACD346')).rejects.toThrow('class-full');
    expect(got).toEqual([{ type: 'refused', body: { reason: 'class-full', message: 'Every seat in this class is taken.' } }]);
  });

  it('reconnects after a drop with the reconnection token, then falls back to the seat token', async () => {
    const fake = fakeSdk();
    const store = memoryStorage();
    const client = new ClassClient(fake.sdk, store);
    const got = record(client);
    await client.joinClass('ACD346');
    fake.rooms[0].deliver('token', { token: 'S1', role: 'seat' });
    fake.rooms[0].drop();
    await new Promise((r) => setTimeout(r, 10));
    expect(fake.calls[1]).toEqual({ op: 'reconnect', arg: 'rt-1' });
    expect(got.filter((g) => g.type === 'connection').map((g) => g.body)).toEqual(['connected', 'reconnecting', 'connected']);
    expect(fake.rooms[1].sent[0].type).toBe('ready');

    fake.failReconnect();
    fake.rooms[1].drop();
    await new Promise((r) => setTimeout(r, 10));
    expect(fake.calls.slice(2)).toEqual([
      { op: 'reconnect', arg: 'rt-2' },
      { op: 'join', arg: 'ACD346', options: { role: 'student', token: 'S1' } },
    ]);
    expect(client.code).toBe('ACD346');
  });

  it('forgets the seat when the teacher frees it, and does not reconnect after a leave', async () => {
    const fake = fakeSdk();
    const store = memoryStorage();
    const client = new ClassClient(fake.sdk, store);
    await client.joinClass('ACD346');
    fake.rooms[0].deliver('token', { token: 'S1', role: 'seat' });
    fake.rooms[0].deliver('refused', { reason: 'seat-freed', message: 'Your teacher freed this seat.' });
    expect(client.stored()).toBeNull();
    await client.joinClass('ACD346');
    await client.leave();
    await new Promise((r) => setTimeout(r, 10));
    expect(fake.calls.map((c) => c.op)).toEqual(['join', 'join']);
    expect(await client.rejoin()).toBe(false);
  });
});

describe('class server address and codes', () => {
  it('uses port 2567 under Vite dev, else the page origin', () => {
    expect(classServerUrl({ protocol: 'http:', hostname: 'localhost', port: '5173' })).toBe('ws://localhost:2567');
    expect(classServerUrl({ protocol: 'http:', hostname: '127.0.0.1', port: '4819' })).toBe('ws://127.0.0.1:4819');
    expect(classServerUrl({ protocol: 'https:', hostname: 'class.example', port: '' })).toBe('wss://class.example');
  });

  it('normalizes codes and reads refusal reasons', () => {
    expect(normalizeCode(' acd 346 ')).toBe('ACD346');
    expect(normalizeCode('ABC123')).toBeNull();
    expect(refusalOf(new Error('bad-token: nope'))).toEqual({ reason: 'bad-token', message: 'nope' });
    expect(refusalOf(new Error('socket hang up')).reason).toBe('unreachable');
  });
});
