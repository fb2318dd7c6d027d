/**
 * «التقى الرئيس التركي X رئيسَ الوزراء العراقي Y»، «استقبل وزير الخارجية X نظيره الفرنسي Y»: with no
 * comma between them, a title phrase right after a named subject reads like an apposition
 * (الرئيس X رئيس حزب …), and the object search skips it. When the subject is already a complete
 * named person — a title before the name — and the second title phrase ends in another person's
 * name, that phrase is the meeting's object, not a second title of the subject.
 * Kept narrow: meetings only (CONSULT); the title opens right after the subject's name; the phrase
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

/** Whether the named subject subj has a title (and perhaps its nisba) right before its name. */
function titledName(doc: Doc, subj: MentionRef): boolean {
  const k = subj.first - 1;
  if (k < 0) return false;
  const mk = doc.mentionAt[k];
  if (mk && isAdjective(mk)) return mk.first > 0 && titleWord(doc, mk.first - 1);
  return !mk && titleWord(doc, k);
}

/** Whether m, after the named subject subj (its coordination ending at coLast), is the object of a meeting rather than an apposition. */
export function titledObjectOfMeeting(doc: Doc, type: string, subj: MentionRef, coLast: number, m: MentionRef): boolean {
  if (type !== 'CONSULT' || subj.entity.type !== 'PER' || m.entity.type !== 'PER' || isAdjective(m)) return false;
  if (subj.last !== coLast || m.first <= coLast + 1 || !titledName(doc, subj)) return false;
  if (doc.mentionAt[coLast + 1] || !titleWord(doc, coLast + 1)) return false;
  return doc.tokens[m.first]!.sentence === doc.tokens[coLast]!.sentence;
}
