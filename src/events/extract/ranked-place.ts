/**
 * «احتلت الصين المركز الثالث»، «احتل الموضوع المرتبة الأولى»، «المركز الثاني الذي احتله الفريق»،
 * «تحتل المنطقة مكانة بارزة»: احتل with a rank or a standing for its object is «ranks, holds»,
 * nobody seizes anything. The rank follows the verb past its subject (up to five words, in its
 * clause), or heads the relative clause whose verb carries its pronoun. A site or a place
 * (موقعا، مكانا) counts only with a word of standing after it: «احتلت القوات موقعا عسكريا» is a
 * seizure.
 */
import { type Doc, inSentenceOf } from './context.js';
import { isBoundary, RELATIVES } from './lexicon-sets.js';

/** Ranks and standings, bare: held, never taken by force. */
const RANK = /^(مركز|مراكز|مرتبه|مراتب|ترتيب|صداره|مقدمه|مكانه|حيز|حيزا|جزءا|نصيب|نصيبا)$/;
/** A site or a place, which is a rank only with a word of standing after it. */
const PLACE = /^(موقع|موقعا|مكان|مكانا)$/;
const STANDING = /^(بارز|بارزا|مهم|مهما|هام|هاما|متقدم|متقدما|اساسي|اساسيا|مرموق|مرموقا|رفيع|رفيعا|مميز|مميزا|متميز|متميزا|كبير|كبيرا|محوري|محوريا|خاص|خاصا)$/;

function rankAt(doc: Doc, k: number): boolean {
  const { tokens, bare } = doc;
  const w = bare[k]!;
  if (RANK.test(w)) return true;
  return PLACE.test(w) && inSentenceOf(doc, k + 1, k) && STANDING.test(tokens[k + 1]!.norm);
}

/** Whether the word of occupying at i holds a rank or a standing. */
export function rankedPlace(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  for (let k = i + 1; k <= i + 5 && inSentenceOf(doc, k, i); k++) {
    if (isBoundary(tokens[k]!)) break;
    if (rankAt(doc, k)) return true;
  }
  // «المركز الثاني الذي احتله»: the rank heads the relative clause.
  if (/(ه|ها|هم)$/.test(tokens[i]!.norm) && inSentenceOf(doc, i - 1, i) && RELATIVES.has(tokens[i - 1]!.norm)) {
    for (let k = i - 2; k >= i - 4 && inSentenceOf(doc, k, i); k--) {
      if (rankAt(doc, k)) return true;
    }
  }
  return false;
}
