/**
 * The one rule for "is this move on the record?": at a choice or scope beat, the choice marked
 * historical; at the table, the paper each side really tabled in Hanoi. Accepting, walking out of the
 * table, adjourning and drawing one's own Yongbyon leave the record, as they do in the game (the
 * machine's `departed`). The machine, the branch map and the history log all ask this function.
 */
import type { Side } from '../model/ids.ts';
import type { Package } from '../model/package.ts';
import { PRESETS } from '../model/presets.ts';
import { choiceById } from './script.ts';
import type { GameEvent } from './types.ts';

const HISTORICAL_PAPER: Readonly<Record<Side, string>> = {
  us: PRESETS.usBigDeal.pkg.join(),
  dprk: PRESETS.dprkHanoiOffer.pkg.join(),
};

/** The package `by` really tabled in Hanoi. */
export const isHistoricalOffer = (by: Side, pkg: Package): boolean => pkg.join() === HISTORICAL_PAPER[by];

export function isHistoricalMove(event: GameEvent): boolean {
  switch (event.type) {
    case 'CHOOSE':
      return choiceById(event.choiceId)?.choice.historical === true;
    case 'OFFER':
      return isHistoricalOffer(event.by, event.pkg);
    default:
      return false;
  }
}
