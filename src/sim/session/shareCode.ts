/**
 * Share codes: a compact, URL-safe text that holds the format version, seed, settings and every move
 * of a game. Choices are stored by their slug (the part after the beat ID), since replay knows the
 * beat; offers as level digits. A checksum catches truncation and tampering before any replay.
 * Version 2 adds the content version the game was played with; version 1 codes (without it) still open.
 * A code comes from anyone, so no message ever repeats what it holds: problems are told in fixed words
 * (which field, which move), never by quoting the code back into the game's text.
 * A teacher's event card (`INJECT`) is `!` and the card's ID (`!ev.cohen`); the teacher's seat change
 * (`ASSIGN_SEAT`) is `=`, the side and who now plays it (`=da`: the computer takes the DPRK seat; `=dh`:
 * a student again). The teacher's round timer running out (`CALL_TIME`) is `~`. Codes without seat changes are written exactly as before, so older codes and builds agree.
 * Version 3 adds a start point (`s`) and the class length (`l`) to the settings, and holds only the moves
 * after the start (the start's own moves follow from the settings). A game with neither is still written
 * as version 2, byte for byte as before, so older builds keep opening it.
 */
import { EVENTS } from '../content/events.ts';
import { FACILITY_IDS } from '../content/facilities.ts';
import { GameProblem, type Problem, problem, problemOf, renderProblem } from '../content/problems.ts';
import { CONTENT_VERSION } from '../content/version.ts';
import { actingSide, currentBeat } from '../machine/reduce.ts';
import type { GameEvent, Settings } from '../machine/types.ts';
import type { UtteranceKind } from '../model/dialogue.ts';
import type { Side } from '../model/ids.ts';
import { ISSUE_COUNT, ISSUE_IDS, type IssueId } from '../model/issues.ts';
import { replayNotice } from './save.ts';
import { Session } from './session.ts';
import { normalizeSeed, normalizeSettings } from './settings.ts';
import { afterStart } from './startPoint.ts';

export const SHARE_VERSION = 3;
/** The version a code is written with when its settings need nothing version 3 added. */
const PLAIN_VERSION = 2;
/** An offer: `o` and a level digit per issue, in table order (levels are checked when the move is replayed). */
const OFFER_TOKEN = new RegExp(`^o\\d{${ISSUE_COUNT}}$`);
/** A seat change: `=`, the side (`u`/`d`) and who plays it now (`h` a student, `a` the computer). */
const SEAT_TOKEN = /^=([ud])([ha])$/;
/** The teacher's round timer ran out. */
const TIME_TOKEN = '~';
/**
 * A line across the table (`SAY`): `?`, a letter for its kind and, for a line about an issue, the issue's
 * ID (`?psanctions`: "sanctions matter most to us"; `?t`: "what matters most to you?").
 */
const TALK_PREFIX = '?';
const TALK_LETTER: Readonly<Record<UtteranceKind, string>> = {
  prefer: 'p',
  askTop: 't',
  askIssue: 'i',
  oneMoreStep: 's',
  threaten: 'x',
  favour: 'f',
};
const TALK_KIND = new Map(Object.entries(TALK_LETTER).map(([kind, letter]) => [letter, kind as UtteranceKind]));
const SEAT_TOKEN_SIDE = { us: 'u', dprk: 'd' } as const;
const SEAT_TOKEN_KIND = { human: 'h', ai: 'a' } as const;
/** Far beyond a real code (a full game is a few hundred characters); refuse before decoding. */
export const MAX_CODE_LENGTH = 4096;

/** A code that cannot be read; the problem is data (content/problems.ts), the message its English. */
export class ShareCodeError extends GameProblem {}

type Token = string;

/** FNV-1a over the payload, as 6 base-36 digits. */
function checksum(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return ((h >>> 0) % 36 ** 6).toString(36).padStart(6, '0');
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(code: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(code)) throw new ShareCodeError('code_bad_characters');
  const b64 = code.replaceAll('-', '+').replaceAll('_', '/');
  let bin: string;
  try {
    bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  } catch {
    throw new ShareCodeError('code_cut_short');
  }
  const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ShareCodeError('code_damaged');
  }
}

function tokenFor(event: GameEvent): Token {
  switch (event.type) {
    case 'CHOOSE':
      return event.choiceId.slice(event.choiceId.lastIndexOf('.') + 1);
    case 'OFFER':
      return `o${event.pkg.join('')}`;
    case 'DEFINE_SCOPE':
      return `d${FACILITY_IDS.map((f) => (event.facilities.includes(f) ? '1' : '0')).join('')}`;
    case 'ACCEPT':
      return 'a';
    case 'WALK':
      return 'w';
    case 'ADJOURN':
      return 'j';
    case 'INJECT':
      return `!${event.eventId}`;
    case 'ASSIGN_SEAT':
      return `=${SEAT_TOKEN_SIDE[event.side]}${SEAT_TOKEN_KIND[event.seat]}`;
    case 'CALL_TIME':
      return TIME_TOKEN;
    case 'SAY':
      return `${TALK_PREFIX}${TALK_LETTER[event.say.kind]}${'issue' in event.say ? event.say.issue : ''}`;
  }
}

/** Settings with defaults left out, to keep codes short. */
function compactSettings(s: Settings): Record<string, unknown> {
  const out: Record<string, unknown> = { u: s.seats.us, d: s.seats.dprk, m: s.mode === 'historical' ? 'h' : 'o' };
  if (s.persona !== 'historical') out.p = s.persona;
  if (s.drills) out.x = 1;
  if (Object.keys(s.events).length > 0) out.e = s.events;
  if (Object.keys(s.meters).length > 0) out.r = s.meters;
  if (s.start !== 'beginning') out.s = s.start;
  if (s.length === 'class') out.l = 'c';
  return out;
}

/** The fields a code's settings may hold (see compactSettings), by code version. */
const COMPACT_KEYS: readonly string[] = ['u', 'd', 'm', 'p', 'x', 'e', 'r'];
const COMPACT_KEYS_V3: readonly string[] = [...COMPACT_KEYS, 's', 'l'];

function expandSettings(c: Record<string, unknown>, version: number): unknown {
  const keys = version >= 3 ? COMPACT_KEYS_V3 : COMPACT_KEYS;
  if (Object.keys(c).some((key) => !keys.includes(key))) throw new ShareCodeError('code_unknown_setting');
  // The class length is written as "c" when on and left out when full; anything else is damage.
  if (c.l !== undefined && c.l !== 'c') throw new ShareCodeError('code_length_damaged');
  // Drills are written as 1 when on and left out when off; anything else is damage, not "off".
  if (c.x !== undefined && c.x !== 1) throw new ShareCodeError('code_drills_damaged');
  return {
    seats: { us: c.u, dprk: c.d },
    mode: c.m === 'h' ? 'historical' : c.m === 'o' ? 'open' : c.m,
    persona: c.p ?? 'historical',
    drills: c.x === 1,
    events: c.e ?? {},
    meters: c.r ?? {},
    start: c.s ?? 'beginning',
    length: c.l === 'c' ? 'class' : 'full',
  };
}

/** A code for a game; `events` are its moves after the start (a full log, start's moves first, also does). */
export function encodeShareCode(seed: number, settings: Settings, events: readonly GameEvent[]): string {
  const compact = compactSettings(settings);
  const later = settings.start !== 'beginning';
  const moves = later ? (afterStart(events, Session.start(settings, seed).log()) as readonly GameEvent[]) : events;
  const payload = JSON.stringify([
    's' in compact || 'l' in compact ? SHARE_VERSION : PLAIN_VERSION,
    seed,
    compact,
    moves.map(tokenFor).join(' '),
    CONTENT_VERSION,
  ]);
  return sealShareCode(payload);
}

/** A payload with its checksum in front, as a code (tests use it to forge codes that pass the checksum). */
export function sealShareCode(payload: string): string {
  return `${checksum(payload)}${toBase64Url(payload)}`;
}

export interface DecodedCode {
  readonly seed: number;
  readonly settings: Settings;
  readonly tokens: readonly Token[];
  /** The content version the game was played with; null for a version-1 code, which did not record it. */
  readonly content: string | null;
}

export function decodeShareCode(code: unknown): DecodedCode {
  if (typeof code !== 'string' || code.length === 0) throw new ShareCodeError('code_not_text');
  const trimmed = code.trim();
  if (trimmed.length > MAX_CODE_LENGTH) throw new ShareCodeError('code_too_long');
  if (trimmed.length < 8) throw new ShareCodeError('code_too_short');
  const payload = fromBase64Url(trimmed.slice(6));
  if (checksum(payload) !== trimmed.slice(0, 6)) throw new ShareCodeError('code_checksum');
  let data: unknown;
  try {
    data = JSON.parse(payload);
  } catch {
    throw new ShareCodeError('code_damaged');
  }
  if (!Array.isArray(data) || data.length < 4) throw new ShareCodeError('code_not_game');
  const [version, seed, settings, moves, content] = data as [unknown, unknown, unknown, unknown, unknown];
  if (typeof version !== 'number') throw new ShareCodeError('code_version_damaged');
  if (version !== 1 && version !== PLAIN_VERSION && version !== SHARE_VERSION)
    throw new ShareCodeError('code_version_unknown', { latest: SHARE_VERSION });
  if (data.length !== (version === 1 ? 4 : 5)) throw new ShareCodeError('code_not_game');
  if (version !== 1 && (typeof content !== 'string' || !/^[0-9a-z]{1,16}$/.test(content)))
    throw new ShareCodeError('code_content_damaged');
  if (typeof settings !== 'object' || settings === null || Array.isArray(settings)) throw new ShareCodeError('code_no_settings');
  if (typeof moves !== 'string') throw new ShareCodeError('code_no_moves');
  try {
    return {
      seed: normalizeSeed(seed),
      settings: normalizeSettings(expandSettings(settings as Record<string, unknown>, version)),
      tokens: moves.length === 0 ? [] : moves.split(' '),
      content: version === 1 ? null : (content as string),
    };
  } catch (err) {
    // Settings messages name the field in fixed words (settings.ts); seeds are refused the same way.
    if (err instanceof ShareCodeError) throw err;
    throw new ShareCodeError('code_bad_settings', { reason: problemOf(err) });
  }
}

/** Turns one token back into the move it stands for at the session's current point, or explains why not. */
export function eventForToken(session: Session, token: Token): GameEvent | Problem {
  const ctx = session.context;
  const beat = currentBeat(ctx);
  const by = actingSide(ctx);
  if (!beat || !by) return problem('token_game_over');
  if (token.startsWith('!')) {
    // Checked here, not by the move checker, whose message would repeat the unknown ID into the game's text.
    const eventId = token.slice(1);
    return EVENTS.some((card) => card.id === eventId) ? { type: 'INJECT', by: 'teacher', eventId } : problem('token_no_card');
  }
  const seat = SEAT_TOKEN.exec(token);
  if (seat)
    return { type: 'ASSIGN_SEAT', by: 'teacher', side: seat[1] === 'u' ? 'us' : 'dprk', seat: seat[2] === 'a' ? 'ai' : 'human' };
  if (token === TIME_TOKEN) return { type: 'CALL_TIME', by: 'teacher' };
  if (token.startsWith(TALK_PREFIX)) return talkEvent(by, token.slice(TALK_PREFIX.length));
  if (token === 'a') return { type: 'ACCEPT', by };
  if (token === 'w') return { type: 'WALK', by };
  if (token === 'j') return { type: 'ADJOURN', by };
  if (OFFER_TOKEN.test(token)) return { type: 'OFFER', by, pkg: [...token.slice(1)].map(Number) };
  if (/^d[01]{7}$/.test(token))
    return { type: 'DEFINE_SCOPE', by, facilities: FACILITY_IDS.filter((_, i) => token[i + 1] === '1') };
  const choice = beat.choices.find((c) => c.id === `${beat.id}.${token}`);
  return choice ? { type: 'CHOOSE', by, choiceId: choice.id } : problem('token_no_choice');
}

/** A line's token after the `?`: its kind's letter, then the issue ID for a line about an issue. */
function talkEvent(by: Side, rest: string): GameEvent | Problem {
  const kind = TALK_KIND.get(rest.slice(0, 1));
  const issue = rest.slice(1);
  if (kind === 'prefer' || kind === 'askIssue') {
    return (ISSUE_IDS as readonly string[]).includes(issue)
      ? { type: 'SAY', by, say: { kind, issue: issue as IssueId } }
      : problem('token_no_choice');
  }
  return kind && issue === '' ? { type: 'SAY', by, say: { kind } } : problem('token_no_choice');
}

export interface CodeReplay {
  readonly session: Session;
  /** Moves that could not be replayed (content changed, or the code was altered); empty when exact. */
  readonly dropped: number;
  readonly problem: string | null;
  /** What to tell the player (other content, dropped moves), or null when the code replayed exactly. */
  readonly message: string | null;
  /** The same as data, for a front end to show in the reader's language. */
  readonly notice: Problem | null;
}

/** Replays a code as far as its moves stay valid; strict mode refuses any invalid move. */
export function replayShareCode(code: unknown, { strict = true } = {}): CodeReplay {
  const decoded = decodeShareCode(code);
  const session = Session.start(decoded.settings, decoded.seed);
  for (let i = 0; i < decoded.tokens.length; i++) {
    const event = eventForToken(session, decoded.tokens[i]);
    const result = 'id' in event ? { ok: false as const, error: event } : session.replayMove(event);
    if (!result.ok) {
      const cannot = problem('code_move_unreplayable', { move: i + 1, moves: decoded.tokens.length, reason: result.error });
      if (strict) throw new ShareCodeError(cannot);
      const dropped = decoded.tokens.length - i;
      const note = replayNotice(decoded.content, decoded.tokens.length, dropped);
      const notice =
        decoded.content !== null && decoded.content !== CONTENT_VERSION && note
          ? problem('replay_code_other_content', { note, problem: cannot })
          : problem('replay_code_stops', { problem: cannot, dropped });
      return { session, dropped, problem: renderProblem(cannot), message: renderProblem(notice), notice };
    }
  }
  const notice = replayNotice(decoded.content, decoded.tokens.length, 0);
  return { session, dropped: 0, problem: null, message: notice && renderProblem(notice), notice };
}
