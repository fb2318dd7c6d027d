/**
 * «هاجمت امرأتان مسلحتان أمس القنصلية»، «اقتحم مسلحون مجهولون اليوم مقر البلدية»: after a verb,
 * an indefinite noun that opens the clause is its subject; when that phrase is complete before
 * the first name, the name is the object. Two signs make it complete: the noun is a dual or a
 * sound masculine plural that keeps its ن (امرأتان، مسلحون), which never stand first in a
 * genitive; or a time word (أمس، اليوم) closes the phrase, which no genitive lets in between.
 * Without this, the name after the verb was taken for the doer of the act done to it.
 */
import type { Doc } from './context.js';
import { DAY_WORDS, HEAD_NOUNS, isBoundary, TITLES } from './lexicon-sets.js';
import type { MentionRef } from './types.js';

/** A feminine dual in تان or a sound masculine plural in ون, as written without the article (امرأتان، مسلحون). */
const COMPLETE_NOUN = /^[^و]..+(تان|ون)$/;

/** Whether the words between verb v and mention m are a complete unnamed subject. */
export function completeSubjectBefore(doc: Doc, v: number, m: MentionRef): boolean {
  const { tokens, bare, mentionAt, isCandidate } = doc;
  const first = v + 1;
  if (m.first <= first || m.first - v > 6) return false;
  const t = tokens[first]!;
  // An indefinite noun right after the verb, no name, title or event word.
  if (t.kind !== 'word' || mentionAt[first] || isCandidate[first] || /^(ال|لل|و|ف|ب|ل)/.test(t.norm)) return false;
  if (TITLES.has(bare[first]!) || HEAD_NOUNS.has(bare[first]!)) return false;
  let plain = 0;
  for (let k = first; k < m.first; k++) {
    const w = tokens[k]!;
    if (isBoundary(w) || mentionAt[k] || isCandidate[k]) return false;
    if (DAY_WORDS.has(w.norm) || DAY_WORDS.has(bare[k]!)) return plain > 0;
    plain++;
  }
  return COMPLETE_NOUN.test(t.norm);
}
