/**
 * The noun after a prepositional cue (وفقا لـ، حسب، وفق، طبقا لـ) names a source when its head,
 * once the dual or the sound plural is taken off, is a source head of the lexicon (ووفقا
 * للمصدرين، وفق مستشارين، حسب المسؤولين), or when a demonstrative stands before such a head
 * (طبقا لتلك التقارير، وفقا لهذه المصادر). The lexicon lists heads mostly in the singular
 * or a few plural forms; the endings ين/ان/ون are grammar, not a different word.
 */
import type { Detection } from './context.js';
import { norm } from './lookups.js';
import { bare, inSet } from './word-sets.js';

/** The noun without a conjunction, the ل of the cue glued to it, or the article (للمصدرين → مصدرين). */
function headWord(w: string): string {
  let v = bare(w);
  if (v.startsWith('لل')) v = v.slice(2);
  else if (v.startsWith('ل') && !v.startsWith('ال') && v.length > 3) v = v.slice(1);
  return v.startsWith('ال') && v.length > 4 ? v.slice(2) : v;
}

/** The singular and the stem of a dual or a sound plural (مصدرين → مصدر، مستشارون → مستشار). */
function stems(h: string): string[] {
  const out = [h];
  const m = /^(.{3,})(ين|ان|ون)$/.exec(h);
  if (m) out.push(m[1] as string);
  return out;
}

/** Whether the noun phrase [a, b) after a prepositional cue is headed by an inflected source head. */
export function inflectedSourceHead(cx: Detection, a: number, b: number): boolean {
  let k = a;
  if (cx.lex.demonstratives.has(headWord(norm(cx, k)))) k++;
  if (k >= b) return false;
  return stems(headWord(norm(cx, k))).some((s) => inSet(cx.lex.anonymousHeads, s) || inSet(cx.lex.roles, s) || inSet(cx.lex.roles, `ال${s}`)
    || inSet(cx.lex.outletNouns, s) || cx.lex.carrierNouns.has(s) || cx.lex.statementNouns.has(s));
}
