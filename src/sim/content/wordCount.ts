/**
 * How many words a seat is shown on one path through the game: the measure behind the class-length
 * game (a student reads at most 10 minutes at 200 words a minute, so at most 2,000 words). It counts what
 * the screen puts in front of the player, once each:
 * - the seat's briefs as the briefing shows them (the public brief and the seat's confidential brief);
 * - the start point's "so far" summary (none for the beginning);
 * - each beat played: its title and its text (the class text in a class-length game), and the adviser
 *   notes this seat sees there (only its own side's);
 * - at a beat where this seat chooses: every choice's label, and the outcome of the one taken; at the
 *   other side's beat: the narrated move, the label and outcome of its choice;
 * - each offer at the table, as narrated ("Issue: level" for every issue, who tabled it and how it was read);
 * - the table screen where this seat bargains, once per table beat: every issue with its levels, the
 *   reference packages and the screen's own words (`tableChrome`, the strings of the UI catalogue);
 * - the event cards that fired (title and text).
 * Not counted: the historical notes (collapsed under "On the record" until opened), the glossary and
 * the brief reopened during play, buttons of the toolbar, and the debrief after the game.
 */
import type { Side } from '../model/ids.ts';
import { ISSUES } from '../model/issues.ts';
import { PRESETS } from '../model/presets.ts';
import { ADVISERS } from './advisers.ts';
import { BEATS } from './beats/index.ts';
import { EVENTS } from './events.ts';
import { BRIEFS, briefText } from './record/briefs.ts';
import { type StartPointId, soFarText, startPointById } from './startPoints.ts';
import type { Beat } from './types.ts';

/** The class-length limit: 10 minutes at 200 words a minute. */
export const CLASS_WORD_LIMIT = 2000;

export const countWords = (text: string): number => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** One move on the path, as the machine records it (`Step`). */
export interface ShownStep {
  readonly beatId: string;
  readonly side: Side;
  /** Choice ID, or the table move: `offer`, `accept`, `walk`, `adjourn`, `scope`. */
  readonly move: string;
}

/** A path as played from its start point: its moves, the offers tabled and the event cards that fired. */
export interface ShownPath {
  readonly start: StartPointId;
  readonly length: 'full' | 'class';
  readonly steps: readonly ShownStep[];
  readonly offers: readonly { readonly by: Side; readonly pkg: readonly number[] }[];
  readonly events: readonly string[];
}

export interface WordsShown {
  readonly brief: number;
  readonly soFar: number;
  readonly beats: number;
  readonly advisers: number;
  readonly choices: number;
  readonly table: number;
  readonly events: number;
  readonly total: number;
}

const BEAT = new Map<string, Beat>(BEATS.map((b) => [b.id, b]));

/** "Issue: level" for every issue, as an offer is narrated, plus who tabled it and how it was read (about 8 words). */
const offerWords = (pkg: readonly number[]): number =>
  8 + pkg.reduce((n, level, i) => n + countWords(`${ISSUES[i].name}: ${ISSUES[i].levels[level] ?? ''}`), 0);

/** The offer builder's words: every issue with all its levels and who gives it, and the reference packages. */
const builderWords = (): number =>
  ISSUES.reduce((n, issue) => n + countWords(issue.name) + 2 + issue.levels.reduce((k, l) => k + countWords(l), 0), 0) +
  Object.values(PRESETS).reduce((n, p) => n + countWords(p.name), 0);

export function wordsShown(path: ShownPath, seat: Side, tableChrome: readonly string[] = []): WordsShown {
  const brief = countWords(briefText(BRIEFS[seat].public)) + countWords(briefText(BRIEFS[seat].confidential));
  const soFar = countWords(soFarText(startPointById(path.start)));
  let beats = 0;
  let advisers = 0;
  let choices = 0;
  let table = 0;
  const seen = new Set<string>();
  const chose = new Set<string>();
  let offers = 0;
  for (const step of path.steps) {
    const beat = BEAT.get(step.beatId);
    if (!beat) continue;
    if (!seen.has(beat.id)) {
      seen.add(beat.id);
      const text = path.length === 'class' && beat.classText ? beat.classText : beat.text;
      beats += countWords(beat.title) + countWords(text);
      for (const note of beat.advisers) if (ADVISERS[note.adviser].side === seat) advisers += countWords(note.text);
    }
    if (beat.kind === 'table') {
      const key = `${beat.id}:table`;
      if (step.side === seat && !chose.has(key)) {
        chose.add(key);
        table += builderWords() + tableChrome.reduce((n, s) => n + countWords(s), 0);
      }
      if (step.move === 'offer') {
        const offer = path.offers[offers++];
        if (offer) table += offerWords(offer.pkg);
      } else table += 3;
      continue;
    }
    const choice = beat.choices.find((c) => c.id === step.move);
    if (step.side === seat && !chose.has(beat.id)) {
      chose.add(beat.id);
      choices += beat.choices.reduce((n, c) => n + countWords(c.label), 0);
    } else if (choice) choices += countWords(choice.label);
    if (choice) choices += countWords(choice.outcome);
  }
  const events = path.events.reduce((n, id) => {
    const card = EVENTS.find((e) => e.id === id);
    return n + (card ? countWords(card.title) + countWords(card.text) : 0);
  }, 0);
  return {
    brief,
    soFar,
    beats,
    advisers,
    choices,
    table,
    events,
    total: brief + soFar + beats + advisers + choices + table + events,
  };
}
