/**
 * Words that stand between a verb of saying and its written speaker: a preposition carrying a
 * pronoun (the addressee, or the resumptive pronoun of a relative clause) and an adverb of
 * addition, which the speaker follows (قال له الرجل إن، أكدت فيه المعلومات الرسمية أن، مقطع
 * يقول فيه أحد المشاركين إن، وأكد كذلك الوزير أن).
 */
import type { Detection } from './context.js';
import { norm, prepPronounAt, quantifiedDefinite, someoneAt, tok } from './lookups.js';
import { PREP_PRONOUN } from './word-sets.js';

/**
 * Past a preposition with a pronoun right after the verb, the word that names someone is the
 * speaker: a pronoun attached to a preposition is never the subject, and in a relative clause
 * (الوقت الذي أكدت فيه …) it points back to the antecedent. Returns where the speaker starts,
 * or j when no such pronoun stands there or it is the verb's own complement.
 */
export function speakerPastPrepPronoun(cx: Detection, j: number, preps: readonly string[]): number {
  const m = PREP_PRONOUN.exec(norm(cx, j));
  // بي كي باتنايك: the first word of a longer name is no preposition.
  if (tok(cx, j)?.kind !== 'word' || !m || (cx.mentionOf[j]?.last ?? 0) > j + 1 || tok(cx, j + 1)?.kind !== 'word') return j;
  // الصفقة التي كشفت عنها إيرباص: the verb's own complement resumes the antecedent, which is
  // what was said; that relay is read elsewhere.
  if (preps.includes(m[1] as string)) return j;
  return someoneAt(cx, j + 1) || quantifiedDefinite(cx, j + 1) ? j + 1 : j;
}

/**
 * The speaker stands past a preposition with a pronoun right after the verb (مقطع يقول فيه أحد
 * المشاركين): the noun before the verb is what the pronoun points back to, not the subject.
 */
export function speakerWrittenPastPronoun(cx: Detection, c1: number, npStart: number): boolean {
  return npStart === c1 + 1 && prepPronounAt(cx, c1);
}
