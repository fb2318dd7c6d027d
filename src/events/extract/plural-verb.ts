/**
 * A verb before its subject is singular in Arabic: a verb with the plural ending (يطالبون،
 * طالبوا، يناشدون، اتهموا) carries its subject in that ending, so the name right after it is its
 * object (خرج آلاف المتظاهرين يطالبون الحكومة الأردنية بالإصلاح، بعث ناشطون برسالة يناشدون فيها
 * الأمم المتحدة التدخل), never its subject.
 */
import { type Doc, isAdjective, sentenceOf } from './context.js';
import { isBoundary, SUBORDINATORS } from './lexicon-sets.js';
import type { Candidate, MentionRef } from './types.js';

/** «أعدموا على أيدي متشددي داعش»، «اعتقلوا من قبل الشرطة»: an agent phrase after the verb makes it an unvocalised passive. */
const AGENT_PHRASE = /^(علي|من) (يد|ايدي|يدي|قبل)$/;

/**
 * Whether the verb candidate c carries the plural subject ending (ون، وا; و before a pronoun):
 * the form without it is a form of the same verb (يطالبون → يطالب، طالبوه → طالب), so a stem that
 * ends in و and ن itself (تتعاون، يكون) is not taken for one. A passive with its agent after it is left alone.
 */
export function pluralSubjectEnding(doc: Doc, c: Candidate): boolean {
  if (c.reading.pos !== 'verb') return false;
  const { lex, tokens } = doc;
  for (let k = c.tok + 1; k + 1 < tokens.length && k - c.tok <= 3; k++) {
    if (AGENT_PHRASE.test(`${tokens[k]!.norm} ${tokens[k + 1]!.norm}`)) return false;
  }
  let w = tokens[c.tok]!.norm;
  const p = c.reading.pronoun;
  if (p !== undefined && w.endsWith(p)) w = w.slice(0, -p.length);
  const singular = /(ون|وا)$/.test(w) ? w.slice(0, -2) : p !== undefined && /و$/.test(w) ? w.slice(0, -1) : undefined;
  if (singular === undefined || singular.length < 3) return false;
  return (lex.forms.get(singular) ?? []).some((r) => r.lemma === c.reading.lemma && r.pos === 'verb');
}

/**
 * The object right after a plural verb: the first party within three words, with no clause
 * opening between them (قتلوا حينما سقطت مقاتلة سورية); a nisba only right after the verb
 * (أحرقوا فلسطينيين).
 */
export function objectAfterPluralVerb(doc: Doc, i: number, after: readonly MentionRef[]): MentionRef | undefined {
  const { tokens, isCandidate } = doc;
  const m = after[0];
  if (!m || m.first - i > 3 || sentenceOf(doc, m.first) !== sentenceOf(doc, i)) return undefined;
  if (isAdjective(m) && m.first !== i + 1) return undefined;
  for (let k = i + 1; k < m.first; k++) {
    if (isBoundary(tokens[k]!) || isCandidate[k] || SUBORDINATORS.has(tokens[k]!.norm) || /^(و)?(حين|حينما|عندما|بعد|قبل)$/.test(tokens[k]!.norm)) return undefined;
  }
  return m;
}
