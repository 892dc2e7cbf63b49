/**
 * Runs "Odds from here" off the main thread: one Web Worker per run, terminated to cancel, and only
 * one run at a time (starting one ends the one before). Where Workers are unavailable the rollouts run
 * on the page in short slices with a yield between them, so no task comes near 50 ms, and the caller
 * is told why.
 */

import { m } from '../../app/strings/catalogue.ts';
import type { EndingId } from '../../sim/session/index.ts';
import { type Odds, type OddsStart, rolloutByMove } from '../../sim/session/odds.ts';
import { notPlainData, ODDS_CHUNK } from './distribution.ts';
import type { OddsBatchReply, OddsBatchRequest, OddsReply, OddsRequest } from './protocol.ts';

export type OddsMode = 'worker' | 'page';

export interface OddsHandlers {
  progress(odds: Odds, ms: number): void;
  /** `slices`: on the page, how long each task of rollouts took (progress report included), in ms. */
  done(odds: Odds, ms: number, mode: OddsMode, slices?: readonly number[]): void;
  error(message: string): void;
  /** The run moved to the page (no Worker, or it failed to start): `reason` is for the player. */
  fallback?(reason: string): void;
}

export interface OddsRun {
  cancel(): void;
  readonly running: boolean;
}

/** Longest stretch of rollouts on the page before yielding (a rollout itself takes a few ms). */
const SLICE_MS = 8;

let current: OddsRun | null = null;

/**
 * Where the worker's script is. The build emits it as a second entry, `assets/odds-worker.js`, beside
 * this chunk (vite.config.ts), so it shares the simulation core's chunk with the page instead of
 * shipping a second copy of it; the dev server serves the TypeScript source as a module.
 */
function oddsWorkerUrl(): URL {
  // Not a string literal, so Vite leaves it alone rather than bundling a separate worker.
  const file = import.meta.env.DEV ? '/src/ui/odds/odds.worker.ts' : ODDS_WORKER_FILE;
  return new URL(file, import.meta.env.DEV ? location.origin : import.meta.url);
}
export const ODDS_WORKER_FILE = 'odds-worker.js';

/** A new odds worker, or null where this browser has none or will not start one. */
function newOddsWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(oddsWorkerUrl(), { type: 'module' });
  } catch {
    return null;
  }
}

/** Starts a run, ending any run before it. Problems go to `handlers.error`; nothing throws. */
export function startOdds(start: OddsStart, rollouts: number, handlers: OddsHandlers, useWorker = true): OddsRun {
  current?.cancel();
  let stop = (): void => {};
  let running = true;
  const run: OddsRun = {
    cancel() {
      if (!running) return;
      running = false;
      stop();
    },
    get running() {
      return running;
    },
  };
  current = run;
  const finish = (odds: Odds, ms: number, mode: OddsMode, slices?: readonly number[]): void => {
    running = false;
    stop();
    handlers.done(odds, ms, mode, slices);
  };
  const fail = (message: string): void => {
    running = false;
    stop();
    handlers.error(message);
  };

  const bad = notPlainData(start.state);
  if (bad) {
    fail(m.odds_cannot_hand_over({ problem: bad }));
    return run;
  }
  const onPage = (reason: string): void => {
    handlers.fallback?.(reason);
    stop = inSlices(start, rollouts, {
      progress: (odds, ms) => running && handlers.progress(odds, ms),
      done: (odds, ms, slices) => running && finish(odds, ms, 'page', slices),
    });
  };

  const worker = useWorker ? newOddsWorker() : null;
  if (!worker) {
    onPage(m.odds_no_worker());
    return run;
  }
  let heard = false;
  stop = () => worker.terminate();
  worker.onmessage = (event: MessageEvent<OddsReply>) => {
    heard = true;
    if (!running) return;
    const reply = event.data;
    if (reply.type === 'progress') handlers.progress(reply.odds, reply.ms);
    else if (reply.type === 'done') finish(reply.odds, reply.ms, 'worker');
    else fail(m.odds_failed({ problem: reply.message }));
  };
  worker.onerror = (event: ErrorEvent) => {
    event.preventDefault();
    worker.terminate();
    if (!running) return;
    if (heard) fail(m.odds_worker_stopped({ problem: event.message || m.odds_unknown_error() }));
    else onPage(m.odds_no_worker());
  };
  const request: OddsRequest = { start, rollouts, chunk: ODDS_CHUNK };
  worker.postMessage(request);
  return run;
}

/** The same rollouts as oddsFrom, on the page, a few milliseconds at a time. Returns a stop function. */
function inSlices(
  start: OddsStart,
  rollouts: number,
  on: { progress(odds: Odds, ms: number): void; done(odds: Odds, ms: number, slices: readonly number[]): void },
): () => void {
  const endings: Partial<Record<EndingId, number>> = {};
  const started = performance.now();
  let r = 0;
  const slices: number[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  // One move at a time: a single rollout can take longer than a slice.
  let moves = rolloutByMove(start, 0);
  const tick = (): void => {
    const slice = performance.now();
    do {
      const next = moves.next();
      if (!next.done) continue;
      if (next.value) endings[next.value] = (endings[next.value] ?? 0) + 1;
      r++;
      if (r < rollouts) moves = rolloutByMove(start, r);
    } while (r < rollouts && performance.now() - slice < SLICE_MS);
    const odds = { rollouts: r, endings: { ...endings } };
    if (r < rollouts) {
      on.progress(odds, performance.now() - started);
      slices.push(performance.now() - slice);
      timer = setTimeout(tick, 0);
    } else {
      timer = null;
      slices.push(performance.now() - slice);
      on.done(odds, performance.now() - started, slices);
    }
  };
  timer = setTimeout(tick, 0);
  return () => {
    if (timer) clearTimeout(timer);
    timer = null;
  };
}

export interface OddsBatchHandlers {
  /** The odds of `starts[index]`, in order. */
  item(index: number, odds: Odds): void;
  done(): void;
  error(message: string): void;
}

/**
 * The odds of several starts, one after another, in a worker of their own (or on the page in slices
 * where there is none). Independent of the single "Odds from here" run: the debrief's batch and the odds
 * panel do not cancel each other. Nothing throws; `cancel` stops it.
 */
export function startOddsBatch(
  starts: readonly OddsStart[],
  rollouts: number,
  handlers: OddsBatchHandlers,
  useWorker = true,
): OddsRun {
  let running = true;
  let stop = (): void => {};
  const end = (then: () => void): void => {
    if (!running) return;
    running = false;
    stop();
    then();
  };
  const run: OddsRun = {
    cancel: () => end(() => {}),
    get running() {
      return running;
    },
  };
  const bad = starts.map((s) => notPlainData(s.state)).find((p) => p !== null);
  if (bad) {
    end(() => handlers.error(m.odds_cannot_hand_over({ problem: bad })));
    return run;
  }
  const onPage = (from: number): void => {
    let index = from;
    const next = (): void => {
      if (!running) return;
      if (index >= starts.length) {
        end(() => handlers.done());
        return;
      }
      stop = inSlices(starts[index], rollouts, {
        progress: () => {},
        done: (odds) => {
          if (!running) return;
          handlers.item(index, odds);
          index++;
          next();
        },
      });
    };
    next();
  };
  const worker = useWorker ? newOddsWorker() : null;
  if (!worker) {
    onPage(0);
    return run;
  }
  let received = 0;
  stop = () => worker.terminate();
  worker.onmessage = (event: MessageEvent<OddsBatchReply>) => {
    if (!running) return;
    const reply = event.data;
    if (reply.type === 'item') {
      received = reply.index + 1;
      handlers.item(reply.index, reply.odds);
    } else if (reply.type === 'done') end(() => handlers.done());
    else end(() => handlers.error(m.odds_failed({ problem: reply.message })));
  };
  worker.onerror = (event: ErrorEvent) => {
    event.preventDefault();
    worker.terminate();
    // A worker that cannot start (or stops) hands the rest to the page.
    if (running) onPage(received);
  };
  const request: OddsBatchRequest = { starts, rollouts };
  worker.postMessage(request);
  return run;
}
