/**
 * npm run -s nash
 *
 * Where the Nash bargaining point lies in the calibration's no-Cohen state, and how far the analysts'
 * "Yongbyon-plus" bridge is from it (`bridgeNash`, src/sim/session/bridgeNash.ts; a brute force over
 * 1.66 million packages, about a second). Prints JSON. docs/model.md quotes it.
 */
import { bridgeNash } from '../src/sim/session/bridgeNash.ts';
import { runCli } from './args.ts';

runCli(() => bridgeNash());
