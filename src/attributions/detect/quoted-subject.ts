/**
 * A short quoted name right after a reporting verb and right before the verb's own
 * preposition is the verb's subject, not quoted words (كشفت "موبايلي" عن إطلاق …، أعلنت «زين»
 * عن عرضها، لوّح «العمال الكردستاني» بوقف …): what is said after such a verb is its
 * prepositional complement, and a quotation of what was said does not stand between the verb
 * and that complement. نقلت «الوطن» عن … (a relay's preposition) is read in quoteIsName.
 */
import type { Detection } from './context.js';
import { norm, prepOf, tok, verbAt } from './lookups.js';

/** At most this many words between the marks: a name, not a phrase. */
const MAX_NAME_WORDS = 3;

/** Whether the quotation from the mark at j to the mark at c is the subject of the verb right before j. */
export function quotedSubjectBeforePreposition(cx: Detection, j: number, c: number): boolean {
  if (c - j - 1 < 1 || c - j - 1 > MAX_NAME_WORDS) return false;
  for (let k = j + 1; k < c; k++) if (tok(cx, k)?.kind !== 'word' || cx.complementizers.has(norm(cx, k))) return false;
  const v = verbAt(cx, j - 1);
  // A participle has no subject after it (مطالبا «…» بـ …: the quotation is its object).
  if (!v || v.participle || v.preps.length === 0) return false;
  return prepOf(cx, c + 1, v.preps) && tok(cx, c + 2)?.kind === 'word';
}
