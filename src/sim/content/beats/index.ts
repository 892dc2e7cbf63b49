/**
 * All beats in play order. The machine walks this list, skipping beats whose `when` fails.
 */
import type { Beat } from '../types.ts';
import { aftermathBeats } from './aftermath.ts';
import { briefingBeats } from './briefing.ts';
import { disputeBeats } from './dispute.ts';
import { endgameBeats } from './endgame.ts';
import { preSummitBeats } from './preSummit.ts';
import { talksBeats } from './talks.ts';

export const BEATS: readonly Beat[] = [
  ...briefingBeats,
  ...preSummitBeats,
  ...talksBeats,
  ...disputeBeats,
  ...endgameBeats,
  ...aftermathBeats,
];
