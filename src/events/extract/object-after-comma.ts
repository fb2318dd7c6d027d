/**
 * «وطالب عادل الجبير، إيران بوقف التدخل»، «اتهم ألبرت ديل روساريو وزير خارجية الفلبين، الصين
 * بممارسة …»: news style often sets a comma between a verb's named subject (with its title phrase)
 * and its object. The clause window stops at that comma, so the object went unread. The party right
 * after the comma is the object when nothing but the subject's title phrase stands between the
 * subject and the comma, and the party is not itself set off as an apposition (X، Y، …).
 */
import { type Doc, isAdjective, sentenceOf } from './context.js';
import { APPOSITION_HEADS, DAY_WORDS, HEAD_NOUNS, PERSON_TITLE, TITLES } from './lexicon-sets.js';
import { isLocative, prepOf } from './mentions.js';
import type { MentionRef } from './types.js';

const isComma = (w: string) => w === '،' || w === ',';

/** A word of the subject's title phrase or a time word (وزير خارجية، أمس). */
function titleOrTime(doc: Doc, k: number): boolean {
  const b = doc.bare[k]!;
  const w = doc.tokens[k]!.norm;
  return PERSON_TITLE.test(w) || TITLES.has(b) || TITLES.has(w) || HEAD_NOUNS.has(b) || APPOSITION_HEADS.has(b) || DAY_WORDS.has(w) || DAY_WORDS.has(b);
}

/**
 * The object named right after the comma at `comma` that closes the clause of a subject ending at
 * token subjectLast (ids: the subject's parties).
 */
export function objectAfterComma(doc: Doc, subjectLast: number, comma: number, ids: readonly string[]): MentionRef | undefined {
  const { tokens, mentionAt, isCandidate } = doc;
  const t = tokens[comma];
  if (!t || !isComma(t.norm) || sentenceOf(doc, comma) !== sentenceOf(doc, subjectLast)) return undefined;
  for (let k = subjectLast + 1; k < comma; k++) {
    if (isCandidate[k] || !(mentionAt[k] || titleOrTime(doc, k))) return undefined;
  }
  const m = mentionAt[comma + 1];
  if (!m || m.first !== comma + 1 || isAdjective(m) || ids.includes(m.entity.id)) return undefined;
  if (prepOf(doc, m) !== undefined || isLocative(doc, m) || sentenceOf(doc, m.first) !== sentenceOf(doc, comma)) return undefined;
  // «واستقبل الأمير، السفير X، …»: a name set off by commas is an apposition, not the object.
  const next = tokens[m.last + 1];
  return next && next.kind === 'word' && !isCandidate[m.last + 1] ? m : undefined;
}
