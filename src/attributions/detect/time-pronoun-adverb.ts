/**
 * وقال حينها الوزير …، وأكد بعدها مدير المرور …: a time adverb made of a noun and a pronoun
 * (حينها، بعدها، وقتها، يومها) or written as one word (آنذاك، حينئذ) may stand between a verb
 * and its subject; it is not the subject's first word.
 */
import type { Detection } from './context.js';
import { isQuoteOpen, norm, roleOf } from './lookups.js';
import { COLONS, inSet } from './word-sets.js';

const TIME_PRONOUN_ADVERB = /^((حين|بعد|وقت|عند|يوم|قبل|اثر|عقب|ساعت)(ها|ه)|حينذاك|انذاك|وقتذاك|يومذاك|وقتئذ|حينئذ|عندئذ|يومئذ|ساعتئذ)$/;

/**
 * Where the subject starts when a time adverb stands at j before a word that names someone, or
 * before the content (وأكد بعدها أن …: no subject written); else j.
 */
export function pastTimePronounAdverb(cx: Detection, j: number): number {
  if (!TIME_PRONOUN_ADVERB.test(norm(cx, j))) return j;
  const k = j + 1;
  const w = norm(cx, k);
  const content = cx.complementizers.has(w) || COLONS.has(w) || isQuoteOpen(cx, k) !== undefined;
  return content || cx.mentionOf[k]?.first === k || roleOf(cx, w) !== undefined || inSet(cx.lex.anonymousHeads, w) || inSet(cx.lex.outletNouns, w) ? k : j;
}
