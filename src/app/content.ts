/**
 * The scenario as the reader reads it: the facade's content tables (issues, beats, presets, facilities,
 * the record, briefs, prompts, the teacher guide…) with their text in the loaded content translation.
 *
 * Front ends import content from here, never its English straight from `sim/session`
 * (`src/architecture.test.ts` holds the rule), so a second locale is a translation file and no code.
 * The names match the facade's, and they are live ESM bindings: `useContentTranslation` runs once,
 * before the first screen is built (`src/ui/locale.ts`), and every importer then sees the translated
 * tables. A module must therefore not copy text out of these tables while it is being evaluated.
 *
 * The core's problems (damaged saves and codes, bad settings) are data; `problemText` words them.
 */
import {
  ADVISERS as ADVISERS_EN,
  type Beat,
  BRIEFS as BRIEFS_EN,
  beatById as beatByIdEn,
  CONCEPT_PROMPTS as CONCEPT_PROMPTS_EN,
  COUNTERFACTUALS as COUNTERFACTUALS_EN,
  choiceById as choiceByIdEn,
  DEBRIEF_QUOTES as DEBRIEF_QUOTES_EN,
  DISPUTES as DISPUTES_EN,
  ENDING_COUNTERFACTUALS as ENDING_COUNTERFACTUALS_EN,
  ENDING_PROMPTS as ENDING_PROMPTS_EN,
  ENDINGS as ENDINGS_EN,
  EVENTS as EVENTS_EN,
  englishProblemText,
  FACILITIES as FACILITIES_EN,
  GameProblem,
  GLOSSARY as GLOSSARY_EN,
  glossaryMatcher,
  ISSUES as ISSUES_EN,
  type IssueId,
  issueIndex,
  localizeTree,
  PACK_CONTENT as PACK_EN,
  PRESETS as PRESETS_EN,
  type Problem,
  type ProblemId,
  PUBLIC_BRIEF as PUBLIC_BRIEF_EN,
  QUOTES as QUOTES_EN,
  ROLLOUT_POLICY as ROLLOUT_POLICY_EN,
  renderProblem,
  STAGE_LABELS as STAGE_LABELS_EN,
  START_POINTS as START_POINTS_EN,
  type StartPointId,
  TEACHER_GUIDE as TEACHER_GUIDE_EN,
  TIMELINE as TIMELINE_EN,
} from '../sim/session/index.ts';
import { type ContentTranslation, localizeBeat, QUOTE_NOT_TEXT, RECORD_TREES } from './contentText.ts';
import { formatLocale, m } from './strings/catalogue.ts';

let active: ContentTranslation = {};

const tr = (key: string, english: string): string => active[key] ?? english;
const tree = <T>(prefix: string, value: T): T => localizeTree(prefix, value, active);

// Live bindings: assigned from the English here, replaced by `useContentTranslation`.
export let ISSUES = ISSUES_EN;
export let PRESETS = PRESETS_EN;
export let ENDINGS = ENDINGS_EN;
export let EVENTS = EVENTS_EN;
export let FACILITIES = FACILITIES_EN;
export let ADVISERS = ADVISERS_EN;
export let GLOSSARY = GLOSSARY_EN;
export let TIMELINE = TIMELINE_EN;
export let DISPUTES = DISPUTES_EN;
export let BRIEFS = BRIEFS_EN;
export let PUBLIC_BRIEF = PUBLIC_BRIEF_EN;
export let TEACHER_GUIDE = TEACHER_GUIDE_EN;
export let STAGE_LABELS = STAGE_LABELS_EN;
export let ENDING_PROMPTS = ENDING_PROMPTS_EN;
export let CONCEPT_PROMPTS = CONCEPT_PROMPTS_EN;
export let ENDING_COUNTERFACTUALS = ENDING_COUNTERFACTUALS_EN;
export let COUNTERFACTUALS = COUNTERFACTUALS_EN;
export let QUOTES = QUOTES_EN;
export let DEBRIEF_QUOTES = DEBRIEF_QUOTES_EN;
export let ROLLOUT_POLICY = ROLLOUT_POLICY_EN;
/** The teacher's pack (`?print=pack`): every table of its text, by the facade's names. */
export let PACK = PACK_EN;
export let START_POINTS = START_POINTS_EN;
let matcher = glossaryMatcher(GLOSSARY_EN);
const beats = new Map<string, Beat>();

/** The loaded translation, for the View's own text (`localizeView` in the controller). */
export const activeContentTranslation = (): ContentTranslation => active;

/** Puts a locale's content translation in place (an empty one restores the English). */
export function useContentTranslation(translation: ContentTranslation): void {
  active = translation;
  beats.clear();
  ISSUES = ISSUES_EN.map((issue) => ({
    ...issue,
    name: tr(`issue.${issue.id}.name`, issue.name),
    levels: issue.levels.map((level, n) => tr(`issue.${issue.id}.level.${n}`, level)),
  }));
  PRESETS = Object.fromEntries(
    Object.entries(PRESETS_EN).map(([id, p]) => [id, { ...p, name: tr(`preset.${id}.name`, p.name) }]),
  ) as typeof PRESETS_EN;
  ENDINGS = Object.fromEntries(
    Object.entries(ENDINGS_EN).map(([id, e]) => [
      id,
      { ...e, title: tr(`ending.${id}.title`, e.title), summary: tr(`ending.${id}.summary`, e.summary) },
    ]),
  ) as typeof ENDINGS_EN;
  EVENTS = EVENTS_EN.map((card) => ({
    ...card,
    title: tr(`event.${card.id}.title`, card.title),
    text: tr(`event.${card.id}.text`, card.text),
    history: card.history && { ...card.history, text: tr(`event.${card.id}.history.text`, card.history.text) },
  }));
  FACILITIES = FACILITIES_EN.map((f) => ({
    ...f,
    name: tr(`facility.${f.id}.name`, f.name),
    role: tr(`facility.${f.id}.role`, f.role),
    history: { ...f.history, text: tr(`facility.${f.id}.history.text`, f.history.text) },
  }));
  ADVISERS = Object.fromEntries(
    Object.entries(ADVISERS_EN).map(([id, a]) => [id, { ...a, role: tr(`adviser.${a.id}.name`, a.role) }]),
  ) as typeof ADVISERS_EN;
  GLOSSARY = tree(RECORD_TREES.glossary, GLOSSARY_EN);
  TIMELINE = tree(RECORD_TREES.timeline, TIMELINE_EN);
  DISPUTES = tree(RECORD_TREES.disputes, DISPUTES_EN);
  PUBLIC_BRIEF = localizeTree(`${RECORD_TREES.brief}.${PUBLIC_BRIEF_EN.id}`, PUBLIC_BRIEF_EN, active);
  const brief = <B extends { id: string }>(b: B): B => localizeTree(`${RECORD_TREES.brief}.${b.id}`, b, active);
  BRIEFS = {
    us: { public: PUBLIC_BRIEF, confidential: brief(BRIEFS_EN.us.confidential) },
    dprk: { public: PUBLIC_BRIEF, confidential: brief(BRIEFS_EN.dprk.confidential) },
  };
  TEACHER_GUIDE = tree(RECORD_TREES.guide, TEACHER_GUIDE_EN);
  STAGE_LABELS = tree(RECORD_TREES.stageLabels, STAGE_LABELS_EN);
  ENDING_PROMPTS = tree(RECORD_TREES.endingPrompts, ENDING_PROMPTS_EN);
  CONCEPT_PROMPTS = tree(RECORD_TREES.conceptPrompts, CONCEPT_PROMPTS_EN);
  ENDING_COUNTERFACTUALS = tree(RECORD_TREES.endingCounterfactuals, ENDING_COUNTERFACTUALS_EN);
  COUNTERFACTUALS = tree(RECORD_TREES.counterfactuals, COUNTERFACTUALS_EN);
  QUOTES = localizeTree(RECORD_TREES.quotes, QUOTES_EN, active, QUOTE_NOT_TEXT);
  DEBRIEF_QUOTES = DEBRIEF_QUOTES_EN.map((q) => QUOTES.find((x) => x.id === q.id) ?? q);
  ROLLOUT_POLICY = tr(RECORD_TREES.rolloutPolicy, ROLLOUT_POLICY_EN);
  PACK = tree('pack', PACK_EN);
  START_POINTS = tree(RECORD_TREES.startPoints, START_POINTS_EN);
  matcher = glossaryMatcher(GLOSSARY);
}

export function beatById(id: string): Beat | undefined {
  const english = beatByIdEn(id);
  if (!english) return undefined;
  let beat = beats.get(id);
  if (!beat) {
    beat = localizeBeat(english, active);
    beats.set(id, beat);
  }
  return beat;
}

export function choiceById(id: string): ReturnType<typeof choiceByIdEn> {
  const found = choiceByIdEn(id);
  const beat = found && beatById(found.beat.id);
  const choice = beat?.choices.find((c) => c.id === id);
  return found && beat && choice ? { beat, choice } : found;
}

export const issueById = (id: IssueId): (typeof ISSUES)[number] => ISSUES[issueIndex(id)];
export const startPointById = (id: StartPointId) => START_POINTS.find((p) => p.id === id) ?? START_POINTS[0];
export const glossaryById = (id: string) => GLOSSARY.find((g) => g.id === id);
export const glossaryMatches = (text: string) => matcher.matches(text);
export const findGlossaryTerms = (text: string) => matcher.find(text);
export const timelineOf = (detail: (typeof TIMELINE)[number]['detail']) => TIMELINE.filter((e) => e.detail === detail);
export const counterfactualById = (id: string) => COUNTERFACTUALS.find((c) => c.id === id);

/** Facility IDs as names for a sentence, joined the reader's way ("5 MWe reactor and …"). */
export function facilityNames(ids: readonly string[]): string {
  if (ids.length === 0) return m.facilities_none();
  const names = ids.map((id) => FACILITIES.find((f) => f.id === id)?.name ?? id);
  return new Intl.ListFormat(formatLocale(), { style: 'long', type: 'conjunction' }).format(names);
}

/** A problem the core reported (an error carrying one, or the problem itself), in the reader's language. */
export function problemText(err: unknown): string {
  const p: Problem | null =
    err instanceof GameProblem
      ? err.problem
      : typeof err === 'object' && err !== null && 'id' in err && 'params' in err
        ? (err as Problem)
        : null;
  if (!p) return err instanceof Error ? err.message : String(err);
  const textOf = (id: ProblemId, category: Intl.LDMLPluralRule | null) =>
    (category && active[`problem.${id}.${category}`]) || active[`problem.${id}`] || englishProblemText(id, category);
  return renderProblem(p, textOf, formatLocale());
}
