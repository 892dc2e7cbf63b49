/**
 * Aftermath phase (March – October 2019), in play order: spring, then the rest of the year.
 */
import type { Beat } from '../types.ts';
import { aftermathSpringBeats } from './aftermathSpring.ts';
import { aftermathToStockholmBeats } from './aftermathToStockholm.ts';

export const aftermathBeats: readonly Beat[] = [...aftermathSpringBeats, ...aftermathToStockholmBeats];
