/**
 * A headless class client for the server's tests (and, later, load runs): a colyseus.js room that
 * records every message it is sent, in order, and can wait for the next one. It is what a student's
 * or teacher's device does on the wire, with nothing of the server's in it.
 */
import type { Client, Room } from 'colyseus.js';

export interface Received {
  readonly type: string;
  // biome-ignore lint/suspicious/noExplicitAny: messages off the wire are untyped; tests assert their shape.
  readonly body: any;
}

export class TestClient {
  readonly received: Received[] = [];
  private waiters: (() => void)[] = [];

  private constructor(readonly room: Room) {
    room.onMessage('*', (type, body) => {
      this.received.push({ type: String(type), body });
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  /** Wraps a joined room and says "ready", so the server sends its welcome after handlers exist. */
  static ready(room: Room): TestClient {
    const client = new TestClient(room);
    room.send('ready');
    return client;
  }

  static async join(sdk: Pick<Client, 'joinById'>, code: string, options: Record<string, unknown>): Promise<TestClient> {
    return TestClient.ready(await sdk.joinById(code, options));
  }

  send(type: string, body?: unknown): number {
    const mark = this.received.length;
    this.room.send(type, body);
    return mark;
  }

  /** The first message after index `from` that matches, waiting up to `ms`. */
  async next(match: (m: Received) => boolean, from = 0, ms = 5000): Promise<Received> {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = this.received.slice(from).find(match);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(
          `No matching message within ${ms} ms; got ${JSON.stringify(this.received.slice(from).map((m) => m.type))}`,
        );
      await new Promise<void>((wake) => {
        const timer = setTimeout(wake, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          wake();
        });
      });
    }
  }

  /** The reply to a message sent at `mark`: the next view, dashboard or refusal. */
  reply(mark: number, types = ['view', 'refused', 'dashboard']): Promise<Received> {
    return this.next((m) => types.includes(m.type), mark);
  }

  // biome-ignore lint/suspicious/noExplicitAny: as above, the body of the latest message of a type.
  last(type: string): any {
    for (let i = this.received.length - 1; i >= 0; i--) if (this.received[i].type === type) return this.received[i].body;
    return undefined;
  }

  count(type: string): number {
    return this.received.filter((m) => m.type === type).length;
  }
}
