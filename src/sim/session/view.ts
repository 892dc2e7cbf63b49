/** What a seat sees: a plain, serialisable projection of the context for any front end. */

import { ADVISERS, type AdviserId, adviserNoteId, historyNoteId } from '../content/advisers.ts';
import { ENDINGS } from '../content/endings.ts';
import { type SeatStaging, stagingForSeat } from '../content/staging.ts';
import type { HistoricalNote } from '../content/types.ts';
import { toIso } from '../machine/clock.ts';
import { actingSide, currentBeat, effectivePackage, tableOpen, termsSignedBy, timeCalledNow } from '../machine/reduce.ts';
import { beatById, beatText, choiceById, choiceText, EVENTS, holds } from '../machine/script.ts';
import type { Compliance, GameContext, OfferRecord, Step } from '../machine/types.ts';
import { countSaid, MAX_FAVOURS, MAX_THREATS, type TalkLine } from '../model/dialogue.ts';
import { reservation } from '../model/hidden.ts';
import { type EndingId, type MeterId, otherSide, type Phase, type SeatKind, type Side } from '../model/ids.ts';
import { type Scores, scoreOutcome } from '../model/outcome.ts';
import type { Package } from '../model/package.ts';
import { dealValue } from '../model/phases.ts';
import type { Reasons } from '../model/reasons.ts';
import { rawUtility } from '../model/utility.ts';

export interface ChoiceView {
  readonly id: string;
  readonly label: string;
  readonly enabled: boolean;
  readonly disabledReason: string | null;
  /** For a choice that signs a deal: the terms it would sign, exactly (null otherwise). */
  readonly signs: Package | null;
  /** What those terms are worth to the viewer now: the one value and the face value (null otherwise). */
  readonly signsWorth: { readonly perceived: number; readonly raw: number } | null;
}

/** An adviser's note as its own side reads it: the role by name, and the note's stable ID. */
export interface AdviserNoteView {
  readonly id: string;
  readonly adviser: AdviserId;
  readonly role: string;
  readonly text: string;
}

/** A historical note with its stable ID (`<beat id>.history`). */
export interface HistoricalNoteView extends HistoricalNote {
  readonly id: string;
}

/**
 * The computer counterpart's answer to the viewer's latest offer, while its counteroffer stands: the
 * offer it answered and why (issues and public levels only; `model/reasons.ts`).
 */
export interface LastAnswerView {
  readonly by: Side;
  readonly to: Package;
  readonly reasons: Reasons;
}

export interface TableView {
  readonly open: boolean;
  /** `valueToViewer` is the one value (phased, as the AI decides and the debrief scores); `rawToViewer` its face value. */
  readonly standing: {
    readonly by: Side;
    readonly pkg: Package;
    readonly valueToViewer: number;
    readonly rawToViewer: number;
  } | null;
  readonly offers: readonly OfferRecord[];
  readonly closesAt: string;
  /** Only in the view of the side whose offer was answered; null otherwise. */
  readonly lastAnswer: LastAnswerView | null;
  /** The second channel (`model/dialogue.ts`): what was said, and what the viewer may still say. */
  readonly talk: TalkView;
}

/**
 * Talk across the table as a seat sees it. The lines are what both sides said and answered aloud; how
 * much the counterpart likes the viewer stays hidden (its answers and steps show it).
 */
export interface TalkView {
  /** The viewer may talk: the other seat is the computer counterpart. */
  readonly available: boolean;
  readonly lines: readonly TalkLine[];
  readonly favoursLeft: number;
  readonly threatsLeft: number;
}

export interface View {
  readonly phase: Phase;
  readonly over: boolean;
  readonly clock: string;
  readonly turn: { readonly side: Side; readonly seat: SeatKind } | null;
  /** Whose eyes this view is for: meters and values are that side's. */
  readonly viewer: Side;
  readonly beat: {
    readonly id: string;
    readonly kind: 'choice' | 'table' | 'scope';
    readonly side: Side;
    readonly title: string;
    readonly location: string;
    readonly time: string;
    /** The beat's staging as this viewer's seat sees it. */
    readonly stage: SeatStaging;
    readonly text: string;
    /** Only the viewer's own side's advisers. */
    readonly advisers: readonly AdviserNoteView[];
    readonly history: HistoricalNoteView | null;
  } | null;
  readonly choices: readonly ChoiceView[];
  /** The viewer's own meters; the other side's stay hidden. */
  readonly meters: Partial<Record<MeterId, number>>;
  /** The viewer's reservation value: what walking away is worth to it. */
  readonly reservation: number;
  readonly table: TableView | null;
  /** Every offer made at the summit's tables (the debrief's chart), also once a follow-up table has opened. */
  readonly summitOffers: readonly OfferRecord[];
  readonly agreement: Package | null;
  /**
   * The follow-up table after the summit (`Beat.followUpTable`), once it has opened: its title and the
   * package agreed there (null: no agreement). Null when no follow-up table was played.
   */
  readonly followUp: { readonly title: string; readonly agreed: Package | null } | null;
  /** What each side has said "Yongbyon" covers (facility IDs), once it has. */
  readonly scope: Readonly<Record<Side, readonly string[] | null>>;
  /** The last move made and, for a choice, its narrated outcome. */
  readonly lastMove: {
    readonly side: Side;
    readonly move: string;
    /** For a choice: its label and outcome as they read in this state (a text variant, or its own). */
    readonly label: string | null;
    readonly outcome: string | null;
  } | null;
  readonly signed: boolean;
  readonly walkedBy: Side | null;
  readonly firedEvents: readonly { readonly id: string; readonly title: string; readonly text: string }[];
  /** The teacher's round timer ran out in the phase being played (a class game; see `CALL_TIME`). */
  readonly timeCalled: boolean;
  readonly ending: { readonly id: EndingId; readonly title: string; readonly summary: string } | null;
  /**
   * Once over: a deal's score is its value at signing, the number each side decided on (`utility`),
   * with its face value beside it (`raw`).
   */
  readonly scores: Scores | null;
  /** Once over, for a signed deal: whether each side kept each phase, and what was seen (`model/epilogue.ts`). */
  readonly compliance: Compliance | null;
}

export const VISIBLE_METERS: Readonly<Record<Side, readonly MeterId[]>> = {
  us: ['trustUS', 'domesticUS', 'hawk', 'audienceUS', 'chemistry', 'credibilityUS'],
  dprk: ['trustDPRK', 'domesticDPRK', 'prestige', 'econPain', 'audienceDPRK', 'chemistry', 'credibilityDPRK'],
};

/**
 * The View of one seat. `lastAnswer` gives the counterpart's answer to that seat's latest offer when
 * the caller (the Session, which keeps the state the offer was made in) has one for this viewer.
 */
export function projectView(
  ctx: GameContext,
  phase: Phase,
  viewerIn?: Side,
  lastAnswer?: (viewer: Side) => LastAnswerView | null,
): View {
  const beat = currentBeat(ctx);
  const acting = actingSide(ctx);
  const viewer = viewerIn ?? acting ?? 'us';
  const meters: Partial<Record<MeterId, number>> = {};
  for (const id of VISIBLE_METERS[viewer]) meters[id] = ctx.meters[id];
  const table = ctx.table;
  const standingValue = table?.standing ? packageValue(ctx, viewer, table.standing.pkg) : null;
  return {
    phase,
    over: beat === null,
    clock: toIso(ctx.clock),
    turn: acting ? { side: acting, seat: ctx.settings.seats[acting] } : null,
    viewer,
    beat: beat && {
      id: beat.id,
      kind: beat.kind,
      side: beat.side,
      title: beat.title,
      location: beat.location,
      time: beat.time,
      stage: stagingForSeat(beat.stage, viewer),
      text: beatText(beat, ctx),
      advisers: beat.advisers
        .filter((a) => ADVISERS[a.adviser].side === viewer)
        .map((a) => ({ id: adviserNoteId(beat.id, a), adviser: a.adviser, role: ADVISERS[a.adviser].role, text: a.text })),
      history: beat.history ? { id: historyNoteId(beat.id), ...beat.history } : null,
    },
    choices: (beat?.choices ?? []).map((c) => {
      const enabled = holds(c.requires, ctx, beat?.side);
      const signs = enabled ? termsSignedBy(ctx, c) : null;
      return {
        id: c.id,
        label: choiceText(c, ctx).label,
        enabled,
        disabledReason: enabled ? null : (c.disabledReason ?? 'Not available now.'),
        signs,
        signsWorth: signs ? packageValue(ctx, viewer, signs) : null,
      };
    }),
    meters,
    reservation: reservation(viewer, ctx.meters),
    table: table && {
      open: tableOpen(ctx),
      standing: table.standing && {
        by: table.standing.by,
        pkg: table.standing.pkg,
        valueToViewer: standingValue?.perceived ?? 0,
        rawToViewer: standingValue?.raw ?? 0,
      },
      offers: table.offers,
      closesAt: toIso(table.closesAt),
      lastAnswer: lastAnswer?.(viewer) ?? null,
      talk: talkView(ctx, viewer),
    },
    summitOffers: (ctx.table?.span ? ctx.summitTable : ctx.table)?.offers ?? [],
    agreement: ctx.agreement,
    followUp: followUpView(ctx),
    scope: ctx.scope,
    lastMove: lastMove(ctx),
    signed: ctx.signed,
    walkedBy: ctx.walkedBy,
    firedEvents: ctx.firedEvents.map((id) => {
      const card = EVENTS.find((e) => e.id === id);
      return { id, title: card?.title ?? id, text: card?.text ?? '' };
    }),
    timeCalled: timeCalledNow(ctx),
    ending: ctx.ending && beat === null ? { id: ctx.ending, ...ENDINGS[ctx.ending] } : null,
    scores: beat === null ? scoreOutcome(ctx.signed ? ctx.valuation : null, ctx.meters) : null,
    compliance: beat === null && ctx.compliance ? copyCompliance(ctx.compliance) : null,
  };
}

/**
 * The game's record once it can be shown whole (the debrief and the aftermath): every move of both
 * seats, the event cards that fired and whether each side kept its deal. Copies, never live state.
 */
export interface GameRecord {
  readonly steps: readonly Step[];
  readonly firedEvents: readonly string[];
  readonly compliance: Compliance | null;
  readonly seats: Readonly<Record<Side, SeatKind>>;
}

export const recordOf = (ctx: GameContext): GameRecord =>
  Object.freeze({
    steps: Object.freeze(ctx.steps.map((step) => Object.freeze({ ...step }))),
    firedEvents: Object.freeze([...ctx.firedEvents]),
    compliance: ctx.compliance && copyCompliance(ctx.compliance),
    seats: Object.freeze({ ...ctx.settings.seats }),
  });

const copyCompliance = (c: Compliance): Compliance =>
  Object.freeze({ ...c, phases: Object.freeze(c.phases.map((p) => Object.freeze({ ...p }))) });

/**
 * The viewer's value of any package now, for the offer builder's live readout: `perceived` is THE
 * value (`dealValue`, what the AI decides on and what a signed deal scores), `raw` its face value.
 */
export const packageValue = (ctx: GameContext, viewer: Side, pkg: Package) => ({
  perceived: dealValue(viewer, effectivePackage(ctx, pkg), ctx.meters),
  raw: rawUtility(viewer, pkg),
});

function followUpView(ctx: GameContext): View['followUp'] {
  const table = ctx.table;
  if (!table?.span) return null;
  const beat = beatById(table.beatId);
  return { title: beat?.title ?? table.beatId, agreed: ctx.followUp && [...ctx.followUp] };
}

function talkView(ctx: GameContext, viewer: Side): TalkView {
  return {
    available: ctx.settings.seats[otherSide(viewer)] === 'ai',
    lines: structuredClone(ctx.talk.lines),
    favoursLeft: Math.max(0, MAX_FAVOURS - countSaid(ctx.talk, viewer, 'favour')),
    threatsLeft: Math.max(0, MAX_THREATS - countSaid(ctx.talk, viewer, 'threaten')),
  };
}

function lastMove(ctx: GameContext): View['lastMove'] {
  const step = ctx.steps[ctx.steps.length - 1];
  if (!step) return null;
  const choice = choiceById(step.move)?.choice;
  const words = choice ? choiceText(choice, ctx) : null;
  return { side: step.side, move: step.move, label: words?.label ?? null, outcome: words?.outcome ?? null };
}
