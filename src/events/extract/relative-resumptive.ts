/**
 * A transitive verb in a relative clause whose antecedent is its object carries a pronoun back to
 * it (الغارات التي شنها الطيران، المساعدات التي قدمتها المملكة، الاتفاق الذي توصلت إليه أوروبا,
 * العملية التي قام بها الجيش). Without that pronoun the antecedent is the verb's subject, and the
 * party named after the verb is its object (الهجوم الذي استهدف السفارة الأردنية، التفجير الذي طال
 * مقر الأمم المتحدة): the target, never the doer. Read only for a verb of the noun's own kind, the
 * one act told twice (a verb of another kind may take its pronoun on a later word: الهدنة التي قرر
 * التحالف إرساءها).
 */
import { lookupForm } from '../lexicon.js';
import type { Doc } from './context.js';
import { PREP_PRONOUN } from './lexicon-sets.js';
import { stripVerbAffixes } from './words.js';

const OBJECT_PRONOUN = /^(.+?)(هما|هم|ها|ه)$/;

/** Whether the verb at token v points back to the antecedent of its relative clause with a pronoun on it or on the preposition after it. */
export function resumesAntecedent(doc: Doc, v: number): boolean {
  const { lex, tokens } = doc;
  const w = tokens[v]!.norm;
  if (v + 1 < tokens.length && PREP_PRONOUN.test(tokens[v + 1]!.norm)) return true;
  const readings = lookupForm(lex, w).filter((r) => r.pos === 'verb');
  if (readings.some((r) => r.pronoun !== undefined)) return true;
  // A verb the lexicon knows without a pronoun is read as the lexicon reads it (استهدف، طال).
  if (readings.length > 0) return false;
  // Support verbs the lexicon does not list as events (نفذه، أجراها، تشنها).
  const pron = OBJECT_PRONOUN.exec(w);
  return pron !== null && stripVerbAffixes(pron[1]!).some((x) => lex.lightActive.has(x));
}
