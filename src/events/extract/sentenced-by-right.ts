/**
 * «أصدرت المحكمة حكما بالسجن بحق الصحفي X»، «أحكاما بالإعدام بحق قيادات الحركة»، «صدر بحقه حكم
 * بالسجن»: بحق («against», literally «in the right of») names the one a sentence falls on. That party
 * is the sentence's recipient and never its doer, also when it stands next to the court.
 * The pronoun of «بحقه» before the sentence is read only for a named person in the same sentence.
 */
import { type Doc, forwardEnd, isAdjective, sentenceOf } from './context.js';
import { isBoundary, PENALTIES } from './lexicon-sets.js';
import { antecedent, coordinated, prepOf } from './mentions.js';
import type { Candidate } from './types.js';

const BY_RIGHT = /^(و)?بحق$/;
const BY_RIGHT_PRONOUN = /^(و)?بحقه$/;

/** Words that open another phrase, past which the name is no longer the one sentenced (بحق المتهمين في قضية اغتيال X). */
const OTHER_PHRASE = /^(و)?(في|علي|عن|الي|بعد|قبل|منذ|بسبب|لانه|الذي|التي|الذين|بتهمه|بتهم)$/;
/** The parties a court's sentence at c falls on, named with بحق; empty when none is. */
export function sentencedByRight(doc: Doc, c: Candidate): string[] {
  const { tokens, bare, mentionAt, isCandidate } = doc;
  const s = sentenceOf(doc, c.tok);
  // «صدر بحقه حكم»: the pronoun just before the sentence.
  for (let k = c.tok - 1; k >= 0 && c.tok - k <= 2 && sentenceOf(doc, k) === s; k--) {
    if (!BY_RIGHT_PRONOUN.test(tokens[k]!.norm)) continue;
    const ref = antecedent(doc, k, 'ه', c.actor);
    return ref && ref.entity.type === 'PER' ? [ref.entity.id] : [];
  }
  for (let k = c.tok + 1; k < tokens.length && k - c.tok <= 10 && sentenceOf(doc, k) === s; k++) {
    if (isBoundary(tokens[k]!) || (isCandidate[k] && !PENALTIES.has(bare[k]!))) break;
    if (!BY_RIGHT.test(tokens[k]!.norm)) continue;
    // Past a description or a title (بحق الصحفي الأمريكي X، بحق عدد من قيادات الحركة), to the first party
    // not marked by a preposition of its own (بحق المرشد العام لجماعة الإخوان محمد بديع: the person).
    for (let j = k + 1; j < tokens.length && j - k <= 8 && sentenceOf(doc, j) === s; j++) {
      if (isBoundary(tokens[j]!) || isCandidate[j] || OTHER_PHRASE.test(tokens[j]!.norm)) return [];
      const m = mentionAt[j];
      if (!m || m.first !== j || isAdjective(m)) continue;
      const p = prepOf(doc, m);
      if (p === undefined || p === 'بحق' || p === 'من') return coordinated(doc, m, forwardEnd(doc, k, 12)).ids;
      j = m.last;
    }
    return [];
  }
  return [];
}
