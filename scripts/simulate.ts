/**
 * npm run -s simulate -- --history [--start eve|day2|dispute] [--length class] --json
 * npm run -s simulate -- --runs N --seed S --us random|ai --dprk random|ai [--mode open|historical]
 *                        [--no-cohen] [--hawk 0.5] [--persona historical|dovish|hawkish] --json
 * npm run -s simulate -- --code CODE --json   (replays a share code; a bad code prints {"error"} and exits 2)
 */

import { playToEnd, simulateBatch } from '../src/sim/session/batch.ts';
import { normalizeSettings } from '../src/sim/session/settings.ts';
import { replayShareCode } from '../src/sim/session/shareCode.ts';
import { intArg, MAX_SEED, parseArgs, runCli } from './args.ts';

runCli(() => {
  const args = parseArgs(process.argv.slice(2), [
    'code',
    'history',
    'start',
    'length',
    'seed',
    'us',
    'dprk',
    'hawk',
    'mode',
    'persona',
    'runs',
    'no-cohen',
    'json',
  ]);
  if (args.has('code')) {
    const { session } = replayShareCode(args.get('code'));
    const ctx = session.context;
    const node = ctx.beatId ?? ctx.steps[ctx.steps.length - 1]?.beatId ?? null;
    const choices = session.log().flatMap((e) => (e.type === 'CHOOSE' ? [e.choiceId] : []));
    return { node, ending: session.over ? ctx.ending : null, choices };
  }
  if (args.has('history')) {
    const start = args.get('start');
    const length = args.get('length');
    const session = playToEnd(
      normalizeSettings({
        seats: { us: 'ai', dprk: 'ai' },
        mode: 'historical',
        ...(typeof start === 'string' ? { start } : {}),
        ...(typeof length === 'string' ? { length } : {}),
      }),
      intArg(args, 'seed', 1, MAX_SEED),
    );
    // With a later start, only the choices made after it: the start's own are the record's.
    const choices = session.playedMoves().flatMap((e) => (e.type === 'CHOOSE' ? [e.choiceId] : []));
    return { ending: session.context.ending, choices };
  }
  const seat = (key: 'us' | 'dprk') => {
    const v = args.get(key) ?? 'ai';
    if (v !== 'ai' && v !== 'random') throw new Error(`--${key} must be ai or random`);
    return v;
  };
  const hawk = args.get('hawk');
  const meters = typeof hawk === 'string' ? { hawk: Number(hawk) } : {};
  const mode = args.get('mode') ?? 'open';
  if (mode !== 'open' && mode !== 'historical') throw new Error('--mode must be open or historical');
  const persona = args.get('persona') ?? 'historical';
  return simulateBatch({
    runs: intArg(args, 'runs', 100),
    seed: intArg(args, 'seed', 1, MAX_SEED),
    seats: { us: seat('us'), dprk: seat('dprk') },
    settings: {
      mode,
      persona: persona as 'historical',
      meters,
      events: args.has('no-cohen') ? { 'ev.cohen': 'off' } : {},
    },
  });
});
