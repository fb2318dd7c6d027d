/**
 * «وجهت النيابة العامة تهمة التخابر للناشط X»، «وجه القضاء إلى X تهمة الشروع بالقتل»، «ووجهت إليه
 * تهمة القتل»: a charge laid with وجّه is an accusation whose recipient is the accused, marked with
 * لـ or إلى before or after the charge. The noun counts past the subject and the accused between the
 * verb and it (a name, a title, a short bracketed age), not only right after the verb.
 * Only the bare noun: «بتهمة …» names the ground of an arrest, no charge laid.
 */
import { type Doc, forwardEnd, isAdjective, sentenceOf } from './context.js';
import { isBoundary } from './lexicon-sets.js';
import { antecedent, coordinated } from './mentions.js';

const LAYING = /^(و|ف)?(وجه|وجهت|وجهوا|يوجه|توجه|ستوجه|سيوجه|توجيه|بتوجيه|وجهها|وجهته)$/;
const CHARGE = /^(و)?(ال)?(تهمه|تهم|اتهام|اتهامات)$/;
const TO = /^(الي|لل?\S+)$/;
const TO_PRONOUN = /^(له|اليه)$/;

/** The token of the وجّه that lays the charge noun at i, or -1. */
export function chargeLayingVerb(doc: Doc, i: number): number {
  const { tokens, isCandidate } = doc;
  if (!CHARGE.test(tokens[i]!.norm)) return -1;
  let inBrackets = false;
  for (let k = i - 1; k >= 0 && i - k <= 10 && sentenceOf(doc, k) === sentenceOf(doc, i); k--) {
    const w = tokens[k]!.norm;
    if (w === ')') inBrackets = true;
    else if (w === '(') inBrackets = false;
    else if (inBrackets) continue;
    else if (LAYING.test(w)) return k;
    else if (isBoundary(tokens[k]!) || isCandidate[k]) return -1;
  }
  return -1;
}

/** The accused of the charge laid by the verb at v with the noun at i: after لـ / إلى, or «له»، «إليه» for a person. */
export function chargedParty(doc: Doc, v: number, i: number): string[] {
  const { tokens, mentionAt, isCandidate } = doc;
  const end = forwardEnd(doc, i, 14);
  for (let k = v + 1; k < end; k++) {
    if (k !== i && isCandidate[k]) break;
    const w = tokens[k]!.norm;
    if (TO_PRONOUN.test(w)) {
      const ref = antecedent(doc, v, 'ه', []);
      return ref && ref.entity.type === 'PER' ? [ref.entity.id] : [];
    }
    if (!TO.test(w)) continue;
    // The party glued to لـ, or named within a few words after it (للناشط X، لطبيب الأسنان "X"). After لـ
    // only a person or a group: a state there is mostly in the charge itself (الترويج لبيونغ يانغ).
    for (let j = k; j < end && j - k <= 4; j++) {
      const m = mentionAt[j];
      if (m && m.first === j && !isAdjective(m)) {
        if (w !== 'الي' && m.entity.type === 'GPE') break;
        return coordinated(doc, m, end).ids;
      }
      if (j > k && isBoundary(tokens[j]!) && !/^[«»"“”]$/.test(tokens[j]!.norm)) break;
    }
  }
  return [];
}
