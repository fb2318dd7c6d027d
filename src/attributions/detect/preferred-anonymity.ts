/**
 * A source choosing not to be named (مسؤول فضّل عدم الكشف عن اسمه، المصدر، فضل عدم ذكر
 * اسمه، …): the gold reads the choice as a refusal (as رفض الكشف عن اسمه), an attribution of
 * its own with stance none — cue up to the verbal noun, content from عن (or the identity
 * word) on — while asking not to be named (طلب، اشترط) stays an act (anonymity-request.ts).
 */
import type { Span } from '../../core/types.js';
import type { Detection } from './context.js';
import { bareAt, norm, span } from './lookups.js';

/** فضّل in the past, with the conjunction read off by bareAt (وفضل). */
const CHOSE = /^(فضل|فضلت|فضلوا|فضلا|فضلتا)$/;

/**
 * The choice not to be named at k: the cue (فضل عدم الكشف), the name withheld (عن اسمه) and
 * the index of the identity word; undefined when the word at k is no such choice.
 */
export function choseNotToBeNamedAt(cx: Detection, k: number): { cue: Span; content: Span; last: number } | undefined {
  if (!CHOSE.test(norm(cx, k)) && !CHOSE.test(bareAt(cx, k))) return undefined;
  if (norm(cx, k + 1) !== 'عدم') return undefined;
  // فضل عدم ذكر اسمه، فضل عدم الكشف عن هويته: the verbal noun, maybe عن, then the identity word.
  for (let q = k + 3; q <= k + 4 && q < cx.tokenCount; q++) {
    if (!cx.lex.identityWords.has(norm(cx, q))) continue;
    const ce = norm(cx, q - 1) === 'عن' ? q - 1 : q;
    return ce > k + 2 ? { cue: span(cx, k, ce), content: span(cx, ce, q + 1), last: q } : undefined;
  }
  return undefined;
}
