/**
 * «الاتفاق النووي الذي أبرمته إيران»، «الصفقة التي أعلنها»، «الاتفاق الذي وقعه الرئيس»: an agreement
 * noun whose relative clause opens with a verb of making it tells one act, and the gold puts its
 * trigger on the verb (as on the participle of «الاتفاق الموقع بين …»). The verb takes the event;
 * the noun's parties fill what the verb lacks.
 */
import { type Doc, sentenceOf } from './context.js';
import { isBoundary, RELATIVES } from './lexicon-sets.js';
import type { Candidate } from './types.js';

/** Whether the AGREE verb c opens a relative clause on the AGREE noun kept just before it (at most three words between). */
export function signedInClause(doc: Doc, c: Candidate, noun: Candidate | undefined): boolean {
  const { tokens } = doc;
  if (!noun || c.type !== 'AGREE' || c.reading.pos !== 'verb' || /^(و|ف)/.test(c.reading.proclitics)) return false;
  if (noun.type !== 'AGREE' || noun.reading.pos !== 'noun' || c.tok <= noun.tok + 1 || c.tok - noun.tok > 5) return false;
  if (sentenceOf(doc, noun.tok) !== sentenceOf(doc, c.tok) || !RELATIVES.has(tokens[c.tok - 1]!.norm)) return false;
  return !tokens.slice(noun.tok + 1, c.tok - 1).some((t) => t.kind !== 'word' || isBoundary(t));
}
