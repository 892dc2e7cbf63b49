/**
 * Share codes: a compact, URL-safe text that holds the format version, seed, settings and every move
 * of a game. Choices are stored by their slug (the part after the beat ID), since replay knows the
 * beat; offers as level digits. A checksum catches truncation and tampering before any replay.
 * Version 2 adds the content version the game was played with; version 1 codes (without it) still open.
 * A code comes from anyone, so no message ever repeats what it holds: problems are told in fixed words
 * (which field, which move), never by quoting the code back into the game's text.
 * A teacher's event card (`INJECT`) is `!` and the card's ID (`!ev.cohen`).
 * Version 3 adds a start point (`s`) and the class length (`l`) to the settings, and holds only the moves
 * after the start (the start's own moves follow from the settings). A game with neither is still written
 * as version 2, byte for byte as before, so older builds keep opening it.
 */
import { EVENTS } from '../content/events.ts';
import { FACILITY_IDS } from '../content/facilities.ts';
import { CONTENT_VERSION } from '../content/version.ts';
import { actingSide, currentBeat } from '../machine/reduce.ts';
import type { GameEvent, Settings } from '../machine/types.ts';
import { ISSUE_COUNT } from '../model/issues.ts';
import { replayNote } from './save.ts';
import { Session } from './session.ts';
import { normalizeSeed, normalizeSettings } from './settings.ts';
import { afterStart } from './startPoint.ts';

export const SHARE_VERSION = 3;
/** The version a code is written with when its settings need nothing version 3 added. */
const PLAIN_VERSION = 2;
/** An offer: `o` and a level digit per issue, in table order (levels are checked when the move is replayed). */
const OFFER_TOKEN = new RegExp(`^o\\d{${ISSUE_COUNT}}$`);
/** Far beyond a real code (a full game is a few hundred characters); refuse before decoding. */
export const MAX_CODE_LENGTH = 4096;

export class ShareCodeError extends Error {}

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
  if (!/^[A-Za-z0-9_-]*$/.test(code)) throw new ShareCodeError('The code contains characters a share code never has.');
  const b64 = code.replaceAll('-', '+').replaceAll('_', '/');
  let bin: string;
  try {
    bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  } catch {
    throw new ShareCodeError('The code is cut short or damaged.');
  }
  const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ShareCodeError('The code is damaged.');
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
  if (Object.keys(c).some((key) => !keys.includes(key)))
    throw new ShareCodeError("The code's settings hold a field a share code never has.");
  // The class length is written as "c" when on and left out when full; anything else is damage.
  if (c.l !== undefined && c.l !== 'c') throw new ShareCodeError("The code's length setting is damaged.");
  // Drills are written as 1 when on and left out when off; anything else is damage, not "off".
  if (c.x !== undefined && c.x !== 1) throw new ShareCodeError("The code's drills setting is damaged.");
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
  if (typeof code !== 'string' || code.length === 0) throw new ShareCodeError('A share code is a line of letters and digits.');
  const trimmed = code.trim();
  if (trimmed.length > MAX_CODE_LENGTH) throw new ShareCodeError('That text is far too long to be a share code.');
  if (trimmed.length < 8) throw new ShareCodeError('That code is too short; it may have been cut off.');
  const payload = fromBase64Url(trimmed.slice(6));
  if (checksum(payload) !== trimmed.slice(0, 6))
    throw new ShareCodeError('The code does not check out: it was cut short or changed.');
  let data: unknown;
  try {
    data = JSON.parse(payload);
  } catch {
    throw new ShareCodeError('The code is damaged.');
  }
  if (!Array.isArray(data) || data.length < 4) throw new ShareCodeError('The code is not a Hanoi Summit game.');
  const [version, seed, settings, moves, content] = data as [unknown, unknown, unknown, unknown, unknown];
  if (typeof version !== 'number') throw new ShareCodeError("The code's format version is damaged: it must be a number.");
  if (version !== 1 && version !== PLAIN_VERSION && version !== SHARE_VERSION)
    throw new ShareCodeError(`The code's format version is not one this game reads (versions 1 to ${SHARE_VERSION}).`);
  if (data.length !== (version === 1 ? 4 : 5)) throw new ShareCodeError('The code is not a Hanoi Summit game.');
  if (version !== 1 && (typeof content !== 'string' || !/^[0-9a-z]{1,16}$/.test(content)))
    throw new ShareCodeError("The code's content version is damaged.");
  if (typeof settings !== 'object' || settings === null || Array.isArray(settings))
    throw new ShareCodeError('The code has no valid settings.');
  if (typeof moves !== 'string') throw new ShareCodeError('The code has no list of moves.');
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
    throw new ShareCodeError(`The code's settings are not valid: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** Turns one token back into the move it stands for at the session's current point, or explains why not. */
export function eventForToken(session: Session, token: Token): GameEvent | string {
  const ctx = session.context;
  const beat = currentBeat(ctx);
  const by = actingSide(ctx);
  if (!beat || !by) return 'the game was already over';
  if (token.startsWith('!')) {
    // Checked here, not by the move checker, whose message would repeat the unknown ID into the game's text.
    const eventId = token.slice(1);
    return EVENTS.some((card) => card.id === eventId)
      ? { type: 'INJECT', by: 'teacher', eventId }
      : 'it names no event card of this game';
  }
  if (token === 'a') return { type: 'ACCEPT', by };
  if (token === 'w') return { type: 'WALK', by };
  if (token === 'j') return { type: 'ADJOURN', by };
  if (OFFER_TOKEN.test(token)) return { type: 'OFFER', by, pkg: [...token.slice(1)].map(Number) };
  if (/^d[01]{7}$/.test(token))
    return { type: 'DEFINE_SCOPE', by, facilities: FACILITY_IDS.filter((_, i) => token[i + 1] === '1') };
  const choice = beat.choices.find((c) => c.id === `${beat.id}.${token}`);
  return choice ? { type: 'CHOOSE', by, choiceId: choice.id } : 'it names no choice open at that point of the game';
}

export interface CodeReplay {
  readonly session: Session;
  /** Moves that could not be replayed (content changed, or the code was altered); empty when exact. */
  readonly dropped: number;
  readonly problem: string | null;
  /** What to tell the player (other content, dropped moves), or null when the code replayed exactly. */
  readonly message: string | null;
}

/** Replays a code as far as its moves stay valid; strict mode refuses any invalid move. */
export function replayShareCode(code: unknown, { strict = true } = {}): CodeReplay {
  const decoded = decodeShareCode(code);
  const session = Session.start(decoded.settings, decoded.seed);
  for (let i = 0; i < decoded.tokens.length; i++) {
    const event = eventForToken(session, decoded.tokens[i]);
    const result = typeof event === 'string' ? { ok: false as const, error: event } : session.replayMove(event);
    if (!result.ok) {
      const problem = `Move ${i + 1} of ${decoded.tokens.length} cannot be replayed: ${result.error}`;
      if (strict) throw new ShareCodeError(problem);
      const dropped = decoded.tokens.length - i;
      const otherContent = decoded.content !== null && decoded.content !== CONTENT_VERSION;
      const message = otherContent
        ? `${replayNote(decoded.content, decoded.tokens.length, dropped)} ${problem}.`
        : `${problem}. The game stops at the last move that still fits (${dropped} dropped).`;
      return { session, dropped, problem, message };
    }
  }
  return { session, dropped: 0, problem: null, message: replayNote(decoded.content, decoded.tokens.length, 0) };
}
