import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Session } from '../sim/session/session.ts';
import { leaksIn } from './leakCheck.ts';
import { candidateMoves } from './scriptedPlayer.ts';
import { bootClassServer, playPair, tempDataDir, until } from './serverTestKit.ts';
import { TestClient } from './testClient.ts';

/**
 * The class server over real WebSockets on localhost, with Colyseus's test SDK: a pair plays to an
 * ending and the server's log replays to it; a dropped student gets the same seat and view back;
 * every kind of bad input is refused with a clear message and changes nothing.
 */
let kit: Awaited<ReturnType<typeof bootClassServer>>;

beforeAll(async () => {
  kit = await bootClassServer(tempDataDir(), { messageRate: { perSecond: 20, burst: 40 }, reconnectSeconds: 10 });
});
afterAll(async () => {
  await kit?.server.close();
});

async function newClass(students: number, pairing = 'pairs') {
  const room = await kit.colyseus.sdk.create('class', { role: 'teacher', setup: { students, pairing } });
  const teacher = TestClient.ready(room);
  const token = (await teacher.next((m) => m.type === 'token')).body.token as string;
  await teacher.next((m) => m.type === 'dashboard');
  return { teacher, code: room.roomId, token };
}

const student = (code: string, token?: string) =>
  TestClient.join(kit.colyseus.sdk, code, { role: 'student', ...(token ? { token } : {}) });
const seatToken = async (c: TestClient) => (await c.next((m) => m.type === 'token')).body.token as string;

/** Every message each client got is clean for its seat (the seed is the table's). */
function expectNoLeaks(clients: [TestClient, string][], seedOf: (to: string) => number | number[]) {
  for (const [client, to] of clients) {
    for (const seed of [seedOf(to)].flat()) {
      for (const m of client.received) expect(leaksIn({ to, type: m.type, body: m.body }, seed)).toEqual([]);
    }
  }
}

describe('class server (real server on localhost)', { timeout: 60_000 }, () => {
  it('plays a pair to an ending; the live ending equals a replay of the server log', async () => {
    const { teacher, code } = await newClass(2);
    expect(code).toMatch(/^[3467ACDEFGHJKMNPQRTWXY]{6}$/);
    const us = await student(code);
    const dprk = await student(code);
    expect((await us.next((m) => m.type === 'welcome')).body).toMatchObject({ table: 1, side: 'us', label: 'US-1' });
    expect((await dprk.next((m) => m.type === 'welcome')).body).toMatchObject({ table: 1, side: 'dprk', label: 'DPRK-1' });
    const moves = await playPair(us, dprk);
    expect(moves).toBeGreaterThan(10);
    await until(() => teacher.last('dashboard')?.tables[0].ending !== null);
    expect(teacher.last('dashboard').tables[0]).toMatchObject({ ending: 'walkout', moves });

    const records = (await kit.store.load(code)) ?? [];
    const head = records[0];
    if (head?.kind !== 'class') throw new Error('no set-up record');
    const events = records.flatMap((r) => (r.kind === 'move' ? [r.event] : []));
    const replay = Session.replay(head.tables[0].seed, { ...head.setup.game, seats: head.tables[0].seats }, events);
    expect(replay.over).toBe(true);
    expect(replay.view('us')).toEqual(us.last('view').view);
    expect(replay.view('dprk')).toEqual(dprk.last('view').view);

    const seed = head.tables[0].seed;
    expectNoLeaks(
      [
        [us, '1:us'],
        [dprk, '1:dprk'],
        [teacher, 'teacher'],
      ],
      () => seed,
    );
    // The debrief hands each seat its game (the seed included) only when the teacher releases it.
    const mark = us.received.length;
    teacher.send('releaseDebrief');
    const debrief = (await us.next((m) => m.type === 'debrief', mark)).body;
    expect(debrief.seed).toBe(seed);
    expect(Session.replay(debrief.seed, debrief.settings, debrief.events).view('us')).toEqual(us.last('view').view);
    await Promise.all([us, dprk, teacher].map((c) => c.room.leave()));
  });

  it('plays a student against the server-stepped computer seat', async () => {
    const { teacher, code } = await newClass(2, 'computer');
    const us = await student(code);
    await us.next((m) => m.type === 'view');
    // Take one move; the computer answers on its own, and the student sees its turn again.
    const first = us.last('view').view;
    expect(first.turn.side).toBe('us');
    const views = us.count('view');
    us.send('move', { type: 'CHOOSE', choiceId: first.choices.find((c: { enabled: boolean }) => c.enabled).id });
    await until(() => us.count('view') > views + 1 && us.last('view').view.turn?.side === 'us');
    // The dashboard follows within its 100 ms batching: the student's move and the computer's answer.
    await until(() => teacher.last('dashboard').tables[0].moves > 1 && teacher.last('dashboard').tables[0].turn === 'us');
    await Promise.all([us, teacher].map((c) => c.room.leave()));
  });

  it('a dropped student gets the same seat and view back, by reconnection or by seat token', async () => {
    const { teacher, code } = await newClass(2);
    const us = await student(code);
    const token = await seatToken(us);
    const dprk = await student(code);
    await until(() => us.count('view') > 0 && teacher.last('dashboard')?.tables[0].seats.dprk.connected === true);
    const view = us.last('view');

    // The network drops (an abnormal close, as a Chromebook losing Wi-Fi would cause).
    const server = kit.colyseus.getRoomById(code);
    const socket = server.clients.find((c) => c.sessionId === us.room.sessionId)?.ref as unknown as { terminate(): void };
    socket.terminate();
    await until(() => teacher.last('dashboard').tables[0].seats.us.connected === false);
    const started = Date.now();
    const back = TestClient.ready(await kit.colyseus.sdk.reconnect(us.room.reconnectionToken));
    expect((await back.next((m) => m.type === 'welcome')).body).toMatchObject({ table: 1, side: 'us' });
    expect((await back.next((m) => m.type === 'view')).body).toEqual(view);
    expect(Date.now() - started).toBeLessThan(2000);
    await until(() => teacher.last('dashboard').tables[0].seats.us.connected === true);

    // A reload: a new connection with the seat token takes the seat; the old one is let go.
    const reloaded = await student(code, token);
    expect((await reloaded.next((m) => m.type === 'welcome')).body).toMatchObject({ table: 1, side: 'us' });
    expect((await reloaded.next((m) => m.type === 'view')).body).toEqual(view);
    expect(reloaded.count('token')).toBe(0);
    await until(() => server.clients.length === 3); // teacher, dprk, the reloaded us

    // The teacher frees the seat: the token no longer works (the refusal says the seat was freed) and the
    // next student gets the seat.
    teacher.send('freeSeat', { table: 1, side: 'us' });
    await reloaded.next((m) => m.type === 'refused' && m.body.reason === 'seat-freed');
    await expect(student(code, token)).rejects.toThrow(/^seat-freed: Your teacher freed this seat/);
    const newcomer = await student(code);
    expect((await newcomer.next((m) => m.type === 'welcome')).body).toMatchObject({ table: 1, side: 'us' });
    await Promise.all([newcomer, dprk, teacher].map((c) => c.room.leave()));
  });

  it('fuzz over the wire: random legal and illegal messages from five clients never leak across seats or tables', async () => {
    const { teacher, code } = await newClass(4);
    const seats: TestClient[] = [];
    for (let i = 0; i < 4; i++) seats.push(await student(code));
    const names = ['1:us', '1:dprk', '2:us', '2:dprk'];
    await until(() => seats.every((s) => s.count('view') > 0));
    let state = 7;
    const rand = () => {
      state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
      return state / 2 ** 32;
    };
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
    for (let i = 0; i < 300; i++) {
      const who = Math.floor(rand() * 5);
      const client = who === 4 ? teacher : seats[who];
      const r = rand();
      let type = 'move';
      let body: unknown;
      if (who < 4 && r < 0.55) body = pick([...candidateMoves(seats[who].last('view').view), { type: 'ACCEPT' }]);
      else if (r < 0.65) body = { type: 'WALK', by: pick(['us', 'dprk']), table: pick([1, 2]) };
      else if (r < 0.75) [type, body] = [pick(['pause', 'resume']), { tables: pick(['all', [1], [2]]) }];
      else if (r < 0.85)
        [type, body] = [pick(['move', 'freeSeat', 'junk']), pick([null, 3, 'x', [1, 2], { type: 'OFFER', pkg: {} }])];
      else type = 'ready';
      const mark = client.send(type, body);
      await client.next(() => true, mark, 1000).catch(() => null);
    }
    teacher.send('resume', { tables: 'all' });
    await new Promise((r) => setTimeout(r, 200));
    const head = (await kit.store.load(code))?.[0];
    if (head?.kind !== 'class') throw new Error('no set-up record');
    const seedOf = (to: string) =>
      to === 'teacher' ? head.tables.map((t) => t.seed) : head.tables[Number(to.split(':')[0]) - 1].seed;
    expectNoLeaks([...seats.map((s, i): [TestClient, string] => [s, names[i]]), [teacher, 'teacher']], seedOf);
    const moves = teacher.last('dashboard').tables.map((t: { moves: number }) => t.moves);
    expect(moves[0] + moves[1]).toBeGreaterThan(20);
    await Promise.all([...seats, teacher].map((c) => c.room.leave()));
  });

  it('refuses every kind of bad input with a clear message and changes nothing', async () => {
    const { teacher, code, token } = await newClass(2);
    const us = await student(code);
    const dprk = await student(code);
    await until(() => us.count('view') > 0 && dprk.count('view') > 0);
    const stateNow = async () => {
      const mark = teacher.send('ready');
      return JSON.stringify((await teacher.next((m) => m.type === 'dashboard', mark)).body);
    };
    // Asked for, not the last one pushed: pushed dashboards are batched, so that one may be 100 ms behind.
    const before = await stateNow();

    const { sdk } = kit.colyseus;
    await expect(sdk.joinById('QQQQQQ', { role: 'student' })).rejects.toThrow(/not found/);
    await expect(student(code)).rejects.toThrow(/class-full/);
    await expect(student(code, 'forged')).rejects.toThrow(/bad-token/);
    await expect(sdk.joinById(code, { role: 'teacher' })).rejects.toThrow(/not-teacher/);
    await expect(sdk.joinById(code, { role: 'teacher', token: 'forged' })).rejects.toThrow(/bad-token/);
    await expect(sdk.joinById(code, { role: 'spy' })).rejects.toThrow(/bad-message/);
    await expect(sdk.create('class', { role: 'teacher', setup: { students: 0 } })).rejects.toThrow(/bad-setup/);
    await expect(sdk.create('class', { role: 'teacher', restore: code })).rejects.toThrow(/restored by the server/);

    const refusals: [TestClient, string, unknown, string][] = [
      [dprk, 'move', { type: 'WALK' }, 'illegal-move'],
      [us, 'move', { type: 'WALK', by: 'dprk' }, 'wrong-seat'],
      [us, 'move', { type: 'WALK', table: 2 }, 'wrong-table'],
      [us, 'move', { type: 'OFFER', pkg: 'everything' }, 'bad-message'],
      [us, 'move', { type: 'CHOOSE', choiceId: 'x'.repeat(4000) }, 'too-large'],
      [us, 'pause', {}, 'not-teacher'],
      [us, 'releaseDebrief', undefined, 'not-teacher'],
      [us, 'sudo', { please: true }, 'bad-message'],
      [teacher, 'move', { type: 'WALK' }, 'not-seated'],
      [teacher, 'eventCard', { eventId: 'cohen' }, 'illegal-move'],
    ];
    for (const [client, type, body, reason] of refusals) {
      const reply = await client.next((m) => m.type === 'refused', client.send(type, body));
      expect(reply.body.reason, `${type}`).toBe(reason);
      expect(reply.body.message.length).toBeGreaterThan(10);
    }
    expect(await stateNow()).toBe(before);

    // A flood: the first burst is handled, the rest refused as rate-limited, nothing changes.
    const mark = dprk.received.length;
    for (let i = 0; i < 200; i++) dprk.send('move', { type: 'WALK' });
    await dprk.next((m) => m.type === 'refused' && m.body.reason === 'rate-limited', mark);
    expect(await stateNow()).toBe(before);
    await new Promise((r) => setTimeout(r, 300));
    expect(dprk.received.slice(mark).length).toBeLessThan(60);

    // A frame above the transport's limit closes only that connection; the seat is held for it.
    const usToken = await seatToken(us);
    us.send('move', { type: 'CHOOSE', choiceId: 'x'.repeat(20_000) });
    await until(() => teacher.last('dashboard').tables[0].seats.us.connected === false);
    const back = await student(code, usToken);
    expect((await back.next((m) => m.type === 'welcome')).body).toMatchObject({ table: 1, side: 'us' });
    expect(await stateNow()).toBe(before);
    expect(token.length).toBeGreaterThan(15);
    await back.room.leave();
    await Promise.all([dprk, teacher].map((c) => c.room.leave()));
  });
});
