/**
 * «قصف التحالف الذي تقوده السعودية مواقع للحوثيين»: a relative clause right after a verb's subject
 * has its own subject (السعودية leads the coalition); that party is neither the object of the main
 * verb nor its doer. A mention counts as the relative clause's subject when only the subject's
 * adjectives, the relative pronoun and one verb stand between the subject and it.
 */
import { type Doc, isAdjective } from './context.js';
import { RELATIVE_PRONOUNS } from './lexicon-sets.js';

/** Whether the mention starting at token at is the subject of a relative clause opening after token from (the subject's last token + 1). */
export function subjectOfRelativeAfter(doc: Doc, from: number, at: number): boolean {
  const { tokens, mentionAt } = doc;
  let k = from;
  // The subject's own adjectives (التحالف العربي الذي، القوات الحكومية التي).
  for (let n = 0; n < 2 && k < at; n++) {
    const m = mentionAt[k];
    if (m && m.first === k && isAdjective(m)) k = m.last + 1;
    else if (!m && tokens[k]!.kind === 'word' && /^ال/.test(tokens[k]!.norm) && !RELATIVE_PRONOUNS.has(tokens[k]!.norm)) k++;
    else break;
  }
  if (k >= at || !RELATIVE_PRONOUNS.has(tokens[k]!.norm)) return false;
  // The relative clause's verb (تقوده، يقودها، تدعمه), with no name of its own.
  const v = k + 1;
  return v + 1 === at && tokens[v]!.kind === 'word' && !mentionAt[v] && !/^(ال|في|من|علي|الي|عن|مع)/.test(tokens[v]!.norm);
}
