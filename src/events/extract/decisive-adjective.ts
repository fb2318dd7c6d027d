/**
 * «ترفض بشكل قاطع»، «نفيا قاطعا»، «رفضهما القاطع»، «دليل قاطع»: قاطع after a word of manner,
 * denial, refusal or proof is the adjective «categorical, conclusive», not the verb «boycotted»;
 * no SANCTION.
 */
import { type Doc, inSentenceOf } from './context.js';

/** Words an adjective «قاطع» qualifies (with ب/و, the article and a pronoun or tanwin alef). */
const QUALIFIED = /^(و)?(ب)?(ال)?(شكل|صوره|نفي|رفض|دليل|ادله|رد|ايمان|اثبات|جواب|حكم|تاكيد)(ا|ه|ها|هما|هم)?$/;

/** Whether قاطع at i qualifies the word before it. */
export function decisiveNotBoycott(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  return inSentenceOf(doc, i - 1, i) && QUALIFIED.test(tokens[i - 1]!.norm)
    && /^(ال)?قاطع(ا|ه)?$/.test(tokens[i]!.norm);
}
