/**
 * Seen markers for the choices on screen, at two scopes (this path / any branch), the count of choices
 * not yet tried anywhere (counted, never named), and which choices a locked game still allows.
 */
import type { Timeline } from '../sim/session/timeline.ts';

export interface ChoiceMarks {
  readonly mark: ReadonlyMap<string, 'this path' | 'another branch'>;
  /** Choices here that no branch has taken yet. */
  readonly untried: number;
  /** In a locked game with a kept future here: the only choices still allowed; otherwise null. */
  readonly lockedTo: ReadonlySet<string> | null;
}

export function choiceMarks(timeline: Timeline, choiceIds: readonly string[]): ChoiceMarks {
  const { inBranch, anywhere } = timeline.seen();
  const mark = new Map<string, 'this path' | 'another branch'>();
  for (const id of choiceIds) {
    if (inBranch.has(id)) mark.set(id, 'this path');
    else if (anywhere.has(id)) mark.set(id, 'another branch');
  }
  const here = timeline.current;
  const taken = new Set(
    here.children.flatMap((c) => {
      const e = timeline.nodes[c].event;
      return e?.type === 'CHOOSE' ? [e.choiceId] : [];
    }),
  );
  const lockedTo = timeline.locked && here.children.length > 0 ? taken : null;
  return { mark, untried: choiceIds.filter((id) => !anywhere.has(id)).length, lockedTo };
}
