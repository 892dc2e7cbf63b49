/**
 * npm run -s speaks-first -- [--seeds 100]
 *
 * When the computer counterpart says unasked what matters most to it (`volunteeredLine`), measured with
 * a person who makes both goodwill gestures at the first table turn and then tables its own side's Hanoi
 * paper every turn (the US its big deal, the DPRK its Hanoi offer: the other side refuses both), against
 * the same player without the gestures. Per seat and mode: the seeds in which the counterpart speaks
 * first. Prints JSON; docs/model.md ("It speaks first") quotes it.
 */
import type { Side } from '../src/sim/model/ids.ts';
import { PRESETS } from '../src/sim/model/presets.ts';
import { Session } from '../src/sim/session/session.ts';
import { intArg, parseArgs, runCli } from './args.ts';

const PAPER = { us: PRESETS.usBigDeal.pkg, dprk: PRESETS.dprkHanoiOffer.pkg } as const;

/** Plays one game as `side`; true when the counterpart volunteered a line. */
function speaksFirst(side: Side, mode: 'open' | 'historical', seed: number, gestures: boolean): boolean {
  const seats = side === 'us' ? { us: 'human', dprk: 'ai' } : { us: 'ai', dprk: 'human' };
  const s = Session.start({ mode, seats } as Parameters<typeof Session.start>[0], seed);
  let gestured = false;
  for (let guard = 0; guard < 2000 && !s.over; guard++) {
    if (s.stepAuto()) continue;
    const view = s.view(side);
    if (view.beat?.kind === 'table' && view.turn?.side === side) {
      if (gestures && !gestured) {
        s.act({ type: 'SAY', by: side, say: { kind: 'favour' } });
        s.act({ type: 'SAY', by: side, say: { kind: 'favour' } });
        gestured = true;
      }
      if (s.act({ type: 'OFFER', by: side, pkg: PAPER[side] }).ok) continue;
    }
    const choice = view.choices.find((c) => c.enabled && !c.signs) ?? view.choices.find((c) => c.enabled);
    if (choice) s.act({ type: 'CHOOSE', by: side, choiceId: choice.id });
    else if (!s.act({ type: 'DEFINE_SCOPE', by: side, facilities: [] }).ok) break;
  }
  return s.context.talk.lines.some((l) => l.by !== side && l.reply.kind === 'volunteered');
}

runCli(() => {
  const args = parseArgs(process.argv.slice(2), ['seeds', 'json']);
  const seeds = intArg(args, 'seeds', 100, 5000);
  const rows = [];
  for (const side of ['us', 'dprk'] as const)
    for (const mode of ['historical', 'open'] as const) {
      let withGestures = 0;
      let without = 0;
      for (let seed = 1; seed <= seeds; seed++) {
        if (speaksFirst(side, mode, seed, true)) withGestures++;
        if (speaksFirst(side, mode, seed, false)) without++;
      }
      rows.push({ player: side, mode, seeds, counterpartSpeaksFirst: { withGestures, without } });
    }
  return { rows };
});
