/**
 * Hidden state: the meters that set each side's reservation value and how much it believes the
 * other side's promises (negotiation-anchors.md §3.4).
 */
import type { MeterId } from './ids.ts';

export type Meters = Readonly<Record<MeterId, number>>;

/**
 * The state at the start of the historical scenario (before any choice or event card).
 * Reasoning for each number is in docs/model.md; they are design hypotheses, not findings.
 */
export const HISTORICAL_METERS: Meters = {
  trustUS: 0.35,
  trustDPRK: 0.4,
  domesticUS: 0.45,
  domesticDPRK: 0.3,
  hawk: 0.7,
  audienceUS: 0.4,
  audienceDPRK: 0.3,
  chemistry: 0.7,
  prestige: 0.8,
  econPain: 0.6,
  credibilityUS: 0.5,
  credibilityDPRK: 0.5,
};

export const clamp01 = (x: number): number => (x < 0 ? 0 : Math.min(x, 1));

/** The meter of `side`'s trust in the other side's promises. */
export const trustKey = (side: 'us' | 'dprk'): MeterId => (side === 'us' ? 'trustUS' : 'trustDPRK');

export function applyMeterDeltas(meters: Meters, deltas: Partial<Record<MeterId, number>> | undefined): Meters {
  if (!deltas) return meters;
  const next = { ...meters };
  for (const id of Object.keys(deltas) as MeterId[]) next[id] = clamp01(next[id] + (deltas[id] ?? 0));
  return next;
}

/** RV_US = 0.42 + 0.12·D_US + 0.06·H + 0.05·A_US − 0.04·Chem (§3.4). */
export const reservationUS = (m: Meters): number =>
  0.42 + 0.12 * m.domesticUS + 0.06 * m.hawk + 0.05 * m.audienceUS - 0.04 * m.chemistry;

/** RV_DPRK = 0.38 + 0.10·P − 0.12·E + 0.08·(1 − T) (§3.4), plus the DPRK's own audience cost. */
export const reservationDPRK = (m: Meters): number =>
  0.38 + 0.1 * m.prestige - 0.12 * m.econPain + 0.08 * (1 - m.trustDPRK) + 0.04 * m.audienceDPRK;

export const reservation = (side: 'us' | 'dprk', m: Meters): number => (side === 'us' ? reservationUS(m) : reservationDPRK(m));

/** How far a side's private reservation value may sit from the public formula, either way. */
export const PRIVATE_RV_SPREAD = 0.04;

/**
 * A side's private offset to its reservation value, drawn once per seed (a hash of the seed and
 * the side, not the game's generator, so it never shifts other draws). Probing one seed teaches
 * the tendency of the formula, not the exact number another seed will use.
 */
export function reservationShift(seed: number, side: 'us' | 'dprk'): number {
  let h = Math.imul((seed ^ (side === 'us' ? 0x51ed270b : 0x2c1b3c6d)) >>> 0, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return ((h >>> 0) / 4294967296 - 0.5) * 2 * PRIVATE_RV_SPREAD;
}

/** The reservation value a side actually uses: the formula plus its private offset. */
export const privateReservation = (side: 'us' | 'dprk', m: Meters, seed: number): number =>
  reservation(side, m) + reservationShift(seed, side);
