import { describe, expect, it } from 'vitest';
import { EVENTS, SIDES, type Side } from '../sim/session/index.ts';
import { Session } from '../sim/session/session.ts';
import type { View } from '../sim/session/view.ts';
import { Classroom, type ClassroomDeps, type Role, type SeatMessage } from './classroom.ts';
import type { Dashboard } from './dashboard.ts';
import { leaksIn } from './leakCheck.ts';
import { parseMessage } from './protocol.ts';
import { candidateMoves } from './scriptedPlayer.ts';
import { parseSetup } from './setup.ts';
import { MemoryStore } from './store.ts';

/**
 * The referee without a network: many random sequences of legal and illegal messages never leak one
 * seat's confidential data to the other seat or the teacher; bad input changes nothing; the store
 * rebuilds the class exactly; pauses block moves and are logged beside them.
 */

type Sent = { to: string; type: string; body: unknown };

function harness(
  students = 2,
  pairing: 'pairs' | 'computer' = 'pairs',
  seedOf = () => 123_456_789,
  options: Record<string, unknown> = {},
) {
  const sent: Sent[] = [];
  const queue: (() => void)[] = [];
  const store = new MemoryStore();
  const deps: ClassroomDeps = {
    store,
    computerDelayMs: 0,
    pace: (fn) => queue.push(fn),
    outbox: {
      toSeat: (table: number, side: Side, m: SeatMessage) => sent.push({ to: `${table}:${side}`, type: m.type, body: m.body }),
      toTeacher: (d: Dashboard) => sent.push({ to: 'teacher', type: 'dashboard', body: d }),
      seatFreed: (table: number, side: Side, reason: string) =>
        sent.push({ to: `${table}:${side}`, type: 'freed', body: reason }),
    },
  };
  const setup = parseSetup({ students, pairing, seeds: 'same', ...options });
  if (!setup.ok) throw new Error(setup.message);
  const { classroom, teacherToken } = Classroom.create('ABCDEF', setup.setup, deps, seedOf);
  classroom.start();
  const runComputer = () => {
    while (queue.length) queue.shift()?.();
  };
  const send = (role: Role, type: string, body?: unknown) => {
    const parsed = parseMessage(type, body);
    const result = parsed.ok ? classroom.handle(role, parsed.value) : parsed;
    runComputer();
    return result;
  };
  return { classroom, teacherToken, sent, store, deps, send, runComputer };
}

/** Fails if a message to `to` holds anything of the other seat's, or the seed before the debrief. */
const assertNoLeak = (m: Sent, seed: number) => expect(leaksIn(m, seed)).toEqual([]);

/** A small deterministic PRNG for the fuzz (the test must replay the same sequences). */
function mulberry(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const lastView = (sent: Sent[], to: string) =>
  (sent.filter((m) => m.to === to && m.type === 'view').pop()?.body as { view: View })?.view;

describe('the class referee', { timeout: 60_000 }, () => {
  it('plays a pair to an ending, and the stored log replays to the same game', async () => {
    const h = harness(2);
    const seats: Role[] = SIDES.map((side) => ({ kind: 'seat', table: 1, side }));
    for (const side of SIDES) expect(h.classroom.claimSeat()).toMatchObject({ ok: true, table: 1, side });
    for (const role of seats) h.send(role, 'ready');
    for (let i = 0; i < 200 && !h.classroom.dashboard().tables[0].ending; i++) {
      const turn = h.classroom.dashboard().tables[0].turn as Side;
      const view = lastView(h.sent, `1:${turn}`);
      const move = candidateMoves(view).find((m) => h.send({ kind: 'seat', table: 1, side: turn }, 'move', m) === null);
      expect(move, `a legal move at ${view.beat?.id}`).toBeDefined();
    }
    const live = h.classroom.tableGame(1);
    expect(h.classroom.dashboard().tables[0].ending).toBe('walkout');
    const records = (await h.store.load('ABCDEF')) ?? [];
    const logged = records.flatMap((r) => (r.kind === 'move' && r.table === 1 ? [r.event] : []));
    expect(logged).toEqual(live.events);
    const replay = Session.replay(live.seed, live.settings, logged);
    for (const side of SIDES) expect(replay.view(side)).toEqual(lastView(h.sent, `1:${side}`));
  });

  it("starts every table at the set-up's start point and length, and the stored log replays it", async () => {
    const h = harness(2, 'pairs', () => 42, { start: 'dispute', length: 'class' });
    const seats: Role[] = SIDES.map((side) => ({ kind: 'seat', table: 1, side }));
    for (const side of SIDES) expect(h.classroom.claimSeat()).toMatchObject({ ok: true, table: 1, side });
    for (const role of seats) h.send(role, 'ready');
    expect(lastView(h.sent, '1:us').beat?.id).toBe('dispute.us');
    expect(h.classroom.tableGame(1).settings).toMatchObject({ start: 'dispute', length: 'class' });
    expect(h.classroom.tableGame(1).events).toEqual([]);
    expect(h.classroom.dashboard().tables[0].moves).toBe(0);
    for (let i = 0; i < 100 && !h.classroom.dashboard().tables[0].ending; i++) {
      const turn = h.classroom.dashboard().tables[0].turn as Side;
      const view = lastView(h.sent, `1:${turn}`);
      const move = candidateMoves(view).find((m) => h.send({ kind: 'seat', table: 1, side: turn }, 'move', m) === null);
      expect(move, `a legal move at ${view.beat?.id}`).toBeDefined();
    }
    expect(h.classroom.dashboard().tables[0].ending).not.toBeNull();
    const live = h.classroom.tableGame(1);
    const records = (await h.store.load('ABCDEF')) ?? [];
    expect(records.flatMap((r) => (r.kind === 'move' && r.table === 1 ? [r.event] : []))).toEqual(live.events);
    const restored = Classroom.restore(records, { ...h.deps, store: new MemoryStore() });
    expect(restored.tableGame(1)).toEqual(live);
    expect(restored.dashboard()).toEqual(h.classroom.dashboard());
  });

  it('steps a computer seat by itself and a restore rebuilds seats, moves and pauses', async () => {
    const h = harness(
      2,
      'computer',
      (() => {
        let s = 1000;
        return () => ++s;
      })(),
    );
    expect(h.classroom.tableCount).toBe(2);
    const claim = h.classroom.claimSeat();
    if (!claim.ok) throw new Error(claim.message);
    expect(h.classroom.claimSeat()).toMatchObject({ ok: true, table: 2, side: 'dprk' });
    h.runComputer();
    // Table 2's US seat is the computer and moves first; it has moved without anyone asking.
    expect(h.classroom.tableGame(2).events.length).toBeGreaterThan(0);
    expect(h.classroom.tableGame(2).events.every((e) => e.by === 'us')).toBe(true);
    expect(h.send({ kind: 'teacher' }, 'pause', { tables: [1] })).toBeNull();
    const restored = Classroom.restore((await h.store.load('ABCDEF')) ?? [], { ...h.deps, store: new MemoryStore() });
    expect(restored.dashboard()).toEqual(h.classroom.dashboard());
    for (const n of [1, 2]) expect(restored.tableGame(n)).toEqual(h.classroom.tableGame(n));
    expect(restored.teacherLogOf(1)).toEqual([{ action: 'pause', afterMoves: 0 }]);
    expect(restored.isTeacher(h.teacherToken)).toBe(true);
    expect(restored.claimSeat(claim.token)).toMatchObject({ ok: true, table: 1, side: 'us' });
  });

  it('refuses bad input with a clear reason and changes nothing', () => {
    const h = harness(2);
    h.classroom.claimSeat();
    h.classroom.claimSeat();
    const us: Role = { kind: 'seat', table: 1, side: 'us' };
    const dprk: Role = { kind: 'seat', table: 1, side: 'dprk' };
    const before = JSON.stringify([h.classroom.dashboard(), h.classroom.tableGame(1)]);
    const cases: [Role, string, unknown, string][] = [
      [dprk, 'move', { type: 'WALK' }, 'illegal-move'], // out of turn
      [us, 'move', { type: 'WALK', by: 'dprk' }, 'wrong-seat'],
      [us, 'move', { type: 'WALK', table: 2 }, 'wrong-table'],
      [us, 'move', { type: 'CHOOSE', choiceId: 'nope' }, 'illegal-move'],
      [us, 'move', { type: 'CHOOSE' }, 'bad-message'],
      [us, 'move', { type: 'OFFER', pkg: [1, 2] }, 'bad-message'],
      [us, 'move', { type: 'WALK', extra: 1 }, 'bad-message'],
      [us, 'move', 'WALK', 'bad-message'],
      [us, 'move', { type: 'SAY', say: { kind: 'shout' } }, 'bad-message'],
      [us, 'move', { type: 'SAY', say: { kind: 'askTop', issue: 'sanctions' } }, 'bad-message'],
      [us, 'move', { type: 'SAY', say: { kind: 'prefer' } }, 'bad-message'],
      [us, 'move', { type: 'SAY', say: { kind: 'askTop' } }, 'illegal-move'], // no table open, and a student opposite
      [us, 'move', { type: 'CHOOSE', choiceId: 'x'.repeat(5000) }, 'too-large'],
      [us, 'hack', {}, 'bad-message'],
      [us, 'pause', {}, 'not-teacher'],
      [us, 'releaseDebrief', {}, 'not-teacher'],
      [{ kind: 'teacher' }, 'move', { type: 'WALK' }, 'not-seated'],
      [{ kind: 'teacher' }, 'pause', { tables: [9] }, 'unknown-table'],
      [{ kind: 'teacher' }, 'pause', { tables: 'some' }, 'bad-message'],
      [{ kind: 'teacher' }, 'eventCard', { eventId: 'cohen' }, 'illegal-move'],
      [{ kind: 'teacher' }, 'eventCard', { eventId: 'ev.cohen', tables: [4] }, 'unknown-table'],
      [{ kind: 'teacher' }, 'freeSeat', { table: 7, side: 'us' }, 'unknown-table'],
    ];
    for (const [role, type, body, reason] of cases) {
      const result = h.send(role, type, body);
      expect(result?.reason, `${type} ${JSON.stringify(body).slice(0, 60)}`).toBe(reason);
      expect(result?.message.length).toBeGreaterThan(10);
    }
    expect(JSON.stringify([h.classroom.dashboard(), h.classroom.tableGame(1)])).toBe(before);
    expect(h.classroom.claimSeat()).toMatchObject({ ok: false, reason: 'class-full' });
    expect(h.classroom.claimSeat('forged-token')).toMatchObject({ ok: false, reason: 'bad-token' });
  });

  it('a pause blocks moves until resume, and is logged beside the moves', () => {
    const h = harness(2);
    h.classroom.claimSeat();
    h.classroom.claimSeat();
    const us: Role = { kind: 'seat', table: 1, side: 'us' };
    h.send(us, 'ready');
    const move = candidateMoves(lastView(h.sent, '1:us'))[0];
    expect(h.send({ kind: 'teacher' }, 'pause')).toBeNull();
    expect(h.send(us, 'move', move)?.reason).toBe('paused');
    expect(h.classroom.tableGame(1).events).toHaveLength(0);
    expect(h.send({ kind: 'teacher' }, 'resume', { tables: 'all' })).toBeNull();
    expect(h.send(us, 'move', move)).toBeNull();
    expect(h.classroom.teacherLogOf(1)).toEqual([
      { action: 'pause', afterMoves: 0 },
      { action: 'resume', afterMoves: 0 },
    ]);
  });

  it("the teacher's event card is a move in each chosen table's log: seats see it, a restore keeps it", async () => {
    const h = harness(4);
    for (let i = 0; i < 4; i++) h.classroom.claimSeat();
    const seats: Role[] = [1, 2].flatMap((table) => SIDES.map((side) => ({ kind: 'seat' as const, table, side })));
    for (const role of seats) h.send(role, 'ready');
    const fired = (to: string) => lastView(h.sent, to).firedEvents.map((e: { id: string }) => e.id);
    expect(fired('1:us')).not.toContain('ev.cohen');
    expect(h.send({ kind: 'teacher' }, 'eventCard', { eventId: 'ev.cohen', tables: [1] })).toBeNull();
    expect([fired('1:us'), fired('1:dprk')]).toEqual([
      expect.arrayContaining(['ev.cohen']),
      expect.arrayContaining(['ev.cohen']),
    ]);
    expect(fired('2:us')).not.toContain('ev.cohen');
    expect(h.classroom.tableGame(1).events.at(-1)).toEqual({ type: 'INJECT', by: 'teacher', eventId: 'ev.cohen' });
    expect(h.classroom.tableGame(2).events).toHaveLength(0);
    // Again to every table: table 1 already had it, table 2 takes it; to table 1 alone it is refused.
    expect(h.send({ kind: 'teacher' }, 'eventCard', { eventId: 'ev.cohen', tables: 'all' })).toBeNull();
    expect(fired('2:dprk')).toContain('ev.cohen');
    const refused = h.send({ kind: 'teacher' }, 'eventCard', { eventId: 'ev.cohen', tables: [1] });
    expect(refused).toMatchObject({ reason: 'illegal-move', message: expect.stringContaining('already fired') });
    expect(h.send({ kind: 'seat', table: 1, side: 'us' }, 'eventCard', { eventId: 'ev.coats' })?.reason).toBe('not-teacher');
    const restored = Classroom.restore((await h.store.load('ABCDEF')) ?? [], { ...h.deps, store: new MemoryStore() });
    for (const n of [1, 2]) {
      expect(restored.tableGame(n)).toEqual(h.classroom.tableGame(n));
      const game = h.classroom.tableGame(n);
      expect(Session.replay(game.seed, game.settings, game.events).context.firedEvents).toContain('ev.cohen');
    }
  });

  it('the computer in a dropped seat: a move in the log, the student told, the other seat unchanged, a restore keeps it', async () => {
    const h = harness(2);
    const claims = SIDES.map(() => h.classroom.claimSeat());
    const [usToken, dprkToken] = claims.map((c) => (c.ok ? c.token : null));
    if (!usToken || !dprkToken) throw new Error('no seat tokens');
    const us: Role = { kind: 'seat', table: 1, side: 'us' };
    const dprk: Role = { kind: 'seat', table: 1, side: 'dprk' };
    for (const role of [us, dprk, { kind: 'teacher' } as Role]) h.send(role, 'ready');
    const playOne = () => {
      const turn = h.classroom.dashboard().tables[0].turn as Side;
      const view = lastView(h.sent, `1:${turn}`);
      expect(candidateMoves(view).find((m) => h.send({ kind: 'seat', table: 1, side: turn }, 'move', m) === null)).toBeDefined();
    };
    for (let i = 0; i < 4; i++) playOne();
    const dprkViews = h.sent.filter((m) => m.to === '1:dprk' && m.type === 'view').length;

    expect(h.send({ kind: 'teacher' }, 'assignSeat', { table: 1, side: 'dprk', seat: 'ai' })).toBeNull();
    expect(h.sent.filter((m) => m.type === 'freed')).toEqual([{ to: '1:dprk', type: 'freed', body: 'seat-computer' }]);
    expect(h.classroom.dashboard().tables[0].seats.dprk).toMatchObject({ kind: 'ai', taken: false, connected: false });
    expect(h.classroom.claimSeat(dprkToken)).toMatchObject({ ok: false, reason: 'seat-computer' });
    expect(h.send(dprk, 'move', { type: 'WALK' })?.reason).toBe('illegal-move');
    const events = () => h.classroom.tableGame(1).events;
    const at = events().findIndex((e) => e.type === 'ASSIGN_SEAT');
    expect(events()[at]).toEqual({ type: 'ASSIGN_SEAT', by: 'teacher', side: 'dprk', seat: 'ai' });
    const refused: [unknown, string][] = [
      [{ table: 1, side: 'dprk', seat: 'ai' }, 'illegal-move'],
      [{ table: 3, side: 'dprk', seat: 'ai' }, 'unknown-table'],
      [{ table: 1, side: 'dprk', seat: 'random' }, 'bad-message'],
      [{ table: 1, side: 'dprk' }, 'bad-message'],
    ];
    for (const [body, reason] of refused) expect(h.send({ kind: 'teacher' }, 'assignSeat', body)?.reason).toBe(reason);
    expect(h.send(us, 'assignSeat', { table: 1, side: 'dprk', seat: 'human' })?.reason).toBe('not-teacher');
    // The US student plays on against the computer, which answers by itself; DPRK-1 is sent nothing more.
    for (let i = 0; i < 40 && !h.classroom.dashboard().tables[0].ending; i++) {
      if (h.classroom.dashboard().tables[0].turn === 'us') playOne();
    }
    expect(
      events()
        .slice(at + 1)
        .some((e) => e.by === 'dprk'),
    ).toBe(true);
    expect(h.sent.filter((m) => m.to === '1:dprk' && m.type === 'view')).toHaveLength(dprkViews);
    expect(h.classroom.dashboard().tables[0].ending).not.toBeNull();
    expect(h.send({ kind: 'teacher' }, 'assignSeat', { table: 1, side: 'dprk', seat: 'human' })?.reason).toBe('game-over');
    for (const m of h.sent) assertNoLeak(m, 123_456_789);
    const game = h.classroom.tableGame(1);
    expect(Session.replay(game.seed, game.settings, game.events).view('us')).toEqual(lastView(h.sent, '1:us'));

    const restored = Classroom.restore((await h.store.load('ABCDEF')) ?? [], { ...h.deps, store: new MemoryStore() });
    expect(restored.tableGame(1)).toEqual(h.classroom.tableGame(1));
    expect(restored.dashboard()).toEqual(h.classroom.dashboard());
    expect(restored.claimSeat(dprkToken)).toMatchObject({ ok: false, reason: 'seat-computer' });
    expect(restored.claimSeat(usToken)).toMatchObject({ ok: true, table: 1, side: 'us' });
  });

  it('a seat handed back to a student goes to the next student to join, with a new token', () => {
    const h = harness(2);
    const old = h.classroom.claimSeat();
    h.classroom.claimSeat();
    if (!old.ok || !old.token) throw new Error('no seat');
    expect(h.send({ kind: 'teacher' }, 'assignSeat', { table: 1, side: 'us', seat: 'ai' })).toBeNull();
    h.runComputer();
    expect(h.classroom.tableGame(1).events.filter((e) => e.by === 'us').length).toBeGreaterThan(0);
    expect(h.classroom.hasFreeSeat()).toBe(false);
    expect(h.send({ kind: 'teacher' }, 'assignSeat', { table: 1, side: 'us', seat: 'human' })).toBeNull();
    expect(h.classroom.dashboard().tables[0].seats.us).toMatchObject({ kind: 'human', taken: false });
    const fresh = h.classroom.claimSeat();
    expect(fresh).toMatchObject({ ok: true, table: 1, side: 'us' });
    expect(fresh.ok && fresh.token).not.toBe(old.token);
    expect(h.classroom.claimSeat(old.token)).toMatchObject({ ok: false, reason: 'seat-computer' });
    expect(
      h.classroom
        .tableGame(1)
        .events.filter((e) => e.type === 'ASSIGN_SEAT')
        .map((e) => e.by),
    ).toEqual(['teacher', 'teacher']);
  });

  it('sends the teacher one dashboard for a burst of moves, and its cached rows equal fresh ones', async () => {
    const h = harness(4);
    for (let i = 0; i < 4; i++) h.classroom.claimSeat();
    for (const table of [1, 2]) h.send({ kind: 'seat', table, side: 'us' }, 'ready');
    h.send({ kind: 'teacher' }, 'ready');
    const pushed = () => h.sent.filter((m) => m.to === 'teacher').length;
    const before = pushed();
    for (const table of [1, 2]) {
      const move = candidateMoves(lastView(h.sent, `${table}:us`))[0];
      const parsed = parseMessage('move', move);
      if (!parsed.ok) throw new Error(parsed.message);
      expect(h.classroom.handle({ kind: 'seat', table, side: 'us' }, parsed.value)).toBeNull();
    }
    h.classroom.setConnected(1, 'dprk', true);
    expect(pushed()).toBe(before);
    h.runComputer();
    expect(pushed()).toBe(before + 1);
    const last = h.sent.filter((m) => m.to === 'teacher').at(-1)?.body as Dashboard;
    expect(last.tables.map((t) => t.moves)).toEqual([1, 1]);
    expect(last.tables[0].seats.dprk.connected).toBe(true);
    const fresh = Classroom.restore((await h.store.load('ABCDEF')) ?? [], { ...h.deps, store: new MemoryStore() });
    fresh.setConnected(1, 'dprk', true);
    expect(h.classroom.dashboard()).toEqual(fresh.dashboard());
  });

  it('fuzz: 1,000 random sequences of legal and illegal messages leak nothing', async () => {
    const started = Date.now();
    let legal = 0;
    let refused = 0;
    let checked = 0;
    for (let run = 0; run < 1000; run++) {
      const rand = mulberry(run + 1);
      const seed = 1_000_000 + Math.floor(rand() * 4_000_000_000);
      const h = harness(3, 'pairs', () => seed); // one pair and one student against the computer
      for (let i = 0; i < 3; i++) h.classroom.claimSeat();
      const roles: Role[] = [
        { kind: 'seat', table: 1, side: 'us' },
        { kind: 'seat', table: 1, side: 'dprk' },
        { kind: 'seat', table: 2, side: 'us' },
        { kind: 'teacher' },
      ];
      for (const role of roles) h.send(role, 'ready');
      h.runComputer();
      for (let step = 0; step < 12; step++) {
        const role = roles[Math.floor(rand() * roles.length)];
        const pick = rand();
        let result: ReturnType<typeof h.send>;
        if (role.kind === 'seat' && pick < 0.6) {
          const moves = candidateMoves(lastView(h.sent, `${role.table}:${role.side}`) ?? ({} as View));
          const other = candidateMoves(lastView(h.sent, `${role.table}:${role.side === 'us' ? 'dprk' : 'us'}`) ?? ({} as View));
          const options = [...moves, ...other, { type: 'ACCEPT' }, { type: 'OFFER', pkg: Array(11).fill(1) }];
          result = h.send(role, 'move', options[Math.floor(rand() * options.length)]);
        } else if (pick < 0.75) {
          result = h.send(role, rand() < 0.5 ? 'pause' : 'resume', { tables: rand() < 0.5 ? 'all' : [1] });
        } else if (pick < 0.85) {
          result = h.send(role, 'move', { type: 'WALK', by: rand() < 0.5 ? 'us' : 'dprk', table: 1 + Math.floor(rand() * 2) });
        } else if (pick < 0.95) {
          const junk = [null, 42, 'x', [1], { type: 'OFFER', pkg: 'all' }, { type: 'DEFINE_SCOPE', facilities: [{}] }];
          result = h.send(role, rand() < 0.5 ? 'move' : 'nonsense', junk[Math.floor(rand() * junk.length)]);
        } else if (pick < 0.975) {
          const ids = [...EVENTS.map((e) => e.id), 'ev.nope'];
          result = h.send(role, 'eventCard', {
            eventId: ids[Math.floor(rand() * ids.length)],
            tables: rand() < 0.5 ? 'all' : [2],
          });
        } else if (pick < 0.9875) {
          result = h.send(role, 'assignSeat', {
            table: 1 + Math.floor(rand() * 2),
            side: rand() < 0.5 ? 'us' : 'dprk',
            seat: rand() < 0.5 ? 'ai' : 'human',
          });
        } else {
          result = h.send(role, 'ready');
        }
        if (result) refused++;
        else legal++;
      }
      for (const m of h.sent) {
        assertNoLeak(m, seed);
        checked++;
      }
      // Each seat's last view is exactly its own projection of the game now.
      const game = h.classroom.tableGame(1);
      const now = Session.replay(game.seed, game.settings, game.events);
      // The cached dashboard rows are what a class rebuilt from the log shows (connections aside).
      if (run % 20 === 0) {
        const rebuilt = Classroom.restore((await h.store.load('ABCDEF')) ?? [], { ...h.deps, store: new MemoryStore() });
        const offline = (d: Dashboard) => JSON.stringify(d).replaceAll('"connected":true', '"connected":false');
        expect(offline(h.classroom.dashboard())).toBe(offline(rebuilt.dashboard()));
      }
      // (A seat the computer took is sent nothing more: its last view is from before.)
      for (const side of SIDES) if (now.seats[side] === 'human') expect(lastView(h.sent, `1:${side}`)).toEqual(now.view(side));
    }
    expect(legal).toBeGreaterThan(2000);
    expect(refused).toBeGreaterThan(2000);
    expect(checked).toBeGreaterThan(20_000);
    console.log(`fuzz: ${legal} accepted, ${refused} refused, ${checked} messages checked in ${Date.now() - started} ms`);
  });

  it('the leak check fails on a leak', () => {
    const h = harness(2);
    h.classroom.claimSeat();
    h.send({ kind: 'seat', table: 1, side: 'us' }, 'ready');
    const mine = h.sent.find((m) => m.type === 'view') as Sent;
    const game = h.classroom.tableGame(1);
    const theirs = Session.replay(game.seed, game.settings, game.events).view('dprk');
    expect(() => assertNoLeak({ ...mine, body: { side: 'us', view: { ...theirs, viewer: 'us' } } }, 1)).toThrow();
    expect(() => assertNoLeak({ to: 'teacher', type: 'dashboard', body: { x: 123456789 } }, 123_456_789)).toThrow();
  });
});
