/**
 * «قوات الاحتلال اقتحمت منزل الأسير فلاح …»: a verb in the feminine singular does not take a man
 * named after it as its subject. When its subject stands before it with no name, the first name
 * after it is its object; taking that name for the doer made the verb's victim its actor, and a
 * verb joined to it by و (وأطلقت النار عليه) inherited him too.
 */
import type { Doc } from './context.js';
import { partyAgreements, verbAgreement } from './continued-subject.js';
import { APPOSITION_HEADS, PERSON_TITLE, TITLES } from './lexicon-sets.js';
import type { Candidate, MentionRef } from './types.js';

/**
 * Whether m, found after verb c as its subject, is a man the feminine singular verb cannot
 * agree with. At least one word must stand between them (the object's head: منزل، بيت), and
 * none of them may be feminine or a title: «قالت المتحدثة باسم الوزارة X» has the title as
 * subject and the name in apposition, a woman may bear a title in the masculine (الدكتور), and
 * a name right after the verb may be a woman's with no title.
 */
export function manAfterFeminineVerb(doc: Doc, c: Candidate, m: MentionRef): boolean {
  if (m.entity.type !== 'PER' || m.first <= c.tok + 1) return false;
  const v = verbAgreement(doc, c);
  if (!v || v.g !== 'f' || v.n !== 'sg') return false;
  if (partyAgreements(doc, m.entity.id, m.first).some((a) => a.g === 'f')) return false;
  for (let k = c.tok + 1; k < m.first; k++) {
    const t = doc.tokens[k]!;
    const b = doc.bare[k]!;
    if (t.kind !== 'word' || /(ه|ات|تان|تين)$/.test(t.norm)) return false;
    if (PERSON_TITLE.test(t.norm) || TITLES.has(b) || TITLES.has(t.norm) || APPOSITION_HEADS.has(b) || APPOSITION_HEADS.has(t.norm)) return false;
  }
  return true;
}
