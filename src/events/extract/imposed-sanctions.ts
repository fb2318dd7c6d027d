/**
 * «يقضي الاتفاق برفع العقوبات المفروضة على إيران»، «رفع العقوبات التي يفرضها الاتحاد»: sanctions
 * told as imposed by someone are an act of sanctioning of their own, though they are the
 * complement of the word that lifts or eases them (which alone, «رفع العقوبات», names no imposing).
 */
import { type Doc, sentenceOf } from './context.js';
import { isBoundary } from './lexicon-sets.js';
import type { Candidate } from './types.js';

/** A participle or an imperfect of imposing (المفروضة، التي يفرضها) within four words after a SANCTION noun. */
export function imposedSanctions(doc: Doc, c: Candidate): boolean {
  const { tokens } = doc;
  if (c.type !== 'SANCTION' || c.reading.pos !== 'noun') return false;
  for (let k = c.tok + 1; k < tokens.length && k - c.tok <= 4 && sentenceOf(doc, k) === sentenceOf(doc, c.tok); k++) {
    const t = tokens[k]!;
    if (isBoundary(t)) return false;
    if (/^(ال)?مفروض(ه|ات)?$|^(ي|ت)فرض(ها|ه|هم)?$/.test(t.norm)) return true;
  }
  return false;
}
