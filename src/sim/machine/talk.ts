/**
 * The second channel at the table (`model/dialogue.ts`) as moves: what a side may say and when, and the
 * computer counterpart's answer applied to the game. A line is said on the speaker's own turn, to a seat
 * the computer plays (two students talk to each other, not through the game); the turn stays with the
 * speaker; each line costs table time, so talking is never free. Pure, like the other reducers.
 */

import { aspiration, concessionTarget } from '../model/counterpart.ts';
import {
  believePreference,
  clampLikeability,
  countSaid,
  earlierAnswer,
  favoursOwedBy,
  importanceOf,
  LIKEABILITY_DELTA,
  MAX_FAVOURS,
  MAX_THREATS,
  oneStep,
  type Reply,
  refusedLevels,
  statedTop,
  type TalkLine,
  topIssue,
  truthChance,
  UTTERANCE_KINDS,
  type Utterance,
} from '../model/dialogue.ts';
import { applyMeterDeltas, type Meters, privateReservation, trustKey } from '../model/hidden.ts';
import { type MeterId, otherSide, type Side } from '../model/ids.ts';
import { ISSUE_IDS, type IssueId, issueIndex, OPTIONAL } from '../model/issues.ts';
import type { Package } from '../model/package.ts';
import { dealValue } from '../model/phases.ts';
import { nextFloat } from '../model/rng.ts';
import { idealPackage } from '../model/search.ts';
import { redLine } from '../model/utility.ts';
import { counterpartView } from './ai.ts';
import { advanceAfter, effectivePackage, record, tableOpen } from './reduce.ts';
import { applyOffer } from './table.ts';
import type { GameContext, TableState } from './types.ts';

/** Table minutes a line takes: a question or a statement, and a request, threat or gesture. */
export const TALK_MINUTES = { short: 3, long: 5 } as const;
/** How far below its current aim the asked side will go for one more step, before liking. */
export const STEP_SLACK = 0.02;
/** Salts the game's generator state into the draw an answer uses (the state itself advances once per line). */
const TALK_STREAM = 0x3b9f1c27;

const credibilityKey = (side: Side): MeterId => (side === 'us' ? 'credibilityUS' : 'credibilityDPRK');
const audienceKey = (side: Side): MeterId => (side === 'us' ? 'audienceUS' : 'audienceDPRK');

/**
 * A believed threat makes the listener's walk-away worse: for the DPRK, sanctions pressure that will not
 * ease (more economic pain); for the US, the prospect of tests resuming (less room at home to walk).
 */
const THREAT_BITES: Readonly<Record<Side, Partial<Record<MeterId, number>>>> = {
  dprk: { econPain: 0.06 },
  us: { domesticUS: -0.06 },
};

const isIssue = (x: unknown): x is IssueId => typeof x === 'string' && (ISSUE_IDS as readonly string[]).includes(x);

/** Why this line cannot be said now, in words a player can act on; null when it can. */
export function talkError(ctx: GameContext, by: Side, say: unknown): string | null {
  if (!tableOpen(ctx) || !ctx.table) return 'Talk across the table is only possible while the bargaining table is open.';
  if (typeof say !== 'object' || say === null) return 'A line must say what kind it is.';
  const line = say as Partial<Utterance> & { issue?: unknown };
  if (!UTTERANCE_KINDS.includes(line.kind as Utterance['kind'])) return `Unknown kind of line ${JSON.stringify(line.kind)}.`;
  const listener = otherSide(by);
  if (ctx.settings.seats[listener] !== 'ai')
    return 'Only the computer counterpart answers across the table; with another player, talk to them directly.';
  if (line.kind === 'prefer' || line.kind === 'askIssue') {
    if (!isIssue(line.issue)) return 'Name the issue the line is about.';
    if (OPTIONAL[issueIndex(line.issue)] && !ctx.settings.drills) return 'That issue is not on the table in this game.';
  }
  if (line.kind === 'oneMoreStep') {
    const standing = ctx.table.standing;
    if (!standing || standing.by !== listener)
      return 'There is no offer from the other side to improve: ask once they have made one.';
  }
  if (line.kind === 'favour' && countSaid(ctx.talk, by, 'favour') >= MAX_FAVOURS)
    return `You have made ${MAX_FAVOURS} gestures of goodwill in this game; a third would read as weakness.`;
  if (line.kind === 'threaten' && countSaid(ctx.talk, by, 'threaten') >= MAX_THREATS)
    return 'You have already threatened a new path; a threat made twice is no threat.';
  return null;
}

/** A validated line, said and answered. */
export function applySay(ctx: GameContext, by: Side, say: Utterance): GameContext {
  const table = ctx.table as TableState;
  const listener = otherSide(by);
  // The answer's draw comes from the generator state without advancing it; `record` then advances it once.
  const draw = nextFloat(ctx.rng ^ TALK_STREAM)[0];
  let next: GameContext = { ...ctx, ...record(ctx, by, 'say') };
  const departs = say.kind === 'oneMoreStep' || say.kind === 'threaten' || say.kind === 'favour';
  if (departs && next.settings.mode === 'historical' && next.settings.seats[by] === 'human') next = { ...next, departed: true };
  const answer = answerLine(next, by, listener, say, draw);
  next = answer.ctx;
  const line: TalkLine = { by, say, reply: answer.reply, at: ctx.clock };
  const likeability = {
    ...next.talk.likeability,
    [listener]: clampLikeability(next.talk.likeability[listener] + answer.liking),
  };
  next = { ...next, talk: { lines: [...next.talk.lines, line], likeability } };
  if (answer.reply.kind === 'step') return next; // the counteroffer has moved the clock and may have closed the table
  const minutes =
    say.kind === 'prefer' || say.kind === 'askTop' || say.kind === 'askIssue' ? TALK_MINUTES.short : TALK_MINUTES.long;
  next = { ...next, clock: next.clock + minutes };
  return next.clock >= table.closesAt ? advanceAfter(next, table.beatId) : next;
}

interface Answer {
  readonly ctx: GameContext;
  readonly reply: Reply;
  /** The change to the listener's liking of the speaker. */
  readonly liking: number;
}

function answerLine(ctx: GameContext, by: Side, listener: Side, say: Utterance, draw: number): Answer {
  const m = ctx.meters;
  switch (say.kind) {
    case 'prefer': {
      const earlier = statedTop(ctx.talk, by);
      if (earlier !== null && earlier !== say.issue)
        return { ctx, reply: { kind: 'contradicts', earlier }, liking: LIKEABILITY_DELTA.contradicts };
      const belief = believePreference(ctx.beliefs[listener], say.issue, m[trustKey(listener)]);
      return {
        ctx: { ...ctx, beliefs: { ...ctx.beliefs, [listener]: belief } },
        reply: { kind: 'noted' },
        liking: LIKEABILITY_DELTA.noted,
      };
    }
    case 'askTop':
    case 'askIssue': {
      const before = earlierAnswer(ctx.talk, listener, say);
      if (before) return { ctx, reply: before, liking: LIKEABILITY_DELTA.repeatedQuestion };
      if (draw >= truthChance(m[trustKey(listener)], ctx.talk.likeability[listener]))
        return { ctx, reply: { kind: 'evade' }, liking: 0 };
      if (say.kind === 'askTop')
        return { ctx, reply: { kind: 'top', issue: topIssue(listener, ctx.settings.drills) }, liking: 0 };
      const reply: Reply = {
        kind: 'importance',
        issue: say.issue,
        importance: importanceOf(listener, say.issue, ctx.settings.drills),
        refuses: refusedLevels(listener, say.issue, lineBase(ctx, by), m),
      };
      return { ctx, reply, liking: 0 };
    }
    case 'oneMoreStep':
      return stepAnswer(ctx, listener);
    case 'threaten': {
      const believed = draw < m[credibilityKey(by)];
      const chill = { [trustKey(listener)]: -0.03, chemistry: -0.04 };
      const meters = applyMeterDeltas(
        m,
        believed ? { ...chill, ...THREAT_BITES[listener] } : { ...chill, [credibilityKey(by)]: -0.06 },
      );
      return {
        ctx: { ...ctx, meters },
        reply: { kind: believed ? 'threatBelieved' : 'threatDismissed' },
        liking: LIKEABILITY_DELTA.threat,
      };
    }
    case 'favour': {
      // A gesture warms the listener and costs the giver a little at home.
      const meters: Meters = applyMeterDeltas(m, { [trustKey(listener)]: 0.02, [audienceKey(by)]: 0.02 });
      return { ctx: { ...ctx, meters }, reply: { kind: 'thanks' }, liking: LIKEABILITY_DELTA.favour };
    }
  }
}

/** The package a question about an issue's line is answered against: the asker's latest offer, else the table's, else the asker's ideal. */
function lineBase(ctx: GameContext, asker: Side): Package {
  const offers = ctx.table?.offers ?? [];
  for (let i = offers.length - 1; i >= 0; i--) if (offers[i].by === asker) return offers[i].pkg;
  return ctx.table?.standing?.pkg ?? idealPackage(asker, ctx.settings.drills);
}

/**
 * One more step: the asked side moves its offer one level towards the asker if that keeps it at or
 * above its floor — a little under its current aim (more when it likes the asker), or down to its own
 * reservation value when it owes the asker a favour. A refusal counts against its patience, as a refused
 * offer does.
 */
function stepAnswer(ctx: GameContext, listener: Side): Answer {
  const table = ctx.table as TableState;
  const offer = (table.standing as { pkg: Package }).pkg;
  const m = ctx.meters;
  const liking = ctx.talk.likeability[listener];
  const rv = privateReservation(listener, m, ctx.seed);
  const owes = favoursOwedBy(ctx.talk, listener) > 0;
  // Its aim with the middle draw: the step's floor, not a move, so no draw is taken (and no path walked).
  const view = counterpartView(ctx, table, listener, 0.5);
  const aim = concessionTarget(view, aspiration(view));
  const floor = owes ? rv : Math.max(rv, aim - STEP_SLACK - 0.03 * Math.max(0, liking));
  const step = oneStep({
    side: listener,
    offer,
    belief: ctx.beliefs[listener],
    value: (pkg) => dealValue(listener, effectivePackage(ctx, pkg), m),
    crosses: (pkg) => redLine(listener, pkg, m) !== null,
    floor,
    withDrills: ctx.settings.drills,
  });
  if (!step) {
    const refused = { ...table.refused, [listener]: table.refused[listener] + 1 };
    return { ctx: { ...ctx, table: { ...table, refused } }, reply: { kind: 'noStep' }, liking: LIKEABILITY_DELTA.noStep };
  }
  // The improved offer is the listener's move at the table: it stands, is read, and takes an offer's time.
  const moved = applyOffer({ ...ctx, table: { ...table, turn: listener } }, listener, step.pkg);
  return { ctx: moved, reply: { kind: 'step', issue: step.issue, level: step.level, calledFavour: owes }, liking: 0 };
}
