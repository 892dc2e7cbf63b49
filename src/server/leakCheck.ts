/**
 * The confidentiality rule as a check: a message to one seat holds only that seat's own view (its
 * meters, its reservation value, its advisers), a message to the teacher holds nothing confidential,
 * and no message holds a seed before the debrief. Tests run it on every message the server sends;
 * it returns what is wrong rather than throwing, so a test can also show it catches a leak.
 * Scores are exempt: the core shows both sides' scores (reservation values included) to everyone
 * once a game is over, as its debrief does, and the server sends them only then.
 */
import { ADVISERS, LEVEL_COUNTS, type Side } from '../sim/session/index.ts';
import { VISIBLE_METERS, type View } from '../sim/session/view.ts';

export interface SentMessage {
  /** 'teacher' or a seat as "table:side" (e.g. "3:dprk"). */
  readonly to: string;
  readonly type: string;
  readonly body: unknown;
}

/** Every field name in `v`, at any depth, except inside `skip` fields. */
export function keysDeep(v: unknown, skip: readonly string[] = [], out = new Set<string>()): Set<string> {
  if (Array.isArray(v)) for (const x of v) keysDeep(x, skip, out);
  else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      out.add(k);
      if (!skip.includes(k)) keysDeep(x, skip, out);
    }
  }
  return out;
}

/** Every number in `v`, at any depth. */
export function numbersDeep(v: unknown, out: number[] = []): number[] {
  if (typeof v === 'number') out.push(v);
  else if (Array.isArray(v)) for (const x of v) numbersDeep(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) numbersDeep(x, out);
  return out;
}

const MAX_LEVELS = Math.max(...LEVEL_COUNTS);

/** Every way `m` breaks the rule; [] when it is clean. `seed` is the seed of the recipient's table. */
export function leaksIn(m: SentMessage, seed: number): string[] {
  const problems: string[] = [];
  const keys = keysDeep(m.body, ['scores']);
  if (m.type !== 'debrief') {
    if (JSON.stringify(m.body ?? null).includes(String(seed))) problems.push(`the seed is in a ${m.type} message to ${m.to}`);
    if (keys.has('seed')) problems.push(`a "seed" field is in a ${m.type} message to ${m.to}`);
  }
  if (m.to === 'teacher') {
    for (const k of ['meters', 'reservation', 'advisers', 'events', 'seed']) {
      if (keys.has(k)) problems.push(`"${k}" is in a ${m.type} message to the teacher`);
    }
    return problems;
  }
  const [table, side] = m.to.split(':') as [string, Side];
  const addressed = (m.body as { table?: unknown } | null)?.table;
  if (addressed !== undefined && String(addressed) !== table)
    problems.push(`a ${m.type} for table ${addressed} was sent to ${m.to}`);
  if (m.type !== 'view') return problems;
  const body = m.body as { side?: Side; view?: View };
  const view = body.view;
  if (body.side !== side || view?.viewer !== side) problems.push(`a view for ${view?.viewer} was sent to ${m.to}`);
  if (!view) return problems;
  for (const k of Object.keys(view.meters)) {
    if (!VISIBLE_METERS[side].includes(k as never)) problems.push(`meter ${k} was sent to ${m.to}`);
  }
  // The counterpart's reasons go only to the seat whose offer it answered, and name issues and whole
  // levels, never a figure of its private state.
  const answer = view.table?.lastAnswer;
  if (answer) {
    if (answer.by === side) problems.push(`reasons for an answer by ${side} itself were sent to ${m.to}`);
    if (numbersDeep(answer.reasons).some((n) => !Number.isInteger(n) || n < 0 || n >= MAX_LEVELS))
      problems.push(`a figure other than a level is in the reasons sent to ${m.to}`);
  }
  // At the table both seats act, so each may see advice on the same beat: only its own side's.
  if (view.beat?.advisers.some((a) => ADVISERS[a.adviser]?.side !== side))
    problems.push(`the other side's advisers were sent to ${m.to}`);
  return problems;
}
