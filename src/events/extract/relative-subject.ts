/**
 * «كثفت طائرات التحالف الذي تقوده المملكة غاراتها»، «صعّد الجيش الذي يقوده حفتر هجماته»: the
 * subject of a relative clause that closes right before a possessed noun is no owner of that noun —
 * the clause only describes its antecedent, and the noun belongs to the main clause, whose party
 * stands before the relative pronoun. The possessive's antecedent is then sought before the clause.
 */
import { type Doc, sentenceOf } from './context.js';
import { RELATIVE_PRONOUNS } from './lexicon-sets.js';
import type { MentionRef } from './types.js';

/**
 * Whether mention m is the subject of a relative clause (relative pronoun, its verb, then m) that
 * ends right before token i, with no word between them.
 */
export function relativeSubjectBefore(doc: Doc, m: MentionRef, i: number): boolean {
  const { tokens } = doc;
  if (m.last !== i - 1 || m.first < 2) return false;
  const verb = tokens[m.first - 1]!;
  const rel = tokens[m.first - 2]!;
  if (sentenceOf(doc, m.first - 2) !== sentenceOf(doc, i)) return false;
  // The verb of the clause is a bare word, no party and no event of its own (تقوده، يتزعمها).
  return verb.kind === 'word' && doc.mentionAt[m.first - 1] === undefined && RELATIVE_PRONOUNS.has(rel.norm);
}
