/**
 * The parties after «بين» of a mutual act when a title or a plain noun stands before the name:
 * «اتصال هاتفي بين الرئيسين الفرنسي X والإيراني Y»، «الاتفاق المبرم بين قطاع النفط المصري وشركة
 * Z»، «محادثات بين وزراء الخليج ووزير الخارجية الأمريكي X»، «بين وزيري الخارجية X، والمصري Y».
 * The guideline makes the first the actor and the second the recipient (as «اشتبك X مع Y»), and a
 * title phrase in apposition the person.
 */
import { type Doc, isAdjective, sentenceOf } from './context.js';
import { isBoundary, PLACE_NOUNS } from './lexicon-sets.js';
import type { MentionRef } from './types.js';

/** Words that open a place or a time, not a party (ووسط، وشمال، ومنذ). */
const NOT_PARTY = /^(و)?(وسط|شمال|جنوب|شرق|غرب|منذ|خلال|في|من|عن|الي|علي|حول|بشان|قبل|بعد|عام|العام|يوم|اليوم|امس|الجانبين|الطرفين|البلدين)$/;

/**
 * The party named from token j (after بين, or with `conj` after و, a comma allowed before it):
 * past up to three title words or plain nouns, a person named after a nisba (الرئيس الفرنسي X),
 * else the name, else the nisba alone (قطاع النفط المصري).
 */
export function titledPartyFrom(doc: Doc, j: number, conj: boolean): MentionRef | undefined {
  const { tokens, bare, mentionAt, isCandidate } = doc;
  let k = j;
  // An adjective of the first party's name before the و (دول الخليج العربية ووزير …).
  while (conj && k - j < 2 && tokens[k]?.kind === 'word' && /^ال/.test(tokens[k]!.norm) && !mentionAt[k] && !isCandidate[k]) k++;
  if (conj && (tokens[k]?.norm === '،' || tokens[k]?.norm === ',')) k++;
  const first = tokens[k];
  if (!first || first.kind !== 'word' || (conj && !/^و/.test(first.norm)) || sentenceOf(doc, k) !== sentenceOf(doc, j - 1)) return undefined;
  const start = k;
  let plain = 0;
  let nisba: MentionRef | undefined;
  for (; k < tokens.length && sentenceOf(doc, k) === sentenceOf(doc, j); k++) {
    const t = tokens[k]!;
    // Only the first word carries the و of the second party.
    if (k > start && /^و/.test(t.norm) && bare[k] !== t.norm) break;
    const m = mentionAt[k];
    if (m && m.first === k) {
      // After a nisba only the person it titles (الرئيس التركي X), not a party coordinated.
      if (nisba) return !isAdjective(m) && m.entity.type === 'PER' ? m : nisba;
      if (!isAdjective(m)) return m;
      nisba = m;
      k = m.last;
      continue;
    }
    if (nisba || m || t.kind !== 'word' || isBoundary(t) || isCandidate[k] || NOT_PARTY.test(t.norm) || PLACE_NOUNS.has(bare[k]!) || ++plain > 3) break;
    // A noun with a possessive is an unnamed party of its own (بين ممثليها صلب حكومة X).
    if (/(ها|هم|هما)$/.test(t.norm) && t.norm.length > 4) break;
  }
  return nisba;
}
