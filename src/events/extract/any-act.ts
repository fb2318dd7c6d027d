/**
 * «أي» before a noun makes it any act of its kind, none in particular: «في أي غارة أو هجوم»،
 * «التصدي لأي محاولة اعتداء»، «لأي مظاهرات أو احتجاجات». The filters drop the noun right after
 * «أي»; this finds the further nouns of the same phrase: those joined to it by «أو» or «و», and
 * the act an attempt names (أي محاولة اعتداء). Kept to attacks and protests, whose generic
 * mention in warnings and threats is common.
 */
import { type Doc, sentenceOf } from './context.js';
import { isBoundary } from './lexicon-sets.js';
import type { Candidate } from './types.js';

const ANY = /^(و|ف)?(ل|ب|من|في)?اي$/;
/** Words that may stand between «أي» and the noun: an attempt, a form, a kind; «أو» and «و» joining nouns. */
const BETWEEN = /^(او|و|محاوله|محاولات|شكل|نوع|اشكال|انواع)$/;

/** Whether the noun of candidate c belongs to a phrase opened by «أي» (but is not right after it). */
export function anyAct(doc: Doc, c: Candidate): boolean {
  if ((c.type !== 'ASSAULT' && c.type !== 'PROTEST') || c.reading.pos === 'verb') return false;
  const { tokens, candAt } = doc;
  for (let k = c.tok - 1; k >= 0 && c.tok - k <= 4 && sentenceOf(doc, k) === sentenceOf(doc, c.tok); k--) {
    const t = tokens[k]!;
    if (isBoundary(t)) return false;
    if (ANY.test(t.norm)) return k < c.tok - 1;
    // Another noun of the same kind (غارة أو هجوم) or a word that joins or frames it.
    const other = candAt.get(k);
    const sameKind = other !== undefined && other.type === c.type && other.reading.pos !== 'verb';
    if (!sameKind && !BETWEEN.test(t.norm) && !BETWEEN.test(t.norm.replace(/^و(?=..)/, ''))) return false;
  }
  return false;
}
