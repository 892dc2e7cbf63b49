/**
 * Every problem the core tells a person (a damaged save or share code, bad settings, a move that no
 * longer fits), as a stable ID with named parameters and its English text. The core throws or returns
 * the ID and parameters; the English here is the message for logs, the CLI and the server, and the
 * source a translator starts from (`problem.<id>` in the content translation). A front end shows
 * `problemText(…)` in the reader's language, so no part of a message is ever glued from pieces.
 *
 * Messages use fixed words: what a save or code held is never repeated back (it may be forged).
 */

export const PROBLEM_TEXT = {
  // Settings and seeds (settings.ts).
  settings_not_object: 'Settings must be an object.',
  settings_unknown_field: 'The settings hold a field this game does not have; settings are {fields}.',
  settings_null_field: '{field} may be left out, but not null.',
  settings_seats_shape: 'seats must be an object like {"us": "human", "dprk": "ai"}.',
  settings_seat_kind: 'seats.{side} must be one of {allowed}.',
  settings_one_of: '{field} must be one of {allowed}.',
  settings_drills: 'drills must be true or false.',
  settings_events_shape: 'events must map event IDs to "on" or "off".',
  settings_unknown_event: 'events names a card this game does not have; the cards are {cards}.',
  settings_meters_shape: 'meters must be an object of starting values.',
  settings_unknown_meter: 'meters names a meter this game does not have; the meters are {meters}.',
  settings_meter_range: 'meters.{meter} must be a number from 0 to 1.',
  settings_seed: 'The seed must be a whole number from 0 to 4294967295.',
  // Saves (save.ts, timeline.ts, session.ts).
  save_not_text: 'A save must be text.',
  save_too_large: 'That save is too large to be a Hanoi Summit game.',
  save_not_json: 'That save is not valid JSON; it may be truncated.',
  save_not_game: 'That save is not a Hanoi Summit game.',
  save_not_save: 'That file is not a Hanoi Summit save.',
  save_version_damaged: "The save's version is damaged: it must be a whole number.",
  save_version_unknown: "This save's version is not one this game reads (versions 1 to {latest}).",
  save_too_many_moves: 'The save holds more moves than any game can have.',
  save_no_moves: 'The save has no move list.',
  save_move_damaged: 'Move {move} of the save is damaged.',
  save_no_current: 'The save does not say which move the game was at.',
  save_locked_damaged: 'The save\'s "locked" mark is damaged.',
  save_content_damaged: "The save's content version is damaged.",
  save_bad_settings: "The save's settings are not valid: {reason}",
  save_does_not_fit: 'The save does not fit this game: {reason}',
  save_too_many_branches: 'This save holds more branches than the game can rebuild in reasonable time; nothing was loaded.',
  // Share codes (shareCode.ts).
  code_bad_characters: 'The code contains characters a share code never has.',
  code_cut_short: 'The code is cut short or damaged.',
  code_damaged: 'The code is damaged.',
  code_unknown_setting: "The code's settings hold a field a share code never has.",
  code_drills_damaged: "The code's drills setting is damaged.",
  code_length_damaged: "The code's length setting is damaged.",
  code_not_text: 'A share code is a line of letters and digits.',
  code_too_long: 'That text is far too long to be a share code.',
  code_too_short: 'That code is too short; it may have been cut off.',
  code_checksum: 'The code does not check out: it was cut short or changed.',
  code_not_game: 'The code is not a Hanoi Summit game.',
  code_version_damaged: "The code's format version is damaged: it must be a number.",
  code_version_unknown: "The code's format version is not one this game reads (versions 1 to {latest}).",
  code_content_damaged: "The code's content version is damaged.",
  code_no_settings: 'The code has no valid settings.',
  code_no_moves: 'The code has no list of moves.',
  code_bad_settings: "The code's settings are not valid: {reason}",
  code_move_unreplayable: 'Move {move} of {moves} cannot be replayed: {reason}',
  // Why one move of a code cannot be replayed (the {reason} above).
  token_game_over: 'the game was already over',
  token_no_card: 'it names no event card of this game',
  token_no_choice: 'it names no choice open at that point of the game',
  // What a replay tells the player (save.ts `replayNote`, shareCode.ts).
  replay_other_content_all_fit: {
    count: 'moves',
    one: 'This game was made with a different version of the scenario; its one move still fits.',
    other: 'This game was made with a different version of the scenario; all {moves} moves still fit.',
  },
  replay_other_content_dropped: {
    count: 'dropped',
    one: 'This game was made with a different version of the scenario; {dropped} of {moves} moves no longer fits and was dropped. The game resumes at the last move that still fits.',
    other:
      'This game was made with a different version of the scenario; {dropped} of {moves} moves no longer fit and were dropped. The game resumes at the last move that still fits.',
  },
  replay_dropped: {
    count: 'dropped',
    one: '{dropped} of {moves} moves no longer fits this version of the game and was dropped; the game resumes at the last move that still fits.',
    other:
      '{dropped} of {moves} moves no longer fit this version of the game and were dropped; the game resumes at the last move that still fits.',
  },
  replay_code_stops: '{problem}. The game stops at the last move that still fits ({dropped} dropped).',
  replay_code_other_content: '{note} {problem}.',
} as const;

/**
 * A message whose words depend on a number: the variant is chosen by the CLDR plural category of the
 * parameter `count` names (English has `one` and `other`; a translation supplies its own categories as
 * `problem.<id>.<category>`, falling back to `other`).
 */
export interface PluralText {
  readonly count: string;
  readonly one: string;
  readonly other: string;
}

export type ProblemId = keyof typeof PROBLEM_TEXT;
export type ProblemParams = Readonly<Record<string, string | number | Problem>>;

/** A problem as data: which one, and the values its message names. A parameter may be a problem itself. */
export interface Problem {
  readonly id: ProblemId;
  readonly params: ProblemParams;
}

export const PROBLEM_IDS = Object.keys(PROBLEM_TEXT) as ProblemId[];

export const problem = (id: ProblemId, params: ProblemParams = {}): Problem => ({ id, params });

/** `{name}` placeholders filled from `params`; a missing one is left as written, so it shows. */
export function fillPlaceholders(text: string, params: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * A problem's text, each part looked up by `textOf` (the English by default; a front end passes its
 * translation). Nested problems are rendered the same way, so a translated message never holds an
 * English part.
 */
export type ProblemTextOf = (id: ProblemId, category: Intl.LDMLPluralRule | null) => string;

/** The English of a problem (for a plural one, in the given category, `other` when English lacks it). */
export function englishProblemText(id: ProblemId, category: Intl.LDMLPluralRule | null): string {
  const text: string | PluralText = PROBLEM_TEXT[id];
  if (typeof text === 'string') return text;
  return category === 'one' ? text.one : text.other;
}

/** The parameter that chooses a plural problem's variant, or null for a problem with one text. */
export function pluralParam(id: ProblemId): string | null {
  const text: string | PluralText = PROBLEM_TEXT[id];
  return typeof text === 'string' ? null : text.count;
}

export function renderProblem(p: Problem, textOf: ProblemTextOf = englishProblemText, locale = 'en'): string {
  const values: Record<string, string | number> = {};
  for (const [name, v] of Object.entries(p.params)) values[name] = typeof v === 'object' ? renderProblem(v, textOf, locale) : v;
  const counted = pluralParam(p.id);
  const category = counted === null ? null : new Intl.PluralRules(locale).select(Number(values[counted]));
  return fillPlaceholders(textOf(p.id, category), values);
}

/** What an error says, as a problem when it is one, else its message (a bug's text, shown as it is). */
export const problemOf = (err: unknown): Problem | string =>
  err instanceof GameProblem ? err.problem : err instanceof Error ? err.message : String(err);

/** An error that carries its problem as data; `message` is the English. */
export class GameProblem extends Error {
  readonly problem: Problem;
  constructor(id: ProblemId | Problem, params: ProblemParams = {}) {
    const p = typeof id === 'string' ? problem(id, params) : id;
    super(renderProblem(p));
    this.problem = p;
  }
}
