/**
 * أعلنت الإدارة تجديد عقد المهاجم، ولم تعلن مدة عقده، لكنها لم تكشف قيمة الصفقة: a negated verb of
 * withholding followed at once by a noun of information (مدة، قيمة، عدد، تفاصيل) has that noun
 * for its object, what was not told; its subject is not written there and goes on from the
 * clause before. The general verb cue would read the noun as a subject written after the verb.
 */
import type { VerbCue } from '../lexicon.js';
import type { Detection } from './context.js';
import { bareAt, normLemma, tok } from './lookups.js';
import { NOT_GIVEN } from './word-sets.js';
import { INFORMATION, WITHHOLDING } from './negated-object.js';

/** Is the word at npStart, right after the negated verb cue, what was withheld rather than who withheld it? */
export function withheldObjectFirst(cx: Detection, cue: VerbCue | undefined, negated: boolean, npStart: number): boolean {
  if (!negated || !cue || cue.participle || !WITHHOLDING.has(normLemma(cue))) return false;
  if (tok(cx, npStart)?.kind !== 'word' || cx.mentionOf[npStart]) return false;
  const w = bareAt(cx, npStart);
  return INFORMATION.has(w) || NOT_GIVEN.has(w);
}
