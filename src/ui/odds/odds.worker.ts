/**
 * The odds worker: runs the seeded rollouts of "Odds from here" off the page's main thread. It gets
 * one request ({start, rollouts, chunk}), posts progress every chunk and then the result. Cancelling
 * is done by the page terminating the worker.
 */
import { oddsFrom } from '../../sim/session/odds.ts';
import type { OddsReply, OddsRequest } from './protocol.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<OddsRequest>) => void) | null;
  postMessage(message: OddsReply): void;
};

scope.onmessage = (event) => {
  const { start, rollouts, chunk } = event.data;
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  try {
    const odds = oddsFrom(
      start,
      rollouts,
      (partial) => scope.postMessage({ type: 'progress', odds: partial, ms: elapsed() }),
      chunk,
    );
    scope.postMessage({ type: 'done', odds, ms: elapsed() });
  } catch (err) {
    scope.postMessage({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
