/**
 * The aftermath as a dated sequence and the player's path beside the record, read from the game's
 * steps and the content. Pure: no DOM, so it is unit-tested in Node.
 */
import type { GameRecord, Side } from '../sim/session/index.ts';
import { beatById, choiceById, EVENTS } from './content.ts';
import { SIDE_NAME } from './labels.ts';
import { stepLabel } from './moveWords.ts';
import { m } from './strings/catalogue.ts';

export interface DatedEntry {
  readonly time: string;
  readonly title: string;
  readonly text: string;
}

/** What happened after the summit, in date order, ending with the outcome. */
export function aftermathSequence(record: GameRecord, ending: { title: string; summary: string } | null): DatedEntry[] {
  const entries: DatedEntry[] = [];
  for (const step of record.steps) {
    const beat = beatById(step.beatId);
    if (beat?.phase !== 'aftermath') continue;
    const choice = choiceById(step.move)?.choice;
    entries.push({
      time: beat.time,
      title: beat.title,
      text: choice ? m.story_choice({ label: choice.label, outcome: choice.outcome }) : stepLabel(step.move),
    });
  }
  for (const id of record.firedEvents) {
    const card = EVENTS.find((e) => e.id === id);
    const beat = card && beatById(card.beforeBeat);
    if (card && beat && beat.phase === 'aftermath') entries.push({ time: beat.time, title: card.title, text: card.text });
  }
  if (record.compliance) {
    const kept = (side: Side, ok: boolean) =>
      ok ? m.story_keeps_deal({ side: SIDE_NAME[side] }) : m.story_breaks_deal({ side: SIDE_NAME[side] });
    const caught = !record.compliance.dprk
      ? record.compliance.detected
        ? m.story_violation_caught()
        : m.story_violation_undetected()
      : '';
    entries.push({
      time: '2019-12-31T00:00',
      title: m.story_deal_year_on(),
      text: [kept('us', record.compliance.us), kept('dprk', record.compliance.dprk), caught].filter(Boolean).join(' '),
    });
  }
  entries.sort((a, b) => a.time.localeCompare(b.time));
  if (ending) entries.unshift({ time: '2019-02-28T14:05', title: ending.title, text: ending.summary });
  return entries;
}

export interface PathRow {
  readonly beat: string;
  readonly side: Side;
  readonly human: boolean;
  readonly chose: string;
  /** The choice on the record, or null where the record has none (table moves, skipped beats). */
  readonly record: string | null;
  readonly same: boolean;
}

/** Each decision of the game beside what the real delegation did at that beat. */
export function pathRows(record: GameRecord): PathRow[] {
  const rows: PathRow[] = [];
  for (const step of record.steps) {
    const beat = beatById(step.beatId);
    if (!beat) continue;
    const chosen = choiceById(step.move)?.choice;
    const historical = beat.choices.find((c) => c.historical) ?? null;
    const last = rows.at(-1);
    // Repeated table moves of one side fold into one row.
    if (!chosen && last && last.beat === beat.title && last.side === step.side && last.chose === stepLabel(step.move)) continue;
    rows.push({
      beat: beat.title,
      side: step.side,
      human: record.seats[step.side] === 'human',
      chose: stepLabel(step.move),
      record: historical ? historical.label : null,
      same: historical ? historical.id === step.move : false,
    });
  }
  return rows;
}

/**
 * Where a game left the record, for the debrief's first screen: the decisions that differ from what
 * the real delegation did at that beat, the players' own first (then the computer's), each group in the
 * order played, at most `count`.
 */
export function departures(rows: readonly PathRow[], count = 3): PathRow[] {
  const differs = rows.filter((r) => r.record !== null && !r.same);
  return [...differs.filter((r) => r.human), ...differs.filter((r) => !r.human)].slice(0, count);
}
