/**
 * The class server's messages, as typed semantic events, and the checks every incoming message
 * passes before anything reads it: a size limit, a shape check with no unknown fields, and the
 * seat's identity taken from its connection, never from the message. Clients send what they mean
 * ("offer this package", "pause tables 2 and 5"), never state; the server answers with views.
 */
import type { AssignableSeat, Side, Utterance } from '../sim/session/index.ts';
import { ISSUES, SIDES, UTTERANCE_KINDS } from '../sim/session/index.ts';

/** Bigger than any real message (an offer is about 80 bytes of JSON). */
export const MAX_MESSAGE_BYTES = 2048;

/** A seat's move without `by`: the server adds the seat's own side. */
export type MoveBody =
  | { readonly type: 'CHOOSE'; readonly choiceId: string }
  | { readonly type: 'DEFINE_SCOPE'; readonly facilities: readonly string[] }
  | { readonly type: 'OFFER'; readonly pkg: readonly number[] }
  | { readonly type: 'ACCEPT' | 'WALK' | 'ADJOURN' }
  | { readonly type: 'SAY'; readonly say: Utterance };

/** Which tables a teacher action is for: all of them, or the listed table numbers (1-based). */
export type TableSelection = 'all' | readonly number[];

export type TeacherAction =
  | { readonly type: 'pause'; readonly tables: TableSelection }
  | { readonly type: 'resume'; readonly tables: TableSelection }
  | { readonly type: 'eventCard'; readonly eventId: string; readonly tables: TableSelection }
  | { readonly type: 'freeSeat'; readonly table: number; readonly side: Side }
  /** The computer takes a seat (its student's token stops working), or a student may take it again. */
  | { readonly type: 'assignSeat'; readonly table: number; readonly side: Side; readonly seat: AssignableSeat }
  | { readonly type: 'releaseDebrief' };

export type ClientMessage =
  | { readonly kind: 'ready' }
  | { readonly kind: 'move'; readonly move: MoveBody; readonly claimedSide?: Side; readonly claimedTable?: number }
  | { readonly kind: 'teacher'; readonly action: TeacherAction };

/** Why a message was refused: a stable code for programs and a sentence for people. */
export type RefusalReason =
  | 'too-large'
  | 'bad-message'
  | 'rate-limited'
  | 'not-teacher'
  | 'not-seated'
  | 'wrong-seat'
  | 'wrong-table'
  | 'paused'
  | 'game-over'
  | 'illegal-move'
  | 'unknown-table'
  | 'class-full'
  | 'bad-token'
  | 'seat-freed'
  | 'seat-computer';

export interface Refusal {
  readonly reason: RefusalReason;
  readonly message: string;
}

export type Parsed<T> = { readonly ok: true; readonly value: T } | ({ readonly ok: false } & Refusal);

const refuse = (reason: RefusalReason, message: string): Parsed<never> => ({ ok: false, reason, message });
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const onlyKeys = (o: Record<string, unknown>, keys: readonly string[]) => Object.keys(o).every((k) => keys.includes(k));
const isShortId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 64 && /^[\w.:-]+$/.test(v);

/** The size of a decoded message as JSON; Infinity for what JSON cannot hold (cycles, BigInt). */
export function messageSize(body: unknown): number {
  try {
    return JSON.stringify(body ?? null).length;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/** Reads one message of `type` with `body`, or says why not. */
export function parseMessage(type: unknown, body: unknown): Parsed<ClientMessage> {
  if (messageSize(body) > MAX_MESSAGE_BYTES) return refuse('too-large', `Messages are limited to ${MAX_MESSAGE_BYTES} bytes.`);
  switch (type) {
    case 'ready':
      return { ok: true, value: { kind: 'ready' } };
    case 'move':
      return parseMove(body);
    case 'pause':
    case 'resume':
    case 'eventCard':
    case 'freeSeat':
    case 'assignSeat':
    case 'releaseDebrief': {
      const action = parseTeacherAction(type, body);
      return action.ok ? { ok: true, value: { kind: 'teacher', action: action.value } } : action;
    }
    default:
      return refuse('bad-message', `Unknown message type ${JSON.stringify(String(type).slice(0, 40))}.`);
  }
}

function parseMove(body: unknown): Parsed<ClientMessage> {
  if (!isObject(body)) return refuse('bad-message', 'A move must be an object like {"type": "ACCEPT"}.');
  const extra = { by: body.by, table: body.table };
  if (extra.by !== undefined && !SIDES.includes(extra.by as Side)) return refuse('bad-message', '"by" must be "us" or "dprk".');
  if (extra.table !== undefined && !Number.isSafeInteger(extra.table))
    return refuse('bad-message', '"table" must be a table number.');
  const claims = { claimedSide: extra.by as Side | undefined, claimedTable: extra.table as number | undefined };
  const fields = (keys: readonly string[]) => onlyKeys(body, ['type', 'by', 'table', ...keys]);
  const ok = (move: MoveBody): Parsed<ClientMessage> => ({ ok: true, value: { kind: 'move', move, ...claims } });
  switch (body.type) {
    case 'CHOOSE':
      if (!fields(['choiceId']) || !isShortId(body.choiceId))
        return refuse('bad-message', 'CHOOSE needs a "choiceId" and nothing else.');
      return ok({ type: 'CHOOSE', choiceId: body.choiceId });
    case 'DEFINE_SCOPE': {
      const f = body.facilities;
      if (!fields(['facilities']) || !Array.isArray(f) || f.length > 32 || !f.every(isShortId)) {
        return refuse('bad-message', 'DEFINE_SCOPE needs "facilities", a list of facility IDs.');
      }
      return ok({ type: 'DEFINE_SCOPE', facilities: [...f] });
    }
    case 'OFFER': {
      const p = body.pkg;
      if (!fields(['pkg']) || !Array.isArray(p) || p.length !== ISSUES.length || !p.every((n) => Number.isSafeInteger(n))) {
        return refuse('bad-message', `OFFER needs "pkg", a list of ${ISSUES.length} whole-number levels.`);
      }
      return ok({ type: 'OFFER', pkg: [...p] as number[] });
    }
    case 'ACCEPT':
    case 'WALK':
    case 'ADJOURN':
      if (!fields([])) return refuse('bad-message', `${body.type} takes no other fields.`);
      return ok({ type: body.type });
    case 'SAY': {
      // The shape only; whether the line may be said now is the session's to say.
      const say = body.say;
      const known = isObject(say) && UTTERANCE_KINDS.includes(say.kind as Utterance['kind']);
      const issue = known && (say.kind === 'prefer' || say.kind === 'askIssue');
      if (!fields(['say']) || !known || !onlyKeys(say, issue ? ['kind', 'issue'] : ['kind']) || (issue && !isShortId(say.issue)))
        return refuse(
          'bad-message',
          `SAY needs "say": {"kind": one of ${UTTERANCE_KINDS.join(', ')}} (and "issue" for prefer and askIssue).`,
        );
      return ok({ type: 'SAY', say: (issue ? { kind: say.kind, issue: say.issue } : { kind: say.kind }) as Utterance });
    }
    default:
      return refuse('bad-message', 'A move\'s "type" must be CHOOSE, DEFINE_SCOPE, OFFER, ACCEPT, WALK, ADJOURN or SAY.');
  }
}

function parseTables(v: unknown): TableSelection | null {
  if (v === undefined || v === 'all') return 'all';
  if (!Array.isArray(v) || v.length === 0 || v.length > 100 || !v.every((n) => Number.isSafeInteger(n) && n >= 1)) return null;
  return [...new Set(v as number[])];
}

function parseTeacherAction(type: TeacherAction['type'], bodyIn: unknown): Parsed<TeacherAction> {
  const body = bodyIn ?? {};
  if (!isObject(body)) return refuse('bad-message', `${type} takes an object.`);
  const tablesHelp = '"tables" must be "all" or a list of table numbers.';
  switch (type) {
    case 'pause':
    case 'resume': {
      const tables = parseTables(body.tables);
      if (!onlyKeys(body, ['tables']) || !tables) return refuse('bad-message', tablesHelp);
      return { ok: true, value: { type, tables } };
    }
    case 'eventCard': {
      const tables = parseTables(body.tables);
      if (!onlyKeys(body, ['tables', 'eventId']) || !tables || !isShortId(body.eventId)) {
        return refuse('bad-message', `eventCard needs an "eventId"; ${tablesHelp}`);
      }
      return { ok: true, value: { type, eventId: body.eventId, tables } };
    }
    case 'freeSeat':
      if (!onlyKeys(body, ['table', 'side']) || !Number.isSafeInteger(body.table) || !SIDES.includes(body.side as Side)) {
        return refuse('bad-message', 'freeSeat needs a "table" number and a "side" ("us" or "dprk").');
      }
      return { ok: true, value: { type, table: body.table as number, side: body.side as Side } };
    case 'assignSeat':
      if (
        !onlyKeys(body, ['table', 'side', 'seat']) ||
        !Number.isSafeInteger(body.table) ||
        !SIDES.includes(body.side as Side) ||
        (body.seat !== 'ai' && body.seat !== 'human')
      ) {
        return refuse(
          'bad-message',
          'assignSeat needs a "table" number, a "side" ("us" or "dprk") and a "seat" ("ai" or "human").',
        );
      }
      return { ok: true, value: { type, table: body.table as number, side: body.side as Side, seat: body.seat } };
    case 'releaseDebrief':
      if (!onlyKeys(body, [])) return refuse('bad-message', 'releaseDebrief takes no fields.');
      return { ok: true, value: { type } };
  }
}
