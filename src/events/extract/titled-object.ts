/**
 * «التقى الرئيس التركي X رئيسَ الوزراء العراقي Y»، «استقبل وزير الخارجية X نظيره الفرنسي Y»، «واتهم
 * أبو مازن وزير الخارجية الأمريكي جون كيري بالتقصير»، «دعا آية الله علي السيستاني رئيس الوزراء حيدر
 * العبادي»: with no comma between them, a title phrase right after a named subject reads like an
 * apposition (الرئيس X رئيس حزب …), and the object search skips it. But a title phrase that ends in
 * the name of another person is that person's title: the person is the object of the verb (a meeting,
 * a call, an accusation…), not a second title of the subject.
 * Kept narrow: a named person as subject; the title opens right after the subject's name; the phrase
 * holds only titles and nisbas; the name at its end is a person. «الشيخ تميم أمير دولة قطر» (a
 * state at the end) stays an apposition.
 */
import { type Doc, isAdjective } from './context.js';
import { APPOSITION_HEADS, HEAD_NOUNS, PERSON_TITLE, TITLES } from './lexicon-sets.js';
import type { MentionRef } from './types.js';

function titleWord(doc: Doc, k: number): boolean {
  const b = doc.bare[k]!;
  const w = doc.tokens[k]!.norm;
  return PERSON_TITLE.test(w) || TITLES.has(b) || TITLES.has(w) || APPOSITION_HEADS.has(b) || HEAD_NOUNS.has(b);
}

/** Whether m, after the named subject subj (its coordination ending at coLast), is the titled object of the verb rather than an apposition. */
export function titledObject(doc: Doc, subj: MentionRef, coLast: number, m: MentionRef): boolean {
  if (subj.entity.type !== 'PER' || m.entity.type !== 'PER' || isAdjective(m) || isAdjective(subj)) return false;
  if (subj.last !== coLast || m.first <= coLast + 1) return false;
  if (doc.mentionAt[coLast + 1] || !titleWord(doc, coLast + 1)) return false;
  return doc.tokens[m.first]!.sentence === doc.tokens[coLast]!.sentence;
}
