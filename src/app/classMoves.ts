/**
 * A seat's moves as the class server takes them: the core's moves without `by` (the server adds the
 * seat's own side, taken from the connection, never from the message).
 */
import type { Utterance } from '../sim/session/index.ts';

export type MoveBody =
  | { readonly type: 'CHOOSE'; readonly choiceId: string }
  | { readonly type: 'DEFINE_SCOPE'; readonly facilities: readonly string[] }
  | { readonly type: 'OFFER'; readonly pkg: readonly number[] }
  | { readonly type: 'ACCEPT' | 'WALK' | 'ADJOURN' }
  | { readonly type: 'SAY'; readonly say: Utterance };
