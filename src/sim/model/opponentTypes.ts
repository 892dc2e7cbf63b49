/**
 * The opponent types each side's model of the other weighs (Lin–Kraus–Wilkenfeld), and what each side
 * believes of the other before the talks. Data of its own, like the issue table, so that a fit
 * (`scripts/fitBelief.ts`) can write a candidate into it before the model loads.
 */
import type { Side } from './ids.ts';
import type { IssueId } from './issues.ts';

export interface OpponentType {
  readonly id: string;
  readonly label: string;
  /** Weight multipliers on the opponent's issues before normalising. */
  readonly emphasis: Readonly<Partial<Record<IssueId, number>>>;
}

/** Types of the DPRK as the US might see it, and of the US as the DPRK might. */
export const OPPONENT_TYPES: Readonly<Record<Side, readonly OpponentType[]>> = {
  dprk: [
    { id: 'economyFirst', label: 'economy first', emphasis: { sanctions: 2, sequencing: 1.5 } },
    { id: 'securityFirst', label: 'security first', emphasis: { warheads: 2, missiles: 1.5, endOfWar: 2, drills: 2 } },
    { id: 'stallForTime', label: 'stalling for time', emphasis: { otherSites: 2, declaration: 2, verification: 2 } },
  ],
  us: [
    {
      id: 'dealMaker',
      label: 'deal-maker',
      emphasis: { yongbyon: 8, otherSites: 0.5, testing: 2, sanctions: 2, endOfWar: 4, liaison: 2 },
    },
    {
      id: 'hawkLed',
      label: 'hawk-led',
      emphasis: { otherSites: 2, declaration: 1.5, verification: 1.5, warheads: 1.5, sanctions: 1.5 },
    },
  ],
};

/** What each side believes of the other before the talks, in OPPONENT_TYPES[about] order. */
export const PRIORS: Readonly<Record<Side, readonly number[]>> = { us: [0.9, 0.1], dprk: [1 / 3, 1 / 3, 1 / 3] };
