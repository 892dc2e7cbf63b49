/**
 * The content version: a short hash of the scenario's structure, the IDs a recorded move depends on
 * (beats in play order with their kind and acting side, choices and which of them is the record's, the
 * issues of the table, events and the beats they fire before, facilities, and start points with their
 * beats: a game that starts later replays the record's choices up to its start, so those are structure
 * too). Saves and share codes carry it, so a game made with other
 * content can say so when it is replayed. It is derived, not written by hand, so it cannot be forgotten:
 * renaming, adding, removing or reordering any of these changes it; rewording text or tuning numbers
 * does not (the moves still mean the same thing, and replaying them is exact).
 */
import { ISSUE_IDS } from '../model/ids.ts';
import { SCENARIO, type ScenarioContent } from './scenario.ts';

/** The structure of `content` as one line of text. */
export function contentOutline(content: ScenarioContent, issues: readonly string[] = ISSUE_IDS): string {
  const choice = (c: ScenarioContent['beats'][number]['choices'][number]) => `${c.id}${c.historical ? '*' : ''}`;
  const beats = content.beats.map((b) => `${b.id}:${b.kind}:${b.side}[${b.choices.map(choice).join(',')}]`);
  const events = content.events.map((e) => `${e.id}>${e.beforeBeat}`);
  const starts = content.startPoints.map((p) => `${p.id}@${p.beat}`);
  return [
    beats.join(';'),
    issues.join(','),
    events.join(';'),
    content.facilities.map((f) => f.id).join(','),
    starts.join(','),
  ].join('|');
}

/** FNV-1a, 32 bits, as 7 base-36 digits. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36).padStart(7, '0');
}

export const contentVersionOf = (content: ScenarioContent, issues?: readonly string[]): string =>
  hash(contentOutline(content, issues));

/** The version of the content this build plays, e.g. `0k3x9qa`. */
export const CONTENT_VERSION: string = contentVersionOf(SCENARIO);
