/**
 * Checks the scenario content as a whole, so a mistake is reported in words instead of surfacing as a
 * crash or a silently wrong game: links between beats, the clock along them, the historical path, and
 * every ID the content refers to (facilities, issues, meters, flags, stage, advisers, sources). Pure:
 * it reads the content it is given and the registries, and returns a list of problems (empty when all
 * is well). Each problem names the beat (and choice, or event) and the field, e.g.
 * `beat talks.dinner, choice talks.dinner.social: next: no beat "talks.oneOnOnee"`.
 * The dev build logs them at start-up (`src/main.ts`); a test runs it on the real content.
 */
import { FLAG_IDS, ISSUE_IDS, METER_IDS, PHASES } from '../model/ids.ts';
import { ISSUES } from '../model/issues.ts';
import { ADVISERS, adviserNoteId, isAdviserId } from './advisers.ts';
import { FACILITY_IDS } from './facilities.ts';
import { isRegisteredSource } from './record/sourceRegistry.ts';
import { SCENARIO, type ScenarioContent } from './scenario.ts';
import { isLocationId, isPortraitId, type SeatStaging } from './staging.ts';
import { START_POINTS } from './startPoints.ts';
import type { Beat, Choice, Condition, Effects, HistoricalNote } from './types.ts';

/** The conditions a choice's text variant may use: the terms of the deal, fixed once a path signs. */
const AGREEMENT_KEYS: ReadonlySet<string> = new Set(['agreement', 'agreedAtLeast', 'agreedBelow']);

const TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const has = (list: readonly string[], x: unknown): boolean => list.includes(x as string);
const quote = (x: unknown): string => JSON.stringify(x) ?? String(x);

export function validateContent(content: ScenarioContent = SCENARIO): string[] {
  const problems: string[] = [];
  const report = (where: string, field: string, what: string) => problems.push(`${where}: ${field}: ${what}`);
  const index = new Map<string, number>();
  content.beats.forEach((b, i) => {
    if (index.has(b.id)) report(`beat ${b.id}`, 'id', 'another beat has the same ID');
    else index.set(b.id, i);
  });

  const choiceIds = new Set<string>();
  content.beats.forEach((beat, i) => {
    const at = `beat ${beat.id}`;
    checkBeatFields(beat, at, report);
    const noteIds = new Set<string>();
    for (const note of beat.advisers) {
      if (!isAdviserId(note.adviser)) {
        report(at, 'advisers', `unknown adviser ${quote(note.adviser)}`);
        continue;
      }
      const id = adviserNoteId(beat.id, note);
      if (noteIds.has(id)) report(at, 'advisers', `${note.adviser} speaks twice (note ID ${id} is not unique)`);
      noteIds.add(id);
      if (beat.kind !== 'table' && ADVISERS[note.adviser].side !== beat.side)
        report(at, 'advisers', `${note.adviser} advises the ${ADVISERS[note.adviser].side} side, not the acting side`);
    }
    if (beat.history) checkNote(beat.history, at, 'history', report);
    checkCondition(beat.when, at, 'when', report);
    for (const [i, v] of (beat.textVariants ?? []).entries()) {
      const field = `textVariants[${i}]`;
      checkCondition(v.when, at, `${field}.when`, report);
      if (v.text.trim() === '') report(at, `${field}.text`, 'is empty');
      if (v.classText !== undefined && words(v.classText) >= words(v.text))
        report(at, `${field}.classText`, 'is not shorter than the text it stands in for');
    }

    const historical = beat.choices.filter((c) => c.historical);
    if (historical.length > 1) report(at, 'choices', `${historical.length} historical choices; at most one is allowed`);
    for (const choice of beat.choices) {
      const where = `${at}, choice ${choice.id}`;
      if (choiceIds.has(choice.id)) report(where, 'id', 'another choice has the same ID');
      choiceIds.add(choice.id);
      if (!choice.id.startsWith(`${beat.id}.`)) report(where, 'id', `does not start with the beat ID "${beat.id}."`);
      checkChoice(choice, where, report);
      for (const [k, v] of (choice.textVariants ?? []).entries()) {
        checkCondition(v.when, where, `textVariants[${k}].when`, report);
        // A choice's words are read back later (history, compare) from a later state on the same path;
        // that gives the words of the moment only if they depend on what a path fixes once: the deal.
        for (const key of Object.keys(v.when)) {
          if (!AGREEMENT_KEYS.has(key))
            report(
              where,
              `textVariants[${k}].when.${key}`,
              'may only read the agreed terms (agreement, agreedAtLeast, agreedBelow)',
            );
        }
        if (v.label === undefined && v.outcome === undefined)
          report(where, `textVariants[${k}]`, 'has neither a label nor an outcome');
        if (v.label !== undefined && v.label.trim() === '') report(where, `textVariants[${k}].label`, 'is empty');
        if (v.outcome !== undefined && v.outcome.trim() === '') report(where, `textVariants[${k}].outcome`, 'is empty');
      }
      if (choice.historical && choice.record !== 'onRecord' && choice.record !== 'inferred')
        report(where, 'record', "a historical choice says whether it is 'onRecord' or 'inferred'");
      if (!choice.historical && choice.record !== undefined)
        report(where, 'record', 'only the historical choice has a record basis');
      if (choice.historical && choice.record === 'onRecord' && (!beat.history || beat.history.sources.length === 0))
        report(where, 'record', 'on the record, but the beat has no sourced historical note');
      if (choice.next !== undefined) {
        const target = index.get(choice.next);
        if (target === undefined) report(where, 'next', `no beat ${quote(choice.next)}`);
        else if (target <= i) report(where, 'next', `"${choice.next}" comes before this beat; next must lead forward`);
        else checkClock(beat, content.beats[target], where, 'next', report);
      }
    }
    const following = content.beats[i + 1];
    if (following) checkClock(beat, following, at, 'time', report);
  });

  const eventIds = new Set<string>();
  for (const e of content.events) {
    const at = `event ${e.id}`;
    if (eventIds.has(e.id)) report(at, 'id', 'another event has the same ID');
    eventIds.add(e.id);
    if (!index.has(e.beforeBeat)) report(at, 'beforeBeat', `no beat ${quote(e.beforeBeat)}`);
    if (!(e.chance >= 0 && e.chance <= 1)) report(at, 'chance', `${quote(e.chance)} is not between 0 and 1`);
    checkEffects(e.effects, at, report);
    checkCondition(e.when, at, 'when', report);
    if (e.history) checkNote(e.history, at, 'history', report);
    else if (e.onRecord) report(at, 'history', 'an event on the record needs a sourced historical note');
  }
  for (const f of content.facilities) checkNote(f.history, `facility ${f.id}`, 'history', report);

  checkHistoricalPath(content.beats, index, report);
  checkClassLength(content.beats, report);
  return problems;
}

const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** A start point's beat is played in every length; a class text is shorter than the full one. */
function checkClassLength(beats: readonly Beat[], report: Report): void {
  for (const point of START_POINTS) {
    const beat = beats.find((b) => b.id === point.beat);
    if (!beat) report(`start point ${point.id}`, 'beat', `no beat ${quote(point.beat)}`);
    else if (beat.classSkip) report(`start point ${point.id}`, 'beat', `${point.beat} is skipped in a class-length game`);
    for (const claim of point.soFar) checkNote(claim, `start point ${point.id}`, 'soFar', report);
  }
  for (const beat of beats) {
    if (beat.classText !== undefined && words(beat.classText) >= words(beat.text))
      report(`beat ${beat.id}`, 'classText', 'is not shorter than the text it stands in for');
    if (beat.classText !== undefined && beat.classSkip)
      report(`beat ${beat.id}`, 'classText', 'the beat is skipped in class length');
  }
}

type Report = (where: string, field: string, what: string) => void;

function checkBeatFields(beat: Beat, at: string, report: Report): void {
  if (!has(PHASES, beat.phase) || (beat.phase as string) === 'debrief') report(at, 'phase', `unknown phase ${quote(beat.phase)}`);
  if (!TIME.test(beat.time)) report(at, 'time', `${quote(beat.time)} is not a local time like 2019-02-28T11:03`);
  if (beat.kind === 'table' && beat.choices.length > 0) report(at, 'choices', 'a table beat has no choices in data');
  if (beat.kind !== 'table' && beat.choices.length === 0) report(at, 'choices', 'no choices');
  const stage = beat.stage as Beat['stage'] | undefined;
  if (!stage) {
    report(at, 'stage', 'missing');
    return;
  }
  checkStaging(stage, at, 'stage', report);
  for (const [seat, own] of Object.entries(stage.seats ?? {})) {
    if (seat !== 'us' && seat !== 'dprk') report(at, 'stage.seats', `unknown seat ${quote(seat)}`);
    if (own) checkStaging(own, at, `stage.seats.${seat}`, report);
  }
}

function checkStaging(s: Partial<SeatStaging>, at: string, field: string, report: Report): void {
  if (s.backdrop !== undefined && !isLocationId(s.backdrop))
    report(at, `${field}.backdrop`, `unknown location ${quote(s.backdrop)}`);
  for (const side of ['us', 'dprk'] as const) {
    for (const p of s.cast?.[side] ?? [])
      if (!isPortraitId(p)) report(at, `${field}.cast.${side}`, `unknown portrait ${quote(p)}`);
  }
}

function checkChoice(choice: Choice, where: string, report: Report): void {
  checkEffects(choice.effects, where, report);
  checkCondition(choice.requires, where, 'requires', report);
  for (const f of choice.facilities ?? []) if (!has(FACILITY_IDS, f)) report(where, 'facilities', `unknown facility ${quote(f)}`);
  for (const issue of Object.keys(choice.offerPatch ?? {}))
    if (!has(ISSUE_IDS, issue)) report(where, 'offerPatch', `unknown issue ${quote(issue)}`);
  if (choice.offerPatch && choice.resolve !== 'broaden') report(where, 'offerPatch', 'only a "broaden" choice patches an offer');
}

function checkEffects(effects: Effects, where: string, report: Report): void {
  for (const m of Object.keys(effects.meters ?? {}))
    if (!has(METER_IDS, m)) report(where, 'effects.meters', `unknown meter ${quote(m)}`);
  for (const f of effects.setFlags ?? []) if (!has(FLAG_IDS, f)) report(where, 'effects.setFlags', `unknown flag ${quote(f)}`);
}

function checkCondition(cond: Condition | undefined, where: string, field: string, report: Report): void {
  if (!cond) return;
  for (const f of [...(cond.flags ?? []), ...(cond.notFlags ?? [])])
    if (!has(FLAG_IDS, f)) report(where, field, `unknown flag ${quote(f)}`);
  for (const m of [...Object.keys(cond.meterAtLeast ?? {}), ...Object.keys(cond.meterBelow ?? {})])
    if (!has(METER_IDS, m)) report(where, field, `unknown meter ${quote(m)}`);
  for (const [id, v] of [...Object.entries(cond.agreedAtLeast ?? {}), ...Object.entries(cond.agreedBelow ?? {})]) {
    const issue = ISSUES.find((x) => x.id === id);
    if (!issue) report(where, field, `unknown issue ${quote(id)}`);
    else if (!Number.isInteger(v) || (v as number) < 0 || (v as number) > issue.levels.length)
      report(where, field, `level ${String(v)} for "${id}" is not 0–${issue.levels.length}`);
  }
}

function checkNote(note: HistoricalNote, where: string, field: string, report: Report): void {
  if (note.sources.length === 0) report(where, `${field}.sources`, 'no source');
  for (const s of note.sources)
    if (!isRegisteredSource(s)) report(where, `${field}.sources`, `source ${quote(s.id)} (${s.url}) is not in the registry`);
}

/** Time must not run backwards from a beat to the beat that follows it, in the list or by `next`. */
function checkClock(from: Beat, to: Beat, where: string, field: string, report: Report): void {
  if (TIME.test(from.time) && TIME.test(to.time) && to.time < from.time)
    report(where, field, `leads to "${to.id}" at ${to.time}, before this beat's ${from.time}`);
}

/**
 * The beats the record visits, found without playing: from the first beat, take each beat's historical
 * choice, follow its `next` (or the next beat), and skip beats whose `when` fails on what the record
 * has set (flags, walked, agreement; a meter or standing-offer condition is taken to hold). Each beat
 * visited needs a sourced historical note and, unless it is a table, exactly one historical choice.
 */
function checkHistoricalPath(beats: readonly Beat[], index: ReadonlyMap<string, number>, report: Report): void {
  const flags = new Set<string>();
  let walked = false;
  let agreement = false;
  const visible = (c: Condition | undefined) =>
    !c ||
    ((c.flags ?? []).every((f) => flags.has(f)) &&
      !(c.notFlags ?? []).some((f) => flags.has(f)) &&
      (c.mode === undefined || c.mode === 'historical') &&
      (c.walked === undefined || c.walked === walked) &&
      (c.agreement === undefined || c.agreement === agreement));
  let i = 0;
  for (let guard = 0; i < beats.length && guard <= beats.length; guard++) {
    const beat = beats[i];
    if (!visible(beat.when)) {
      i++;
      continue;
    }
    const at = `beat ${beat.id}`;
    if (!beat.history) report(at, 'history', 'on the historical path, but no historical note');
    else if (beat.history.sources.length === 0) report(at, 'history.sources', 'on the historical path, but unsourced');
    if (beat.kind === 'table') {
      i++;
      continue;
    }
    const historical = beat.choices.filter((c) => c.historical);
    if (historical.length !== 1) {
      if (historical.length === 0) report(at, 'choices', 'on the historical path, but no choice is marked historical');
      i++;
      continue;
    }
    const choice = historical[0];
    for (const f of choice.effects.setFlags ?? []) flags.add(f);
    if (choice.resolve === 'walk') [walked, agreement] = [true, false];
    if (choice.resolve === 'sign' || choice.resolve === 'acceptStanding') agreement = true;
    const target =
      choice.resolve === 'cancelSummit'
        ? beats.findIndex((b) => b.phase === 'aftermath')
        : choice.next
          ? index.get(choice.next)
          : undefined;
    i = target !== undefined && target > i ? target : i + 1;
  }
}
