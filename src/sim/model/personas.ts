/**
 * Negotiating personas (negotiation-anchors.md §3.6). The concession exponent e sets the
 * time-dependent target: Boulware (e < 1) holds out, Conceder (e > 1) gives ground early.
 */
import type { Meters } from './hidden.ts';
import type { PersonaId, Side } from './ids.ts';

export interface Persona {
  /** Concession exponent before hawk influence (US) — the leader's own style. */
  readonly exponent: number;
  /** Nice Tit-for-Tat mirroring rate, scaled by trust. */
  readonly mirror: number;
  /** Earliest normalised time at which this side considers walking out. */
  readonly walkAfter: number;
  /** Requests for "one more step" it will refuse before walking. */
  readonly patience: number;
  /**
   * Where its concession path starts: at its ideal package (Boulware's opening), or at its realistic
   * proposal, the best for it of the packages it believes the other side would accept (`realistic.ts`;
   * the DPRK's only).
   */
  readonly opening: 'ideal' | 'realistic';
}

const PERSONAS: Readonly<Record<Side, Readonly<Record<PersonaId, Persona>>>> = {
  us: {
    historical: { exponent: 1.2, mirror: 0.5, walkAfter: 0.2, patience: 3, opening: 'ideal' },
    dovish: { exponent: 1.6, mirror: 0.7, walkAfter: 0.6, patience: 5, opening: 'ideal' },
    hawkish: { exponent: 0.6, mirror: 0.3, walkAfter: 0.1, patience: 2, opening: 'ideal' },
  },
  dprk: {
    historical: { exponent: 0.2, mirror: 0.4, walkAfter: 0.95, patience: 6, opening: 'realistic' },
    dovish: { exponent: 0.45, mirror: 0.6, walkAfter: 1, patience: 8, opening: 'realistic' },
    hawkish: { exponent: 0.1, mirror: 0.25, walkAfter: 0.8, patience: 4, opening: 'ideal' },
  },
};

export const persona = (side: Side, id: PersonaId): Persona => PERSONAS[side][id];

/** e_US = (1 − H)·e_Trump + H·0.05: hawks pull the US toward a hard line (§3.6). */
export function concessionExponent(side: Side, id: PersonaId, meters: Meters): number {
  const e = persona(side, id).exponent;
  return side === 'us' ? (1 - meters.hawk) * e + meters.hawk * 0.05 : e;
}

/** τ(t) = RV + (U_max − RV)·(1 − t^{1/e}) (Faratin et al.; Genius TimeDependentAgent). */
export function targetUtility(t: number, rv: number, uMax: number, exponent: number): number {
  const tt = t <= 0 ? 0 : Math.min(t, 1);
  return rv + (uMax - rv) * (1 - tt ** (1 / Math.max(exponent, 0.01)));
}
