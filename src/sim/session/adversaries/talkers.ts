/**
 * Scripted players that use the second channel (`model/dialogue.ts`) to try to exploit the counterpart:
 * one who makes both goodwill gestures and then asks for a step after every offer, one who asks for steps
 * until refused and then takes what stands (nickel-and-diming), one who threatens at once, and one who
 * asks what matters and says what matters to it before trading tit-for-tat. Each plays on a simple
 * player from `players.ts` when it is not talking; none reads the AI's hidden state.
 */
import type { GameEvent } from '../../machine/types.ts';
import { reservation } from '../../model/hidden.ts';
import { otherSide, type Side } from '../../model/ids.ts';
import { ISSUES } from '../../model/issues.ts';
import { dealValue } from '../../model/phases.ts';
import { redLine } from '../../model/utility.ts';
import type { Session } from '../session.ts';
import type { Player } from './play.ts';
import { boulwareHuman, titForTat } from './players.ts';

const theirOfferStands = (s: Session, side: Side) => s.context.table?.standing?.by === otherSide(side);

/** The clock minute of the other side's latest offer at this table, or -1. */
function lastOfferAt(s: Session, side: Side): number {
  const theirs = (s.context.table?.offers ?? []).filter((o) => o.by !== side);
  return theirs.at(-1)?.at ?? -1;
}

/** True when `side` already asked for a step since the other side's latest offer and was refused. */
function refusedSinceLastOffer(s: Session, side: Side): boolean {
  const last = [...s.context.talk.lines].reverse().find((l) => l.by === side && l.say.kind === 'oneMoreStep');
  return last !== undefined && last.reply.kind === 'noStep' && last.at >= lastOfferAt(s, side);
}

const said = (s: Session, side: Side, kind: string) =>
  s.context.talk.lines.filter((l) => l.by === side && l.say.kind === kind).length;
const sayEvent = (side: Side, say: Extract<GameEvent, { type: 'SAY' }>['say']): GameEvent => ({ type: 'SAY', by: side, say });

/** Both gestures first, then one step asked after each offer of theirs; otherwise a Boulware human. */
export const flatterer: Player = {
  name: 'flatterer (gestures, then a step after each offer)',
  table: (s, side) => {
    if (said(s, side, 'favour') < 2) return sayEvent(side, { kind: 'favour' });
    // A granted step is a new offer of theirs, so the next ask is after it.
    if (theirOfferStands(s, side) && !refusedSinceLastOffer(s, side)) return sayEvent(side, { kind: 'oneMoreStep' });
    return boulwareHuman.table(s, side);
  },
};

/** Asks for steps until refused, then takes the offer standing if it beats walking away; else a Boulware human. */
export const nickelAndDime: Player = {
  name: 'nickel-and-dime (steps until refused, then accept)',
  table: (s, side) => {
    if (!theirOfferStands(s, side)) return boulwareHuman.table(s, side);
    if (!refusedSinceLastOffer(s, side)) return sayEvent(side, { kind: 'oneMoreStep' });
    const m = s.context.meters;
    const offer = s.context.table?.standing?.pkg ?? [];
    if (redLine(side, offer, m) === null && dealValue(side, offer, m) >= reservation(side, m))
      return { type: 'ACCEPT', by: side };
    return boulwareHuman.table(s, side);
  },
};

/** Threatens a new path at its first turn, then bargains as a Boulware human. */
export const threatener: Player = {
  name: 'threatener',
  table: (s, side) => (said(s, side, 'threaten') === 0 ? sayEvent(side, { kind: 'threaten' }) : boulwareHuman.table(s, side)),
};

/** Asks what matters most to them, says what matters most to it (its largest weight, truly), then tit-for-tat. */
export const asker: Player = {
  name: 'asker (questions, a true preference, then tit-for-tat)',
  table: (s, side) => {
    if (said(s, side, 'askTop') === 0) return sayEvent(side, { kind: 'askTop' });
    if (said(s, side, 'prefer') === 0) {
      const top = ISSUES.reduce((best, issue) => (issue.weight[side] > best.weight[side] ? issue : best));
      return sayEvent(side, { kind: 'prefer', issue: top.id });
    }
    return titForTat.table(s, side);
  },
};

/** The talking policies the gates run beside `POLICIES`. */
export const TALKERS: readonly Player[] = [flatterer, nickelAndDime, threatener, asker];
