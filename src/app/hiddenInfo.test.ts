/**
 * Hidden information: on a shared screen (hot-seat) or a class server, what one side sees must hold
 * nothing confidential to the other. Over many seeded games, at every beat and for both seats, the
 * View of a side carries only its own advisers, its own meters and its own reservation value.
 */
import { describe, expect, it } from 'vitest';
import { ADVISERS, BEATS, LEVEL_COUNTS, OPTIONAL, otherSide, rngStream, SIDES, type Side } from '../sim/session/index.ts';
import { Session } from '../sim/session/session.ts';
import { VISIBLE_METERS, type View } from '../sim/session/view.ts';

const GAMES = 120;

/** Every number anywhere in a value, for a search of the other side's private figures. */
function numbersIn(value: unknown, out: number[] = []): number[] {
  if (typeof value === 'number') out.push(value);
  else if (Array.isArray(value)) for (const v of value) numbersIn(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) numbersIn(v, out);
  return out;
}

/** What in `mine` would tell `viewer` something only `other` should know. */
function leaks(viewer: Side, mine: View, theirs: View): string[] {
  const other = otherSide(viewer);
  const found: string[] = [];
  for (const a of mine.beat?.advisers ?? [])
    if (ADVISERS[a.adviser].side !== viewer) found.push(`adviser ${a.adviser} of the ${other} side`);
  const privateToOther = VISIBLE_METERS[other].filter((id) => !VISIBLE_METERS[viewer].includes(id));
  for (const id of Object.keys(mine.meters))
    if (!VISIBLE_METERS[viewer].includes(id as never)) found.push(`meter ${id} not the viewer's`);
  for (const id of privateToOther) if (id in mine.meters) found.push(`meter ${id} of the ${other} side`);
  // The other side's walk-away value, exact to the last bit, appears nowhere unless it is also the viewer's own.
  if (theirs.reservation !== mine.reservation && numbersIn(mine).includes(theirs.reservation))
    found.push(`the ${other} side's reservation value`);
  return found;
}

describe('a side’s view holds nothing confidential to the other', () => {
  it('at every beat, for both seats, over many games', () => {
    const seen = new Set<string>();
    let checked = 0;
    for (let g = 0; g < GAMES; g++) {
      const settings = {
        seats: { us: 'random', dprk: 'random' },
        mode: g % 2 === 0 ? 'historical' : 'open',
        drills: g % 3 === 0,
      };
      const session = Session.start(settings, 1000 + g);
      for (let step = 0; step < 400 && !session.over; step++) {
        const views = { us: session.view('us'), dprk: session.view('dprk') };
        for (const side of SIDES) {
          const v = views[side];
          expect(v.viewer).toBe(side);
          expect(leaks(side, v, views[otherSide(side)]), `${v.beat?.id} seen by ${side}`).toEqual([]);
          checked++;
        }
        if (views.us.beat) seen.add(views.us.beat.id);
        if (session.stepAuto() === null) break;
      }
    }
    expect(checked).toBeGreaterThan(GAMES * 20);
    const missed = BEATS.map((b) => b.id).filter((id) => !seen.has(id));
    expect(missed).toEqual([]);
  }, 120_000);

  it('the computer counterpart’s reasons carry no figure of its private state', () => {
    let answers = 0;
    for (let g = 0; g < 16; g++) {
      const human: Side = g % 2 === 0 ? 'us' : 'dprk';
      const ai = otherSide(human);
      const session = Session.start({ seats: { [human]: 'human', [ai]: 'ai' }, mode: 'open', drills: g % 4 < 2 }, 2000 + g);
      const draw = rngStream(g + 1);
      for (let step = 0; step < 300 && !session.over; step++) {
        if (session.stepAuto()) {
          const view = session.view(human);
          const answer = view.table?.lastAnswer;
          if (!answer) continue;
          answers++;
          const theirs = session.view(ai);
          // A meter clamped at 0 or 1 (trust after months of chill at the follow-up table) cannot be told
          // from the view's many whole levels by number, so only the other values are looked for.
          const secrets = [
            theirs.reservation,
            ...VISIBLE_METERS[ai].filter((id) => !VISIBLE_METERS[human].includes(id)).map((id) => theirs.meters[id]),
          ].filter((x) => x !== 0 && x !== 1);
          // Whole levels only: no reservation value, private offset or meter can hide in the reasons.
          for (const n of numbersIn(answer)) expect(Number.isInteger(n) && n >= 0 && n < 5, `${n} in the reasons`).toBe(true);
          for (const n of numbersIn(view)) expect(secrets, `${view.beat?.id}`).not.toContain(n);
          expect(session.view(ai).table?.lastAnswer ?? null).toBeNull();
          continue;
        }
        const view = session.view(human);
        if (view.beat?.kind === 'table' && view.table?.open) {
          const pkg = LEVEL_COUNTS.map((n, i) => (OPTIONAL[i] && !session.settings.drills ? 0 : Math.floor(draw() * n)));
          session.act({ type: 'OFFER', by: human, pkg });
          continue;
        }
        const choices = view.choices.filter((c) => c.enabled);
        if (choices.length === 0) break;
        session.act({ type: 'CHOOSE', by: human, choiceId: choices[Math.floor(draw() * choices.length)].id });
      }
    }
    expect(answers).toBeGreaterThan(30);
  }, 60_000);

  it('the check finds a leak of each kind', () => {
    const session = Session.start({ seats: { us: 'random', dprk: 'random' }, mode: 'historical' }, 7);
    const us = session.view('us');
    const dprk = session.view('dprk');
    const otherAdviser = Object.keys(ADVISERS).find((id) => ADVISERS[id as keyof typeof ADVISERS].side === 'dprk');
    const beat = us.beat as NonNullable<View['beat']>;
    const secret = 0.4321;
    const planted: View = {
      ...us,
      beat: { ...beat, advisers: [{ id: 'x', adviser: otherAdviser as never, role: '', text: '' }] },
      meters: { ...us.meters, prestige: 0.5 },
      table: {
        open: true,
        standing: { by: 'dprk', pkg: [], valueToViewer: secret, rawToViewer: 0 },
        offers: [],
        closesAt: '',
        lastAnswer: null,
        talk: { available: true, lines: [], favoursLeft: 2, threatsLeft: 1 },
      },
    };
    const found = leaks('us', planted, { ...dprk, reservation: secret });
    expect(found).toContain(`adviser ${otherAdviser} of the dprk side`);
    expect(found).toContain('meter prestige of the dprk side');
    expect(found).toContain("the dprk side's reservation value");
    expect(leaks('us', us, dprk)).toEqual([]);
  });
});
