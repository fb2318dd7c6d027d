/**
 * «من دون أن …»، «دون أن …»، «بدون أن …»: a clause of manner ("without doing"), never the
 * content of the verb before it. Its أن is a conjunction's: the subject of a verb of saying does
 * not run up to it (وأعلنت الشركة خفض أسعارها من دون أن تعطي تفاصيل), and a phrase after عن
 * is no relayed source for it (وأعلن البيت الأبيض عن زيارة أوباما من دون أن يحدد موعدها).
 */
import type { Detection } from './context.js';
import { bareAt, isComma, isPunct, norm, tok } from './lookups.js';
import { COLONS } from './word-sets.js';
import { withoutSaying } from './frame-parts.js';
import type { FrameScan, Verdict } from './frame-steps.js';

const WITHOUT = /^(دون|بدون)$/;
/** How many words a "without" clause may hold before the content's complementizer. */
const WITHOUT_REACH = 6;

/** Whether a "without" clause opens at k: (من) دون/بدون أن. */
export function withoutClauseAt(cx: Detection, k: number): boolean {
  const a = norm(cx, k) === 'من' ? k + 1 : k;
  return WITHOUT.test(bareAt(cx, a)) && norm(cx, a + 1) === 'ان';
}

/** Whether the complementizer at k is the أن of a "without" clause (دون أن). */
export function withoutsThat(cx: Detection, k: number): boolean {
  return norm(cx, k) === 'ان' && WITHOUT.test(bareAt(cx, k - 1));
}

/**
 * The frame scan at j (see frames.ts): a "without" clause between the subject and the content
 * is passed (وأكد المدرب دون أن يخفي غضبه أن …، وأعلنت الوزارة، من دون أن تذكر أسماء، أن …)
 * when a complementizer follows it close by; the content starts after that. A verb of saying
 * in it (دون أن يذكر اسمه) is an aside withheld, left to unsaidAside unless a comma opens it.
 */
export function withoutAside(cx: Detection, st: FrameScan): Verdict | undefined {
  const { j, limit, cue } = st;
  if (cue?.participle) return undefined;
  const comma = isComma(cx, j);
  const at = comma ? j + 1 : j;
  if (!withoutClauseAt(cx, at)) return undefined;
  const said = withoutSaying(cx, at);
  if (said && !comma) return undefined;
  const verb = norm(cx, at) === 'من' ? at + 3 : at + 2;
  let k = verb + 1;
  // A word opened by و joins another clause (… دون أن تحملها إلى بغيتها ولماذا توقفت …): no aside then.
  while (k < limit && k - verb <= WITHOUT_REACH && !isComma(cx, k) && !(cx.complementizers.has(norm(cx, k)) && !withoutsThat(cx, k))
    && !COLONS.has(norm(cx, k)) && !isPunct(cx, k) && !/^و/.test(norm(cx, k))) k++;
  let start = -1;
  if (cx.complementizers.has(norm(cx, k)) && !withoutsThat(cx, k)) start = k + 1;
  else if (isComma(cx, k) && cx.complementizers.has(norm(cx, k + 1))) start = k + 2;
  if (start < 0 || tok(cx, start)?.kind !== 'word') return undefined;
  if (said) (st.frame.asides ??= []).push({ cue: said.cue, content: said.content });
  st.frame.contentStart = start;
  return 'stop';
}
