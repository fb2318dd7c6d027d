/**
 * ونشرت الصحيفة أن …، ورفضت الوزارة التعليق: a joined clause declining to comment is the next
 * reporting cue (stance none), so the content before it ends there (GUIDELINE: content runs to
 * the next reporting cue). Refusal verbs are no verb cues, so the content walk needs this test;
 * a refusal with no declined comment (ورفض البرلمان المشروع) is a decision and may be reported.
 */
import type { Detection } from './context.js';
import { bareAt, isComma, isPunct, norm, sentenceEnd, verbAt } from './lookups.js';

/** Whether token t opens a joined refusal to comment: و/ف or a comma before رفض/امتنع, then التعليق … within a subject's length. */
export function joinedRefusalAt(cx: Detection, t: number): boolean {
  const w = norm(cx, t);
  if (cx.kinds[t] !== 'word' || cx.mentionOf[t] !== undefined || !cx.lex.noneVerbs.has(bareAt(cx, t))) return false;
  if (!/^[وف]/.test(w) && !isComma(cx, t - 1)) return false;
  const se = sentenceEnd(cx, t);
  for (let k = t + 1; k < se && k - t <= 10; k++) {
    if (cx.lex.noneObjects.has(norm(cx, k))) return true;
    if ((isPunct(cx, k) && !isComma(cx, k)) || verbAt(cx, k)) return false;
  }
  return false;
}
