/**
 * A round timer's time in words, counted down on the device from what the server sent: the server
 * says how much was left when it sent the view, so clocks that disagree between devices do not matter.
 */
import type { RoundView } from './classClient.ts';
import { m } from './strings/catalogue.ts';

/** "4:05": minutes and seconds, rounded up so "0:00" is shown only once time is up. */
export function formatLeft(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** What is left `elapsedMs` after the view arrived: it counts down only while the timer runs. */
export const leftAfter = (round: RoundView, elapsedMs: number): number =>
  Math.max(0, round.msLeft - (round.running ? elapsedMs : 0));

/** The seat's and the dashboard's words for a round timer at a moment. */
export function roundText(round: RoundView, elapsedMs: number): string {
  if (round.called) return m.class_round_called();
  const left = formatLeft(leftAfter(round, elapsedMs));
  return round.running ? m.class_round_left({ left }) : m.class_round_stopped({ left });
}
