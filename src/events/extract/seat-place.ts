/**
 * «استقبل الملك في قصر العوجا بالدرعية، اليوم، الرئيس …»، «التقى بحاح في مقر الحكومة المؤقت
 * بالرياض، وزير الدولة …»: a place glued to ب that closes a phrase of place opened by في (the
 * palace, office or seat where one receives or meets) is where the act happens, never the party
 * met with «التقى ب…» or received. Without this, the recipient search by the lemma's ب took the
 * city for the guest whenever the guest was named past a comma. Read for meetings only
 * (extract/arguments.ts): the seat phrase is the formula of receptions and talks.
 */
import { type Doc, sentenceOf } from './context.js';
import { isBoundary } from './lexicon-sets.js';
import type { MentionRef } from './types.js';

const PLACE_TYPES = new Set(['GPE', 'LOC']);

/** Whether m, marked by ب, ends a phrase of place that في opens a few words before it. */
export function placeClosingSeatPhrase(doc: Doc, m: MentionRef): boolean {
  const { tokens, isCandidate } = doc;
  if (!PLACE_TYPES.has(m.entity.type) || !/^(و)?ب/.test(tokens[m.first]!.norm)) return false;
  for (let k = m.first - 1; k >= 0 && m.first - k <= 6 && sentenceOf(doc, k) === sentenceOf(doc, m.first); k--) {
    const t = tokens[k]!;
    if (isBoundary(t) || isCandidate[k]) return false;
    if (t.norm === 'في') return k < m.first - 1;
  }
  return false;
}
