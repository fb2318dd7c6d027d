/**
 * «حي التأميم»، «قرى تل واسط والزيارة وجورين»: a definite event noun that names a district or a
 * village, after the word for one or between two places in a list, is a place, no act.
 */
import { type Doc, inSentenceOf } from './context.js';

/** Words for a district, a village or a street, whose genitive is its name. */
const QUARTER = /^(و)?(ب|ل|في)?(حي|قريه|قري|بلده|بلدات|شارع|مخيم|ميدان|حاره|ضاحيه)$/;

const isPlace = (doc: Doc, k: number) => {
  const m = doc.mentionAt[k];
  return m !== undefined && (m.entity.type === 'LOC' || m.entity.type === 'GPE');
};

/** Whether the noun at i, with its article, is the name of a place. */
export function placeNameWord(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  const w = tokens[i]!.norm;
  if (!/^(و)?ال/.test(w)) return false;
  if (!/^و/.test(w) && inSentenceOf(doc, i - 1, i) && QUARTER.test(tokens[i - 1]!.norm)) return true;
  // «تل واسط والزيارة وجورين»: one more name in a list of places.
  return /^و/.test(w) && inSentenceOf(doc, i - 1, i) && inSentenceOf(doc, i + 1, i) && isPlace(doc, i - 1)
    && /^و/.test(tokens[i + 1]!.norm) && isPlace(doc, i + 1);
}
