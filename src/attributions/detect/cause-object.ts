/**
 * أرجع/عزا X السبب إلى …، مرجعا ذلك لانخفاض …: the cause may come with ل written on it, but a
 * word with ل is far more often a genitive (الجهاز المركزي للتعبئة) or the complement of the noun
 * مرجع "a reference" (يعد مرجعاً لكل الباحثين، مرجعًا علميًا للتحليل). So ل introduces the cause
 * only right after the object that names what is explained (ذلك، السبب، الأمر).
 */
import type { Detection } from './context.js';
import { bareAt, norm, normLemma } from './lookups.js';
import type { VerbCue } from '../lexicon.js';

const CAUSE_VERBS = new Set(['ارجع', 'عزا']);
/** What is explained: a demonstrative or the reason itself (normalised). */
const EXPLAINED = new Set(['ذلك', 'هذا', 'هذه', 'الامر', 'السبب', 'الاسباب', 'سبب', 'اسباب', 'اسبابه', 'اسبابها', 'سببه', 'سببها']);

/** Whether the word at j is a ل-word that cannot be the cause of a verb of attributing a cause. */
export function strayCauseL(cx: Detection, j: number, cue: VerbCue | undefined): boolean {
  if (!cue || !CAUSE_VERBS.has(normLemma(cue))) return false;
  const w = norm(cx, j);
  if (!w.startsWith('ل') || w.startsWith('ال')) return false;
  return !EXPLAINED.has(bareAt(cx, j - 1));
}
