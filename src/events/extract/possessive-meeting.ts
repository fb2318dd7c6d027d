/**
 * «خلال لقائه رئيس الوزراء الإثيوبي هايلي ماريام ديسالين»، «لدى استقباله نظيره الأمريكي جون كيري»:
 * a meeting noun with a possessive pronoun (its host or visitor) takes the one met as a direct
 * object, often after a title phrase. The object search after such a noun looked only at the next
 * word or two, and a meeting noun's object did not count as its recipient. The titled person that
 * the phrase ends in is the one met (not the state or body of the title: أمير الكويت).
 */
import { type Doc, isAdjective } from './context.js';
import { APPOSITION_HEADS, HEAD_NOUNS, PERSON_TITLE, QUOTE_OPEN, TITLES } from './lexicon-sets.js';
import { appositivePerson, prepOf } from './mentions.js';
import type { MentionRef } from './types.js';

function titleWord(doc: Doc, k: number): boolean {
  const b = doc.bare[k]!;
  const w = doc.tokens[k]!.norm;
  return PERSON_TITLE.test(w) || TITLES.has(b) || TITLES.has(w) || APPOSITION_HEADS.has(b) || HEAD_NOUNS.has(b);
}

/** The party named at the end of a title phrase that opens right after the noun at i (before end). */
export function titledObjectAfterNoun(doc: Doc, i: number, end: number): MentionRef | undefined {
  const { tokens, mentionAt } = doc;
  if (i + 1 >= end || mentionAt[i + 1] || !titleWord(doc, i + 1)) return undefined;
  for (let k = i + 2; k < end && k - i <= 8; k++) {
    const m = mentionAt[k];
    if (m) {
      if (isAdjective(m)) {
        k = m.last;
        continue;
      }
      if (m.first !== k || prepOf(doc, m) !== undefined) return undefined;
      // «لقائه أمير الكويت آنذاك، الشيخ …»: only a named person, not the state of the title.
      const person = appositivePerson(doc, m);
      return person.entity.type === 'PER' ? person : undefined;
    }
    if (titleWord(doc, k) || QUOTE_OPEN.has(tokens[k]!.norm)) continue;
    return undefined;
  }
  return undefined;
}
