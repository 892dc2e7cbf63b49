/**
 * The shape of scenario content. Content is data keyed by stable IDs; the machine reads it,
 * the model interprets its effects, and the views render its text.
 */
import type { EndingId, FlagId, IssueId, MeterId, Mode, Phase, Side } from '../model/ids.ts';
import type { AdviserId } from './advisers.ts';
import type { Staging } from './staging.ts';

/** Confidence tags from the dossier: confirmed, reported, disputed, unverified. */
export type Confidence = 'C' | 'R' | 'D' | 'U';

/** How the record backs a historical choice (see `Choice.record`). */
export type RecordBasis = 'onRecord' | 'inferred';

/** A source link. Every source lives once in the registry (`record/sourceRegistry.ts`); content refers to its entries. */
export interface Source {
  /** Stable registry ID, the name of the exported constant, e.g. `CNN_SNUB`. */
  readonly id: string;
  readonly url: string;
  /** Outlet or document, e.g. "CNN, 6 Mar 2019". */
  readonly label: string;
}

export interface HistoricalNote {
  /** Our own sentences. At most about 80 words. */
  readonly text: string;
  readonly confidence: Confidence;
  readonly sources: readonly Source[];
  /** Where part of the note is less sure than its tag (e.g. one reported detail in a confirmed note), say so here; shown with the note. */
  readonly caveat?: string;
}

export interface AdviserNote {
  /** A role from the adviser registry (`advisers.ts`), not a real person's words: e.g. `hawk`. */
  readonly adviser: AdviserId;
  readonly text: string;
}

/** How long a game is: 'class' leaves out the beats marked `classSkip` and shows `classText`. */
export const GAME_LENGTHS = ['full', 'class'] as const;
export type GameLength = (typeof GAME_LENGTHS)[number];

/** A precondition over the game state. All present fields must hold. */
export interface Condition {
  /** The game's length setting (e.g. an option only the full game has). */
  readonly length?: GameLength;
  readonly flags?: readonly FlagId[];
  readonly notFlags?: readonly FlagId[];
  readonly meterAtLeast?: Partial<Record<MeterId, number>>;
  readonly meterBelow?: Partial<Record<MeterId, number>>;
  readonly mode?: Mode;
  /** A package is agreed at the table (or signed). */
  readonly agreement?: boolean;
  /** The other side has an offer standing on the table. */
  readonly standingOffer?: boolean;
  /** The talks have been broken off (someone walked). */
  readonly walked?: boolean;
  /**
   * The package agreed at the table has at least these levels on these issues (and an agreement
   * exists). With `agreedBelow`, below these levels (no agreement counts as every level 0).
   */
  readonly agreedAtLeast?: Partial<Record<IssueId, number>>;
  readonly agreedBelow?: Partial<Record<IssueId, number>>;
}

/**
 * A beat's text for a state: the first variant whose `when` holds is shown instead of the beat's
 * `text` (and its `classText`, when it has one, in a class-length game). Texts after a deal follow the
 * terms signed; a variant changes only what is said, never what can happen.
 */
export interface TextVariant {
  readonly when: Condition;
  readonly text: string;
  readonly classText?: string;
}

/**
 * A choice's words for a state: the first variant whose `when` holds gives the button's label (and, when
 * it has one, the narrated outcome) instead of the choice's own. Like a beat's text variants it changes
 * only what is said ("Move the relief as agreed" when no relief was agreed), never what the choice does.
 */
export interface ChoiceTextVariant {
  readonly when: Condition;
  /** At least one of the two. */
  readonly label?: string;
  readonly outcome?: string;
}

/**
 * What resolving a choice does to the negotiation beyond meters and flags.
 * - cancelSummit: the summit never happens (ending summitCancelled), straight to the aftermath.
 * - walk: the acting side leaves the table; no agreement this summit.
 * - sign: sign the package agreed at the table (needs an agreement).
 * - acceptStanding: accept the other side's standing offer and sign it.
 * - extend: agree to keep talking after Hanoi without a deal (ending extended).
 * - broaden: the acting side widens its own standing offer: `offerPatch` sets issue levels.
 */
export type Resolution = 'cancelSummit' | 'walk' | 'sign' | 'acceptStanding' | 'extend' | 'broaden';

export interface Effects {
  /** Additive changes to hidden meters; results are clamped to [0, 1]. */
  readonly meters?: Partial<Record<MeterId, number>>;
  readonly setFlags?: readonly FlagId[];
  /** Scenario minutes this action takes (the summit clock). Defaults to the beat's. */
  readonly minutes?: number;
}

export interface Choice {
  /** Stable ID, `<beat id>.<slug>`, e.g. `pre.snub.wait`. */
  readonly id: string;
  /** Button text, at most about 60 characters. */
  readonly label: string;
  /** What happens, narrated after the choice; our own words, at most about 70 words. */
  readonly outcome: string;
  /** Other words for other states (see `ChoiceTextVariant`), tried in order. */
  readonly textVariants?: readonly ChoiceTextVariant[];
  readonly effects: Effects;
  /** True for the choice the real actor made. Exactly one per beat on the historical path. */
  readonly historical?: boolean;
  /**
   * Required on the historical choice, absent elsewhere: how the record backs it. `onRecord`: the beat's
   * sourced note says this is what was done (or said). `inferred`: the record shows what followed but is
   * silent on this decision, so the game's reading of it is labelled as inferred, not as history.
   */
  readonly record?: RecordBasis;
  readonly requires?: Condition;
  /** Shown when `requires` does not hold. */
  readonly disabledReason?: string;
  readonly resolve?: Resolution;
  /** With resolve 'broaden': the issue levels the acting side's standing offer moves to. */
  readonly offerPatch?: Partial<Record<IssueId, number>>;
  /** Yongbyon facilities this side counts as "Yongbyon" (scope beats only). */
  readonly facilities?: readonly string[];
  /** Jump to this beat ID (in the same or a later phase) instead of the next beat. */
  readonly next?: string;
}

/**
 * - choice: pick one of 2–4 choices.
 * - table: the bargaining loop (offers, accept, walk) run by the machine; no choices in data.
 * - scope: a choice of what "Yongbyon" covers; choices carry `facilities`.
 */
export type BeatKind = 'choice' | 'table' | 'scope';

export interface Beat {
  /** Stable ID with the phase prefix: `brief.`, `pre.`, `talks.`, `dispute.`, `end.`, `after.`. */
  readonly id: string;
  readonly phase: Exclude<Phase, 'debrief'>;
  readonly kind: BeatKind;
  /** The acting side (for table beats: the side that opens). */
  readonly side: Side;
  readonly title: string;
  /** Place, e.g. "Sofitel Legend Metropole, Hanoi". */
  readonly location: string;
  /** Scenario clock at the start of the beat, local time, ISO `2019-02-28T11:03`. */
  readonly time: string;
  /** What the canvas shows: backdrop and cast, per seat where the seats see it differently. */
  readonly stage: Staging;
  /** Narrative setting, our own words, at most about 120 words. */
  readonly text: string;
  /** Each role at most once; each note's ID is derived (`advisers.ts`). At a table, each side sees its own. */
  readonly advisers: readonly AdviserNote[];
  /** Required for beats on the record. */
  readonly history?: HistoricalNote;
  readonly choices: readonly Choice[];
  /** The beat is played only when this holds; otherwise it is skipped. */
  readonly when?: Condition;
  /** Default scenario minutes each choice takes. */
  readonly minutes?: number;
  /** Left out of a class-length game (settings `length: 'class'`), as if its `when` failed. */
  readonly classSkip?: true;
  /** Shown instead of `text` in a class-length game: the same scene in fewer words. */
  readonly classText?: string;
  /** Other texts for other states (see `TextVariant`), tried in order. */
  readonly textVariants?: readonly TextVariant[];
  /**
   * A table beat after the summit (the working-level follow-up): its own time window and pace, and an
   * accepted package is the follow-up's agreement (`followUp`), not the summit's deal.
   */
  readonly followUpTable?: FollowUpTable;
}

export interface FollowUpTable {
  /** Scenario clock when the table closes, local time, ISO. */
  readonly closes: string;
  /** Scenario minutes one offer takes at this table. */
  readonly minutesPerOffer: number;
}

/** A scripted event card that fires on entering a beat (negotiation-anchors.md §3.7). */
export interface EventCard {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  /** Fires when this beat is entered. */
  readonly beforeBeat: string;
  /** Did it happen on the record? In historical mode it fires exactly when this is true. */
  readonly onRecord: boolean;
  /** In open mode, the chance it fires (seeded). */
  readonly chance: number;
  readonly effects: Effects;
  readonly history?: HistoricalNote;
  readonly when?: Condition;
}

export type EndingText = Readonly<Record<EndingId, { readonly title: string; readonly summary: string }>>;
