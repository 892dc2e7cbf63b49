/**
 * Every piece of text in the record, labelled with where it lives and the readable limit it must meet.
 * Used by the content tests (word counts, quotes, glossary coverage).
 */
import { briefText, CONFIDENTIAL_BRIEFS, PUBLIC_BRIEF } from './briefs.ts';
import { COUNTERFACTUALS, ENDING_COUNTERFACTUALS } from './counterfactuals.ts';
import { CONCEPT_PROMPTS, ENDING_PROMPTS } from './discussion.ts';
import { DISPUTES } from './disputes.ts';
import { GLOSSARY } from './glossary.ts';
import type { ReadableKind } from './limits.ts';
import { teacherGuideText } from './teacherGuide.ts';
import { TIMELINE } from './timeline.ts';

export interface RecordText {
  /** A readable locator, e.g. `timeline tl.dinner`. */
  readonly where: string;
  readonly text: string;
  /** The limit this text must meet; absent for texts checked as a whole elsewhere. */
  readonly limit?: ReadableKind;
}

export function allRecordTexts(): RecordText[] {
  const out: RecordText[] = [];
  for (const e of TIMELINE) {
    out.push({ where: `timeline ${e.id}`, text: e.text, limit: 'timelineEntry' });
    if (e.caveat) out.push({ where: `timeline ${e.id} caveat`, text: e.caveat, limit: 'timelineEntry' });
  }
  for (const d of DISPUTES) {
    out.push({ where: `dispute ${d.id} question`, text: d.question, limit: 'historyNote' });
    out.push({ where: `dispute ${d.id} note`, text: d.note, limit: 'historyNote' });
    for (const a of d.accounts) out.push({ where: `dispute ${d.id} (${a.who})`, text: a.claim, limit: 'historyNote' });
  }
  for (const c of COUNTERFACTUALS) {
    out.push({ where: `counterfactual ${c.id} question`, text: c.question, limit: 'historyNote' });
    out.push({ where: `counterfactual ${c.id} on record`, text: c.onRecord, limit: 'historyNote' });
    for (const a of c.arguments) out.push({ where: `counterfactual ${c.id} (${a.who})`, text: a.claim, limit: 'historyNote' });
  }
  for (const [ending, m] of Object.entries(ENDING_COUNTERFACTUALS)) {
    out.push({ where: `ending counterfactuals ${ending}`, text: m.note, limit: 'historyNote' });
  }
  for (const g of GLOSSARY) out.push({ where: `glossary ${g.id}`, text: g.definition, limit: 'glossaryDefinition' });
  for (const p of Object.values(ENDING_PROMPTS).flat()) out.push({ where: `prompt ${p.id}`, text: p.text, limit: 'historyNote' });
  for (const c of Object.values(CONCEPT_PROMPTS)) {
    for (const p of c.prompts) out.push({ where: `prompt ${p.id}`, text: p.text, limit: 'historyNote' });
  }
  out.push({ where: 'public brief', text: briefText(PUBLIC_BRIEF), limit: 'briefPublic' });
  out.push({ where: 'US confidential brief', text: briefText(CONFIDENTIAL_BRIEFS.us), limit: 'briefConfidential' });
  out.push({ where: 'DPRK confidential brief', text: briefText(CONFIDENTIAL_BRIEFS.dprk), limit: 'briefConfidential' });
  out.push({ where: 'teacher guide', text: teacherGuideText() });
  return out;
}
