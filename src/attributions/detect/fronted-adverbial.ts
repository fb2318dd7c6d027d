/**
 * مؤكداً في الوقت ذاته وجود …، مبدياً في الوقت نفسه الترحيب بـ…، مؤكداً في هذا الصدد إحباط …:
 * a circumstantial participle may put a short adverbial of time or topic before its object.
 * The phrase says when or about what the speaker spoke; the verbal noun after it is still
 * what was said.
 */
import type { Detection } from './context.js';
import { norm, tok } from './lookups.js';
import { ALIF_ADVERBS } from './word-sets.js';

/** في الوقت ذاته / نفسه / عينه: "at the same time". */
const SAME = new Set(['ذاته', 'نفسه', 'عينه']);
/** في هذا الصدد / الشأن / السياق / الإطار: "in this regard". */
const REGARD = new Set(['الصدد', 'الشان', 'السياق', 'الاطار']);

/**
 * The token after a fronted adverbial phrase that starts at k (في الوقت ذاته، في هذا الصدد،
 * أيضا، كذلك), or k itself when none starts there.
 */
export function pastFrontedAdverbial(cx: Detection, k: number): number {
  if (tok(cx, k)?.kind !== 'word') return k;
  const w = norm(cx, k);
  if (ALIF_ADVERBS.has(w) || w === 'كذلك') return k + 1;
  if (w !== 'في') return k;
  const a = norm(cx, k + 1);
  const b = norm(cx, k + 2);
  if (a === 'الوقت' && SAME.has(b)) return k + 3;
  if (a === 'ذات' && b === 'الوقت') return k + 3;
  if ((a === 'هذا' || a === 'ذات') && REGARD.has(b)) return k + 3;
  if (REGARD.has(a) && SAME.has(b)) return k + 3;
  return k;
}
