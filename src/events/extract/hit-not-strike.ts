/**
 * Unvocalised, the imperfect of أضرب «to go on strike» is written as that of ضرب «to hit»
 * (يضرب، تضرب، ليضرب، يضربوا). «في» after it tells where a blow lands (عاد الإرهاب ليضرب في قلب
 * أوروبا، أن تضرب الطائرات في العمق), not a strike; «عن» (يضربون عن الطعام) or the strikers named
 * (يضرب العمال في الميناء) still make it one. The perfect أضرب and the nouns are left alone.
 */
import type { FormReading, Lemma } from '../lexicon.js';
import { type Doc, sentenceOf } from './context.js';

/** Whether the strike reading r of the word at token i rests only on a «في» right after it (or after its subject). */
export function hitNotStrike(doc: Doc, lemma: Lemma, r: FormReading, i: number): boolean {
  if (lemma.type !== 'PROTEST' || lemma.mode !== 'strike' || r.pos !== 'verb' || !r.imperfect) return false;
  const { tokens, bare } = doc;
  for (let k = i + 1; k < tokens.length && k - i <= 4 && sentenceOf(doc, k) === sentenceOf(doc, i); k++) {
    const w = tokens[k]!.norm;
    if (lemma.next.has(w) || lemma.next.has(bare[k]!) || lemma.next.has(bare[k]!.replace(/^ال/, ''))) return w === 'في';
  }
  return false;
}
