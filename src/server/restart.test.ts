import { describe, expect, it } from 'vitest';
import { bootClassServer, tempDataDir, until } from './serverTestKit.ts';
import { TestClient } from './testClient.ts';

/**
 * A server restart mid-class: the class and every table come back from the append-only log where
 * they were (moves, computer moves, pauses, seats, a seat given to the computer), the teacher and students rejoin with their
 * tokens, and play goes on.
 */
describe('class server restart', { timeout: 60_000 }, () => {
  it('restores every table from the persisted log', async () => {
    const dir = tempDataDir();
    const first = await bootClassServer(dir);
    const room = await first.colyseus.sdk.create('class', { role: 'teacher', setup: { students: 3, seeds: 'different' } });
    const teacher = TestClient.ready(room);
    const teacherToken = (await teacher.next((m) => m.type === 'token')).body.token as string;
    const code = room.roomId;
    const students: TestClient[] = [];
    for (let i = 0; i < 3; i++) students.push(await TestClient.join(first.colyseus.sdk, code, { role: 'student' }));
    const tokens = await Promise.all(students.map(async (s) => (await s.next((m) => m.type === 'token')).body.token as string));
    const [us1, , us2] = students;
    await until(() => students.every((s) => s.count('view') > 0));
    // Table 1: the US seat moves; table 2 (a student against the computer): the student moves and the computer answers.
    for (const seat of [us1, us2]) {
      const view = seat.last('view').view;
      seat.send('move', { type: 'CHOOSE', choiceId: view.choices.find((c: { enabled: boolean }) => c.enabled).id });
    }
    await until(() => teacher.last('dashboard').tables[0].moves === 1 && teacher.last('dashboard').tables[1].moves >= 2);
    await until(() => teacher.last('dashboard').tables[1].turn === 'us');
    // The teacher pushes an event card into table 1: both of its seats see it fire; table 2 does not.
    const cardIds = (s: TestClient) => s.last('view').view.firedEvents.map((e: { id: string }) => e.id) as string[];
    teacher.send('eventCard', { eventId: 'ev.cohen', tables: [1] });
    await until(() => cardIds(students[0]).includes('ev.cohen') && cardIds(students[1]).includes('ev.cohen'));
    expect(cardIds(us2)).not.toContain('ev.cohen');
    await until(() => teacher.last('dashboard').tables[0].moves === 2);
    teacher.send('pause', { tables: [1] });
    await until(() => teacher.last('dashboard').tables[0].paused === true);
    const before = teacher.last('dashboard');
    const views = students.map((s) => s.last('view'));
    await first.server.close();

    const second = await bootClassServer(dir);
    expect(second.server.restored).toEqual([code]);
    const back = await TestClient.join(second.colyseus.sdk, code, { role: 'teacher', token: teacherToken });
    const after = (await back.next((m) => m.type === 'dashboard')).body;
    const offline = (d: typeof before) => JSON.parse(JSON.stringify(d).replaceAll('"connected":true', '"connected":false'));
    expect(after).toEqual(offline(before));
    const again: TestClient[] = [];
    for (const token of tokens) again.push(await TestClient.join(second.colyseus.sdk, code, { role: 'student', token }));
    for (const [i, s] of again.entries()) expect((await s.next((m) => m.type === 'view')).body).toEqual(views[i]);
    expect(again.slice(0, 2).map(cardIds)).toEqual([expect.arrayContaining(['ev.cohen']), expect.arrayContaining(['ev.cohen'])]);

    // Still paused after the restart; the teacher resumes and play goes on at table 1.
    const [r1] = again;
    const refused = await r1.next((m) => m.type === 'refused', r1.send('move', { type: 'WALK' }));
    expect(refused.body.reason).toBe('paused');
    back.send('resume', { tables: [1] });
    await until(() => r1.last('view').paused === false);
    await second.server.close();
  });

  it("a seat the teacher gave to the computer stays the computer's after a restart, and can be handed back", async () => {
    const dir = tempDataDir();
    const first = await bootClassServer(dir);
    const room = await first.colyseus.sdk.create('class', { role: 'teacher', setup: { students: 2 } });
    const teacher = TestClient.ready(room);
    const teacherToken = (await teacher.next((m) => m.type === 'token')).body.token as string;
    const code = room.roomId;
    const us = await TestClient.join(first.colyseus.sdk, code, { role: 'student' });
    const usToken = (await us.next((m) => m.type === 'token')).body.token as string;
    const dprk = await TestClient.join(first.colyseus.sdk, code, { role: 'student' });
    const dprkToken = (await dprk.next((m) => m.type === 'token')).body.token as string;
    await until(() => us.count('view') > 0 && dprk.count('view') > 0);
    const left = new Promise<number>((done) => dprk.room.onLeave((c) => done(c)));
    teacher.send('assignSeat', { table: 1, side: 'dprk', seat: 'ai' });
    const told = await dprk.next((m) => m.type === 'refused');
    expect(told.body).toMatchObject({ reason: 'seat-computer', message: expect.stringContaining('computer') });
    expect(await left).toBe(4002);
    await until(() => teacher.last('dashboard').tables[0].seats.dprk.kind === 'ai');
    // The US student moves; the computer answers for the DPRK seat by itself.
    const view = us.last('view').view;
    us.send('move', { type: 'CHOOSE', choiceId: view.choices.find((c: { enabled: boolean }) => c.enabled).id });
    const row = () => teacher.last('dashboard').tables[0];
    await until(() => us.last('view').view.turn?.side === 'us' && row().moves >= 3 && row().turn === 'us');
    const before = teacher.last('dashboard');
    const usView = us.last('view');
    await first.server.close();

    const second = await bootClassServer(dir);
    const back = await TestClient.join(second.colyseus.sdk, code, { role: 'teacher', token: teacherToken });
    const after = (await back.next((m) => m.type === 'dashboard')).body;
    expect(after).toEqual(JSON.parse(JSON.stringify(before).replaceAll('"connected":true', '"connected":false')));
    expect(after.tables[0].seats.dprk).toMatchObject({ kind: 'ai', taken: false });
    await expect(TestClient.join(second.colyseus.sdk, code, { role: 'student', token: dprkToken })).rejects.toThrow(
      /^seat-computer: /,
    );
    const usAgain = await TestClient.join(second.colyseus.sdk, code, { role: 'student', token: usToken });
    expect((await usAgain.next((m) => m.type === 'view')).body).toEqual(usView);

    // Handed back: the next student to join takes the DPRK seat with a new token.
    back.send('assignSeat', { table: 1, side: 'dprk', seat: 'human' });
    await until(() => back.last('dashboard').tables[0].seats.dprk.kind === 'human');
    const newcomer = await TestClient.join(second.colyseus.sdk, code, { role: 'student' });
    expect((await newcomer.next((m) => m.type === 'welcome')).body).toMatchObject({ table: 1, side: 'dprk' });
    expect((await newcomer.next((m) => m.type === 'token')).body.token).not.toBe(dprkToken);
    await second.server.close();
  });
});
