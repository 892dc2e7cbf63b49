/**
 * Aftermath phase (March – October 2019), in play order: spring, then the rest of the year.
 */
import type { Beat } from '../types.ts';
import { aftermathLateBeats } from './aftermathLate.ts';
import { aftermathSpringBeats } from './aftermathSpring.ts';

export const aftermathBeats: readonly Beat[] = [...aftermathSpringBeats, ...aftermathLateBeats];
