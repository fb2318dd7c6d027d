/**
 * «إن لم تلتزم إيران بالاتفاق»، «إذا التزمت الأطراف بالهدنة»، «لو هاجمت إسرائيل»: a verb right
 * after a particle of condition (its negation between them) tells an act that may or may not come;
 * it is the condition of another act, and the gold marks no event for it. «إنّ» before a noun and
 * «أن» (that) are other words: the conditional «إن» is told by its hamza below, or by لم after it.
 */
import { type Doc, sentenceOf } from './context.js';

/** إذا، لو، لئن (with و/ف): particles of condition the normaliser keeps apart. */
const IF = /^(و|ف)?(اذا|لو|لئن)$/;

/** Negations between the particle and its verb (إذا لم، إن لا، إذا ما). */
const NEG = /^(لم|لا|ما)$/;

/** Whether the verb at i is the verb of a condition. */
export function conditionalVerb(doc: Doc, i: number): boolean {
  const { input, tokens } = doc;
  let k = i - 1;
  if (k >= 0 && NEG.test(tokens[k]!.norm)) k--;
  if (k < 0 || sentenceOf(doc, k) !== sentenceOf(doc, i)) return false;
  const t = tokens[k]!;
  if (IF.test(t.norm)) return true;
  if (!/^(و|ف)?ان$/.test(t.norm)) return false;
  // «إن» with its hamza below, or «ان لم».
  return /^[وف]?إن$/.test(input.text.slice(t.start, t.end).replace(/[\u064b-\u0652\u0640]/g, '')) || (k === i - 2 && tokens[i - 1]!.norm === 'لم');
}
