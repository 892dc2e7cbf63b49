/**
 * Content text keyed by stable IDs, so the scenario can be translated without touching its data.
 *
 * The scenario's English stays in the content (`src/sim/content`), the source locale; this layer names
 * every translatable string of it by a key derived from stable IDs (`beat.<beatId>.title`,
 * `choice.<choiceId>.label`, `ending.<endingId>.title`, `issue.<issueId>.level.<n>`, `glossary.<id>.term`,
 * …), lists them all with their English (`contentStrings`, the file a translator starts from), and looks
 * a key up in a loaded translation, falling back to the English (`contentLookup`).
 *
 * Adviser notes are keyed by beat and position for now (`beat.<beatId>.adviser.<n>.text`); they move to
 * adviser and note IDs once the content schema has them.
 */
import { BEATS, ENDINGS, EVENTS, FACILITIES, GLOSSARY, ISSUES, PRESETS, type PresetId, TIMELINE } from '../sim/session/index.ts';

export interface ContentString {
  readonly key: string;
  readonly english: string;
}

/** A locale's content translation: key → text. Keys it lacks fall back to the English. */
export type ContentTranslation = Readonly<Record<string, string>>;

/** Every translatable string of the content, in a stable order, each with its key. */
export function contentStrings(): ContentString[] {
  const out: ContentString[] = [];
  const add = (key: string, english: string | undefined) => {
    if (english !== undefined && english !== '') out.push({ key, english });
  };
  for (const beat of BEATS) {
    const b = `beat.${beat.id}`;
    add(`${b}.title`, beat.title);
    add(`${b}.location`, beat.location);
    add(`${b}.text`, beat.text);
    beat.advisers.forEach((a, n) => {
      // TODO: key by adviser and note IDs once the content schema has them.
      add(`${b}.adviser.${n}.name`, a.adviser);
      add(`${b}.adviser.${n}.text`, a.text);
    });
    add(`${b}.history.text`, beat.history?.text);
    add(`${b}.history.caveat`, beat.history?.caveat);
    for (const choice of beat.choices) {
      const c = `choice.${choice.id}`;
      add(`${c}.label`, choice.label);
      add(`${c}.outcome`, choice.outcome);
      add(`${c}.disabledReason`, choice.disabledReason);
    }
  }
  for (const [id, ending] of Object.entries(ENDINGS)) {
    add(`ending.${id}.title`, ending.title);
    add(`ending.${id}.summary`, ending.summary);
  }
  for (const card of EVENTS) {
    add(`event.${card.id}.title`, card.title);
    add(`event.${card.id}.text`, card.text);
    add(`event.${card.id}.history.text`, card.history?.text);
  }
  for (const issue of ISSUES) {
    add(`issue.${issue.id}.name`, issue.name);
    issue.levels.forEach((level, n) => {
      add(`issue.${issue.id}.level.${n}`, level);
    });
  }
  for (const f of FACILITIES) {
    add(`facility.${f.id}.name`, f.name);
    add(`facility.${f.id}.role`, f.role);
    add(`facility.${f.id}.history.text`, f.history.text);
  }
  for (const id of Object.keys(PRESETS) as PresetId[]) add(`preset.${id}.name`, PRESETS[id].name);
  for (const g of GLOSSARY) {
    add(`glossary.${g.id}.term`, g.term);
    add(`glossary.${g.id}.definition`, g.definition);
  }
  for (const e of TIMELINE) {
    add(`record.${e.id}.dateLabel`, e.dateLabel);
    add(`record.${e.id}.place`, e.place);
    add(`record.${e.id}.text`, e.text);
    add(`record.${e.id}.caveat`, e.caveat);
  }
  return out;
}

let englishByKey: ReadonlyMap<string, string> | null = null;

/** The English of one content key, or undefined for a key the content does not have. */
export function contentEnglish(key: string): string | undefined {
  englishByKey ??= new Map(contentStrings().map((s) => [s.key, s.english]));
  return englishByKey.get(key);
}

/**
 * A lookup over one loaded translation: its text for a key, else the English, else the key itself
 * (so a stale key shows up on screen rather than as a blank).
 */
export function contentLookup(translation: ContentTranslation = {}): (key: string) => string {
  return (key) => translation[key] ?? contentEnglish(key) ?? key;
}

/** The named placeholders of a text (`{name}`), sorted, for checking a translation against its source. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
}
