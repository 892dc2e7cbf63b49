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
  type Beat,
  BRIEFS,
  beatById,
  CONCEPT_PROMPTS,
  COUNTERFACTUALS,
  choiceById,
  DISPUTES,
  ENDING_COUNTERFACTUALS,
  ENDING_PROMPTS,
  ENDINGS,
  EVENTS,
  FACILITIES,
  GLOSSARY,
  ISSUES,
  NOT_TEXT,
  PRESETS,
  PROBLEM_IDS,
  PROBLEM_TEXT,
  type PresetId,
  PUBLIC_BRIEF,
  packTexts,
  QUOTES,
  ROLLOUT_POLICY,
  STAGE_LABELS,
  START_POINTS,
  TEACHER_GUIDE,
  TIMELINE,
  textLeaves,
} from '../sim/session/index.ts';
import type { View } from '../sim/session/view.ts';

/**
 * The key prefixes of the record's nested texts, each walked by `sim/content/textTree.ts` (so a key is the
 * prefix plus a path of IDs). Briefs are keyed by brief ID: `brief.<briefId>.sections.<n>.…`.
 */
export const RECORD_TREES = {
  glossary: 'glossary',
  timeline: 'record',
  disputes: 'dispute',
  brief: 'brief',
  guide: 'guide',
  stageLabels: 'stageLabel',
  endingPrompts: 'prompt.ending',
  conceptPrompts: 'prompt.concept',
  endingCounterfactuals: 'endingCounterfactual',
  counterfactuals: 'counterfactual',
  quotes: 'quote',
  rolloutPolicy: 'odds.rolloutPolicy',
  startPoints: 'start',
} as const;

/** A quote's words stay as they were said (a source's verbatim text); its speaker, setting and notes translate. */
export const QUOTE_NOT_TEXT: ReadonlySet<string> = new Set([...NOT_TEXT, 'text']);

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
    add(`${b}.classText`, beat.classText);
    (beat.textVariants ?? []).forEach((v, i) => {
      add(`${b}.variant.${i}.text`, v.text);
      add(`${b}.variant.${i}.classText`, v.classText);
    });
    for (const a of beat.advisers) add(`note.${adviserNoteId(beat.id, a)}`, a.text);
    add(`${b}.history.text`, beat.history?.text);
    add(`${b}.history.caveat`, beat.history?.caveat);
    for (const choice of beat.choices) {
      const c = `choice.${choice.id}`;
      add(`${c}.label`, choice.label);
      add(`${c}.outcome`, choice.outcome);
      add(`${c}.disabledReason`, choice.disabledReason);
      (choice.textVariants ?? []).forEach((v, i) => {
        add(`${c}.variant.${i}.label`, v.label);
        add(`${c}.variant.${i}.outcome`, v.outcome);
      });
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
  const leaves = (prefix: string, value: unknown, skip?: ReadonlySet<string>) => {
    for (const leaf of textLeaves(prefix, value, skip)) add(leaf.key, leaf.english);
  };
  leaves(RECORD_TREES.glossary, GLOSSARY);
  leaves(RECORD_TREES.timeline, TIMELINE);
  leaves(RECORD_TREES.disputes, DISPUTES);
  for (const brief of [PUBLIC_BRIEF, BRIEFS.us.confidential, BRIEFS.dprk.confidential])
    leaves(`${RECORD_TREES.brief}.${brief.id}`, brief);
  leaves(RECORD_TREES.guide, TEACHER_GUIDE);
  leaves(RECORD_TREES.stageLabels, STAGE_LABELS);
  leaves(RECORD_TREES.endingPrompts, ENDING_PROMPTS);
  leaves(RECORD_TREES.conceptPrompts, CONCEPT_PROMPTS);
  leaves(RECORD_TREES.endingCounterfactuals, ENDING_COUNTERFACTUALS);
  leaves(RECORD_TREES.counterfactuals, COUNTERFACTUALS);
  leaves(RECORD_TREES.quotes, QUOTES, QUOTE_NOT_TEXT);
  add(RECORD_TREES.rolloutPolicy, ROLLOUT_POLICY);
  leaves(RECORD_TREES.startPoints, START_POINTS);
  // The core's problems; a plural one has a text per plural category (English: one, other).
  for (const id of PROBLEM_IDS) {
    const text: string | { readonly one: string; readonly other: string } = PROBLEM_TEXT[id];
    if (typeof text === 'string') add(`problem.${id}`, text);
    else {
      add(`problem.${id}.one`, text.one);
      add(`problem.${id}.other`, text.other);
    }
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

/** A beat with its text, advisers, note and choices in a loaded translation (the same keys as above). */
export function localizeBeat(beat: Beat, translation: ContentTranslation): Beat {
  const t = (key: string, english: string): string => translation[key] ?? english;
  const b = `beat.${beat.id}`;
  return {
    ...beat,
    title: t(`${b}.title`, beat.title),
    location: t(`${b}.location`, beat.location),
    text: t(`${b}.text`, beat.text),
    classText: beat.classText && t(`${b}.classText`, beat.classText),
    textVariants: beat.textVariants?.map((v, i) => ({
      ...v,
      text: t(`${b}.variant.${i}.text`, v.text),
      classText: v.classText && t(`${b}.variant.${i}.classText`, v.classText),
    })),
    advisers: beat.advisers.map((a) => ({ ...a, text: t(`note.${adviserNoteId(beat.id, a)}`, a.text) })),
    history: beat.history && {
      ...beat.history,
      text: t(`${b}.history.text`, beat.history.text),
      caveat: beat.history.caveat && t(`${b}.history.caveat`, beat.history.caveat),
    },
    choices: beat.choices.map((c) => ({
      ...c,
      label: t(`choice.${c.id}.label`, c.label),
      outcome: t(`choice.${c.id}.outcome`, c.outcome),
      disabledReason: c.disabledReason && t(`choice.${c.id}.disabledReason`, c.disabledReason),
      textVariants: c.textVariants?.map((v, i) => ({
        ...v,
        label: v.label && t(`choice.${c.id}.variant.${i}.label`, v.label),
        outcome: v.outcome && t(`choice.${c.id}.variant.${i}.outcome`, v.outcome),
      })),
    })),
  };
}

/** The key of a choice's label or outcome as a view shows it: its own or a variant's. */
function choiceTextKey(choiceId: string, field: 'label' | 'outcome', shown: string): string {
  const variants = choiceById(choiceId)?.choice.textVariants ?? [];
  const i = variants.findIndex((v) => v[field] === shown);
  return i < 0 ? `choice.${choiceId}.${field}` : `choice.${choiceId}.variant.${i}.${field}`;
}

/**
 * The View with its content text in a loaded translation: the beat's title, place, text, advisers and
 * note, the choices' labels and reasons, the last move's outcome, the event cards and the ending. Text
 * the translation lacks stays English. With no translation the View is returned as it is.
 */
/** The key of the text a view shows for a beat: its own, its short one (class length), or a variant's. */
function beatTextKey(beatId: string, shown: string): string {
  const beat = beatById(beatId);
  const b = `beat.${beatId}`;
  if (!beat || shown === beat.text) return `${b}.text`;
  if (shown === beat.classText) return `${b}.classText`;
  const i = (beat.textVariants ?? []).findIndex((v) => v.text === shown || v.classText === shown);
  if (i < 0) return `${b}.text`;
  return beat.textVariants?.[i].text === shown ? `${b}.variant.${i}.text` : `${b}.variant.${i}.classText`;
}

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
      text: t(beatTextKey(beat.id, beat.text), beat.text),
      advisers: beat.advisers.map((a) => ({
        ...a,
        role: t(`adviser.${a.adviser}.name`, a.role),
        text: t(`note.${a.id}`, a.text),
      })),
      history: beat.history && { ...beat.history, text: t(`beat.${beat.id}.history.text`, beat.history.text) },
    },
    choices: view.choices.map((c) => ({
      ...c,
      label: t(choiceTextKey(c.id, 'label', c.label), c.label),
      disabledReason: c.disabledReason && t(`choice.${c.id}.disabledReason`, c.disabledReason),
    })),
    lastMove: view.lastMove && {
      ...view.lastMove,
      label: view.lastMove.label && t(choiceTextKey(view.lastMove.move, 'label', view.lastMove.label), view.lastMove.label),
      outcome:
        view.lastMove.outcome && t(choiceTextKey(view.lastMove.move, 'outcome', view.lastMove.outcome), view.lastMove.outcome),
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
