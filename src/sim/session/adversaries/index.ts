/** Adversarial players for the gates and the `adversaries` CLI: one import for both. */
export { type Figures, figures, gateSeeds } from './figures.ts';
export { bestFixedPlan, type PlanScore } from './fixedPlanSearch.ts';
export { adversarySettings, type GameResult, type Player, playGame } from './play.ts';
export { boulwareHuman, concedeEverything, fixedPlan, hardheaded, titForTat } from './players.ts';
export { prober } from './prober.ts';

import type { Player } from './play.ts';
import { boulwareHuman, concedeEverything, hardheaded, titForTat } from './players.ts';
import { prober } from './prober.ts';

/** Every scripted policy except fixed plans (those come from the search). */
export const POLICIES: readonly Player[] = [concedeEverything, hardheaded, boulwareHuman, titForTat, prober];
export { asker, flatterer, nickelAndDime, TALKERS, threatener } from './talkers.ts';
