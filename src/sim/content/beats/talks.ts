/**
 * Talks phase (27–28 February), in play order: day 1, day 2 morning, then the expanded meeting.
 */
import type { Beat } from '../types.ts';
import { talksDay1Beats } from './talksDay1.ts';
import { talksDay2Beats } from './talksDay2.ts';
import { talksExpandedBeats } from './talksExpanded.ts';

export const talksBeats: readonly Beat[] = [...talksDay1Beats, ...talksDay2Beats, ...talksExpandedBeats];
