/**
 * أقر is "admitted" with its content introduced (أقر بأن …، أقر بالخطأ، أقر أن …، أقر: «…») and
 * "approved, passed" with a bare object (أقرت الحكومة زيادة في الميزانية، أقر المجلس الخطة):
 * a decision taken, not a report. A draft of أقر whose content is neither introduced nor a plea
 * (أقر غير مذنب «pleaded not guilty») is dropped, and so is one whose ب-content stands past a
 * comma after the object.
 */
import type { Detection } from './context.js';
import { firstTokenAt } from './content.js';
import { isPunct, isQuoteOpen, norm, verbAt } from './lookups.js';
import type { Draft } from './types.js';
import { COLONS } from './word-sets.js';

/** Whether the draft d is أقر "approved" with a bare object. */
function approval(cx: Detection, d: Draft): boolean {
  const c = firstTokenAt(cx, d.cue.start);
  if (verbAt(cx, c)?.lemma !== 'أقر') return false;
  const k = firstTokenAt(cx, d.content.start);
  if (k <= c) return false;
  const before = norm(cx, k - 1);
  const first = norm(cx, k);
  if (cx.complementizers.has(before) || COLONS.has(before) || isQuoteOpen(cx, k - 1) || isQuoteOpen(cx, k)) return false;
  // أقرت الحكومة زيادة في الميزانية …، بزيادة 400 مليون: a ب-phrase past a comma belongs to the
  // approved object, not to the verb.
  if (first.startsWith('ب')) {
    for (let j = c + 1; j < k; j++) if (isPunct(cx, j)) return true;
    return false;
  }
  return first !== 'غير';
}

/** Drops the drafts of أقر "approved" (see `approval`). */
export function dropApprovals(cx: Detection): void {
  for (let k = cx.drafts.length - 1; k >= 0; k--) if (approval(cx, cx.drafts[k] as Draft)) cx.drafts.splice(k, 1);
}
