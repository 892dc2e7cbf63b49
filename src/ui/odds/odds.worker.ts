/**
 * The odds worker: runs the seeded rollouts of "Odds from here" off the page's main thread. It gets
 * one request ({start, rollouts, chunk}), posts progress every chunk and then the result; or a batch
 * ({starts, rollouts}: the debrief's decisions), posting each start's odds in turn. Cancelling is done
 * by the page terminating the worker.
 */
import { oddsFrom } from '../../sim/session/odds.ts';
import type { OddsBatchReply, OddsBatchRequest, OddsReply, OddsRequest } from './protocol.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<OddsRequest | OddsBatchRequest>) => void) | null;
  postMessage(message: OddsReply | OddsBatchReply): void;
};

/** A batch: each start's odds as soon as they are known, then done. */
function runBatch({ starts, rollouts }: OddsBatchRequest): void {
  const started = performance.now();
  try {
    for (const [index, start] of starts.entries()) scope.postMessage({ type: 'item', index, odds: oddsFrom(start, rollouts) });
    scope.postMessage({ type: 'done', ms: performance.now() - started });
  } catch (err) {
    scope.postMessage({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
}

scope.onmessage = (event) => {
  if ('starts' in event.data) {
    runBatch(event.data);
    return;
  }
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
