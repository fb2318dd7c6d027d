/**
 * Verbs whose object is what they report although the lexicon gives them a clause only:
 * considering (اعتبر المسؤولون القرار خطوة إيجابية، بيانا اعتبرت فيه البيع مخالفة) and requiring
 * (الإدارة اشترطت الحصول على مبلغ). GUIDELINE.md counts both among the verbs of saying, with a
 * nominal object that stands for a proposition as content.
 */
import type { VerbCue } from '../lexicon.js';
import type { Detection } from './context.js';
import { bareAt, isComma, isPunct, norm, normLemma, sentenceEnd, someoneAt } from './lookups.js';
import { nominativePlural, resumptiveAt, svoSubject } from './subjects.js';
import { predicateRightAfter } from './considered-passive.js';
import { COLONS } from './word-sets.js';
import { consideredPronounAt } from './considered-pronoun.js';

/** The lemmas widened here (normalised). */
const OBJECT_REPORTING = new Set(['اعتبر', 'اشترط']);
/** يعتبر، وتعتبر: the imperfect without an object pronoun, spelled as the passive «is considered». */
const CONSIDER_IMPERFECT = /^[وف]?[يت]عتبر$/;
/** How far ahead an أن or a colon of the verb's own is looked for. */
const CLAUSE_REACH = 25;

/** أن, إن or a colon ahead in the verb's clause (up to a comma or the sentence end): the verb has its clause. */
function clauseAhead(cx: Detection, c1: number): boolean {
  const se = sentenceEnd(cx, c1);
  for (let k = c1; k < se && k - c1 <= CLAUSE_REACH; k++) {
    if (cx.complementizers.has(norm(cx, k)) || COLONS.has(norm(cx, k))) return true;
    if (isComma(cx, k) || isPunct(cx, k)) return false;
  }
  return false;
}

/**
 * Whose the noun phrase after the verb is: the subject when it can speak (a name, a role, an
 * unnamed source, a quantifier over people, a plural in ون), or the subject is written before
 * the verb, or a resumptive pronoun stands after it (أصدرت الإمارة بيانا اعتبرت فيه …). Otherwise
 * a definite noun after the verb is its object with the subject unwritten (فضحك أبي واعتبر الأمر
 * مزحة), which the subject rules would take for the speaker: those are left alone.
 */
function subjectSettled(cx: Detection, c0: number, c1: number): boolean {
  return someoneAt(cx, c1) || nominativePlural(cx, c1) || cx.lex.quantifierHeads.has(norm(cx, c1)) || resumptiveAt(cx, c1)
    || svoSubject(cx, c0) !== undefined;
}

/**
 * The cue with its object taken as content, or the cue unchanged. Left unchanged: a verb with
 * its own أن-clause or colon ahead; the passive — the imperfect with no object pronoun (وتعتبر
 * المنطقة موقعا استراتيجيا, named subjects included, considered-passive.ts cannot always tell)
 * unless a plural subject follows, and any form with a predicate right after it (والذي اعتُبر
 * الأكثر دموية); a subject that may be the object (subjectSettled); and requiring conditions
 * as such (اشترط لها شروطا), which states none.
 */
export function withObjectContent(cx: Detection, c0: number, c1: number, cue: VerbCue | undefined): VerbCue | undefined {
  if (!cue || cue.objectContent || !OBJECT_REPORTING.has(normLemma(cue))) return cue;
  if (CONSIDER_IMPERFECT.test(norm(cx, c1 - 1)) && !nominativePlural(cx, c1)) return cue;
  // A participle is never the passive: معتبرا إياها بمثابة … keeps its accusative.
  if (clauseAhead(cx, c1) || (!cue.participle && predicateRightAfter(cx, c1))) return cue;
  // اعتبرتها المنظمة جرائم حرب، فيما اعتبره «إهمالا»: the object is the glued pronoun (considered-pronoun.ts).
  if (!cue.participle && !consideredPronounAt(cx, c1, cue) && !subjectSettled(cx, c0, c1)) return cue;
  for (let k = c1; k < c1 + 4; k++) if (/^(ال)?شروط/.test(bareAt(cx, k))) return cue;
  return { ...cue, objectContent: true };
}
