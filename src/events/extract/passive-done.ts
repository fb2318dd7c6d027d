/**
 * «وقعت السعودية ومالطا اتفاقية … كما تم الاتفاق على توصية …»: a definite event noun right
 * after a passive auxiliary (تم، جرى، يتم) is the act itself told in the passive, not the taking
 * up of an agreement named before: «تم الاتفاق» is «they agreed». Kept to agreements: for other
 * acts (لماذا لا يتم التنسيق مع الجهات) the passive is as often a generic question or wish.
 */
import type { Doc } from './context.js';

/** Whether the noun at token i stands right after a passive auxiliary (optionally with و، ف، كما). */
export function passiveDone(doc: Doc, i: number): boolean {
  if (i === 0) return false;
  const w = doc.tokens[i - 1]!.norm;
  return doc.lex.passiveAux.has(w) || doc.lex.passiveAux.has(w.replace(/^(و|ف)/, ''));
}
