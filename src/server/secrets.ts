/**
 * The class server's secrets: short class codes a teacher reads out, and the seat and teacher tokens
 * a device keeps to prove who it is. All come from the platform's cryptographic random source, so no
 * code can be guessed by counting and no token from another. Only hashes of tokens are persisted, so
 * a leaked class file lets no one take a seat.
 */
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/** Letters and digits no one misreads on a projector: no 0/O, 1/I/L, 5/S, 2/Z, 8/B, U/V. */
export const CODE_ALPHABET = '3467ACDEFGHJKMNPQRTWXY';
export const CODE_LENGTH = 6;

/** A fresh class code: 22^6 ≈ 113 million codes, drawn uniformly. */
export function newClassCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** Reads a code as typed (any case, spaces or dashes ignored); null when it cannot be a code. */
export function normalizeClassCode(input: unknown): string | null {
  if (typeof input !== 'string' || input.length > 32) return null;
  const code = input.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== CODE_LENGTH) return null;
  return [...code].every((c) => CODE_ALPHABET.includes(c)) ? code : null;
}

/** A seat or teacher token: 128 random bits, URL-safe. */
export function newToken(): string {
  return randomBytes(16).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Whether `token` is the one whose hash is `hash`, in constant time. */
export function tokenMatches(token: unknown, hash: string): boolean {
  if (typeof token !== 'string' || token.length === 0 || token.length > 64) return false;
  const a = Buffer.from(hashToken(token), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A game seed for a table: a whole number from 0 to 2^32 − 1, as the core accepts. */
export function newSeed(): number {
  return randomInt(0, 2 ** 32);
}
