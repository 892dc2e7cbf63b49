import { describe, expect, it } from 'vitest';
import type { GameEvent, Reaction } from '../sim/session/index.ts';
import { Session } from '../sim/session/session.ts';
import type { View } from '../sim/session/view.ts';
import { REACTION_TEXT } from './labels.ts';
import { describeMove } from './narrate.ts';
import { describePackage } from './packages.ts';
import { talkLineText } from './talkWords.ts';

/**
 * An offer's announcement (the narration log is a live region) leads with the other side's reaction
 * and stays short: at most 35 words, the terms left to the screen.
 */
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const REACTIONS = Object.keys(REACTION_TEXT) as Reaction[];

describe('offer announcements', () => {
  // The expanded meeting, played on until an offer is on the table (the DPRK's, as on the record).
  const session = Session.start({ seats: { us: 'human', dprk: 'ai' }, start: 'day2' }, 3);
  for (let i = 0; i < 20 && !session.view('us').table?.offers.length; i++) session.stepAuto();
  const view = session.view('us');
  const tabled = view.table?.offers.at(-1);

  it('start from a real tabled offer whose terms alone run long', () => {
    expect(tabled).toBeDefined();
    expect(words(describePackage(tabled?.pkg ?? []))).toBeGreaterThan(35);
  });

  it.each(REACTIONS.flatMap((reaction) => (['us', 'dprk'] as const).map((by) => ({ reaction, by }))))(
    'say the $reaction reaction to the $by offer first, in 35 words or fewer',
    ({ reaction, by }) => {
      const offers = [{ ...(tabled as NonNullable<typeof tabled>), by, reaction }];
      const after = { ...view, table: { ...(view.table as NonNullable<View['table']>), offers } } as View;
      const event = { type: 'OFFER', by, pkg: tabled?.pkg } as GameEvent;
      const said = describeMove(event, after);
      expect(words(said)).toBeLessThanOrEqual(35);
      const at = said.indexOf(REACTION_TEXT[reaction]);
      expect(at).toBeGreaterThanOrEqual(0);
      // The reaction is in the first sentence.
      expect(at).toBeLessThan(said.indexOf('.'));
      expect(said).not.toContain(describePackage(tabled?.pkg ?? []));
    },
  );

  it('carry what the counterpart said unasked with its offer, and only with that offer', () => {
    const last = tabled as NonNullable<typeof tabled>;
    const talk = view.table?.talk as NonNullable<View['table']>['talk'];
    const line = {
      by: last.by,
      say: { kind: 'prefer', issue: 'sanctions' },
      reply: { kind: 'volunteered' },
      at: last.at,
    } as const;
    const withLine = {
      ...view,
      table: { ...(view.table as NonNullable<View['table']>), talk: { ...talk, lines: [line] } },
    } as View;
    const event = { type: 'OFFER', by: last.by, pkg: last.pkg } as GameEvent;
    const said = describeMove(event, withLine);
    expect(said).toContain(talkLineText(line));
    expect(said.indexOf(REACTION_TEXT[last.reaction])).toBeLessThan(said.indexOf(talkLineText(line)));
    const earlier = { ...line, at: last.at - 30 };
    const old = {
      ...view,
      table: { ...(view.table as NonNullable<View['table']>), talk: { ...talk, lines: [earlier] } },
    } as View;
    expect(describeMove(event, old)).not.toContain(talkLineText(earlier));
  });
});
