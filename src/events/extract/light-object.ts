/**
 * When a support verb does not have the event noun after it as its object: it already carries an
 * object pronoun (أكاذيب أطلقها معارضون للاتفاق: the pronoun is what was launched, not the
 * agreement), or أطلق is read as naming or release (يطلقون على أنفسهم اسم، أطلق سراح), not as
 * launching an operation (أطلقت القوات عملية عسكرية).
 */
import type { Doc } from './context.js';
import { DAY_WORDS, HEAD_NOUNS } from './lexicon-sets.js';
import { stripVerbAffixes } from './words.js';

const OBJECT_PRONOUN = /^(.{2,}?)(هما|هم|ها|ه)$/;

/** Whether the support verb at token k has an object of its own, so the noun after it is not its object. */
export function lightVerbHasOtherObject(doc: Doc, k: number): boolean {
  const { lex, tokens } = doc;
  const w = tokens[k]!.norm.replace(/^(و|ف)(?=...)/, '');
  const pron = OBJECT_PRONOUN.exec(w);
  // «وجه» is the verb itself, not «وج» with a pronoun: only a light stem left once the pronoun is off counts.
  if (pron && stripVerbAffixes(pron[1]!).some((x) => lex.lightActive.has(x))) return true;
  const launch = stripVerbAffixes(w).includes('اطلق');
  const next = tokens[k + 1]?.norm ?? '';
  return launch && /^(علي|عليه|عليها|عليهم|سراح)$/.test(next);
}

/**
 * «ورفضت X …، وشنت قوات الأمن عملية»: the support verb of candidate c names its own subject right
 * after it, a head noun of a force or group with no name (قوات الأمن، مسلحون), so the noun's act is
 * not the earlier verb's subject's.
 */
export function unnamedSubjectAfterLight(doc: Doc, verbAt: number, noun: number): boolean {
  const { tokens, bare, mentionAt, isCandidate } = doc;
  let k = verbAt + 1;
  while (k < noun && DAY_WORDS.has(bare[k]!)) k++;
  if (k >= noun || mentionAt[k] || isCandidate[k] || tokens[k]!.kind !== 'word') return false;
  return HEAD_NOUNS.has(bare[k]!) || HEAD_NOUNS.has(tokens[k]!.norm.replace(/^ال/, ''));
}
