/**
 * تعهّد, to pledge, is CONCEDE (AGREE with an agreement between parties: extract/type-by-context.ts).
 * Some of its forms tell no pledge a party makes:
 * - the verb with an object pronoun is تعهّد «to look after» or عهد «to know» (خاله الذي تعهده
 *   ورباه، إرهاب لم تعهده البشرية); a pledge takes ب or أن, never an object;
 * - the plural names commitments in general (التحلل من تعهدات وسياسات، أوفينا بكل ما علينا من
 *   تعهدات), unless a relative clause tells who made them (التعهدات التي قطعتها بغداد) or ب what
 *   they pledge (التعهدات باحترام الحريات);
 * - a written undertaking taken from someone (أخذ التعهد على المدان، تعهدا خطيا، نموذج التعهد) is
 *   a formality of an office, no act between parties.
 * And a pledge whose pledged act is itself an event (تعهدت بإخلاء مواقعها، وتعهدت بمفاوضات سريعة،
 * تعهد المسؤولون بتقديم الدعم) is told by that act alone: the gold gives the two words as one event.
 */
import type { FormReading } from '../lexicon.js';
import { type Doc, sentenceOf } from './context.js';
import { isBoundary, RELATIVES } from './lexicon-sets.js';
import type { Candidate } from './types.js';

/** The citation form of the lemma (lemma.label). */
export const PLEDGE = 'تعهّد';

/** Words around a written undertaking (أخذ التعهد، تعهدا خطيا، نموذج التعهد). */
const WRITTEN_BEFORE = /^(و)?(ب)?(ال)?(اخذ|ياخذ|تاخذ|نموذج|صيغه|توقيع|كتابه)$/;
const WRITTEN_AFTER = /^(ال)?(خطي|خطيا|خطيه|كتابي|كتابيا|كتابيه|اللازم|الشديد)$/;

/** Whether the pledge word at i, read as `reading`, tells no pledge by a party. */
export function pledgeNotAct(doc: Doc, i: number, reading: FormReading): boolean {
  const { tokens } = doc;
  if (reading.pos === 'verb' && reading.pronoun !== undefined) return true;
  const s = sentenceOf(doc, i);
  const word = (k: number) => (k >= 0 && k < tokens.length && sentenceOf(doc, k) === s ? tokens[k]!.norm : '');
  if (reading.pos !== 'verb' && (WRITTEN_BEFORE.test(word(i - 1)) || WRITTEN_AFTER.test(word(i + 1)))) return true;
  // Not the pledges of a party told with what they pledge (التعهدات باحترام الحريات).
  if (reading.pos !== 'verb' && reading.pronoun === undefined && /ات$/.test(tokens[i]!.norm)) {
    return !RELATIVES.has(word(i + 1)) && !RELATIVES.has(word(i + 2)) && !/^ب(ال)?..../.test(word(i + 1));
  }
  return false;
}

/** ب-words that stand aside before the pledged act (في بيان، بدوره، بعد ذلك). */
const ASIDE = /^(بيان|بيانه|بيانها|بيانهم|بدوره|بدورها|بعد|بين|بشكل|بصوره|بوضوح)$/;

/**
 * Whether the pledge `c` pledges an act the text tells as an event of its own: the first word
 * with ب after it (past its subject and an aside such as «في بيان»), in its clause and within
 * eight words, is a candidate of another lemma.
 */
export function pledgedActTold(doc: Doc, c: Candidate): boolean {
  const { tokens, candAt } = doc;
  for (let k = c.tok + 1; k < tokens.length && k - c.tok <= 8 && sentenceOf(doc, k) === sentenceOf(doc, c.tok); k++) {
    const t = tokens[k]!;
    if (isBoundary(t) && t.norm !== '«' && t.norm !== '"') return false;
    if (t.kind !== 'word' || !/^ب/.test(t.norm) || ASIDE.test(t.norm)) continue;
    const act = candAt.get(k);
    return act !== undefined && act.lemma.label !== PLEDGE;
  }
  return false;
}
