/**
 * Content text keyed by stable IDs, so the scenario can be translated without touching its data.
 *
 * The scenario's English stays in the content (`src/sim/content`), the source locale; this layer names
 * every translatable string of it by a key derived from stable IDs (`beat.<beatId>.title`,
 * `choice.<choiceId>.label`, `ending.<endingId>.title`, `issue.<issueId>.level.<n>`, `glossary.<id>.term`,
 * …), lists them all with their English (`contentStrings`, the file a translator starts from), and looks
 * a key up in a loaded translation, falling back to the English (`contentLookup`).
 *
 * Adviser notes are keyed by their note IDs (`note.<beatId>.adviser.<role>`), adviser roles by role ID
 * (`adviser.<role>.name`). `localizeView` puts a loaded translation into a View, so every front end that
 * shows a View shows the translated content without reading keys itself (the controller applies it).
 */
import {
  ADVISERS,
  adviserNoteId,
  BEATS,
  ENDINGS,
  EVENTS,
  FACILITIES,
  GLOSSARY,
  ISSUES,
  PRESETS,
  type PresetId,
  packTexts,
  TIMELINE,
} from '../sim/session/index.ts';
import type { View } from '../sim/session/view.ts';

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
    for (const a of beat.advisers) add(`note.${adviserNoteId(beat.id, a)}`, a.text);
    add(`${b}.history.text`, beat.history?.text);
    add(`${b}.history.caveat`, beat.history?.caveat);
    for (const choice of beat.choices) {
      const c = `choice.${choice.id}`;
      add(`${c}.label`, choice.label);
      add(`${c}.outcome`, choice.outcome);
      add(`${c}.disabledReason`, choice.disabledReason);
    }
  }
  for (const adviser of Object.values(ADVISERS)) add(`adviser.${adviser.id}.name`, adviser.role);
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
  // ---- The teacher's pack (?print=pack): keys `pack.<itemId>.<field>`, in print order. ----
  for (const t of packTexts()) add(t.key, t.english);
  // ---- End of the teacher's pack. ----
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

/**
 * The View with its content text in a loaded translation: the beat's title, place, text, advisers and
 * note, the choices' labels and reasons, the last move's outcome, the event cards and the ending. Text
 * the translation lacks stays English. With no translation the View is returned as it is.
 */
export function localizeView(view: View, translation: ContentTranslation | null): View {
  if (!translation || Object.keys(translation).length === 0) return view;
  const t = (key: string, english: string): string => translation[key] ?? english;
  const beat = view.beat;
  return {
    ...view,
    beat: beat && {
      ...beat,
      title: t(`beat.${beat.id}.title`, beat.title),
      location: t(`beat.${beat.id}.location`, beat.location),
      text: t(`beat.${beat.id}.text`, beat.text),
      advisers: beat.advisers.map((a) => ({
        ...a,
        role: t(`adviser.${a.adviser}.name`, a.role),
        text: t(`note.${a.id}`, a.text),
      })),
      history: beat.history && { ...beat.history, text: t(`beat.${beat.id}.history.text`, beat.history.text) },
    },
    choices: view.choices.map((c) => ({
      ...c,
      label: t(`choice.${c.id}.label`, c.label),
      disabledReason: c.disabledReason && t(`choice.${c.id}.disabledReason`, c.disabledReason),
    })),
    lastMove: view.lastMove && {
      ...view.lastMove,
      outcome: view.lastMove.outcome && t(`choice.${view.lastMove.move}.outcome`, view.lastMove.outcome),
    },
    firedEvents: view.firedEvents.map((e) => ({
      ...e,
      title: t(`event.${e.id}.title`, e.title),
      text: t(`event.${e.id}.text`, e.text),
    })),
    ending: view.ending && {
      ...view.ending,
      title: t(`ending.${view.ending.id}.title`, view.ending.title),
      summary: t(`ending.${view.ending.id}.summary`, view.ending.summary),
    },
  };
}
