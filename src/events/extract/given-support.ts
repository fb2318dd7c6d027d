/**
 * Support that is given (قدمت إيران كل أشكال الدعم، لتقديم الدعم الكامل، وتقديم الدعم
 * التسليحي): «دعم» as the object of the verb of giving, or of its noun, is the help itself,
 * AID, not verbal backing; the giving verb and the noun then tell one act.
 */
import { type Doc, sentenceOf } from './context.js';
import { isBoundary } from './lexicon-sets.js';

/** The forms of «قدّم» and «تقديم» (normalised, after و/ف, ل/ب and the article), without object pronouns. */
const GIVING = /^(و|ف)?(ل|ب)?(قدم|قدمت|قدموا|يقدم|تقدم|نقدم|اقدم|يقدمون|ستقدم|سيقدم|سنقدم|تقديم|التقديم)$/;

/**
 * Whether the support noun at token i is the object of a giving verb or noun up to three words
 * before it; the words of a name in between (the giver: وقدمت المملكة العربية السعودية الدعم) do not count.
 */
export function givenSupport(doc: Doc, i: number): boolean {
  const { tokens, mentionAt } = doc;
  let words = 0;
  for (let k = i - 1; k >= 0 && sentenceOf(doc, k) === sentenceOf(doc, i); k--) {
    const t = tokens[k]!;
    if (isBoundary(t)) return false;
    if (GIVING.test(t.norm)) return true;
    if (mentionAt[k] === undefined && ++words >= 3) return false;
  }
  return false;
}
