/**
 * Speaking on condition of anonymity (Reuters, AP and AFP Arabic): «وقال مسؤولون، تحدثوا
 * شريطة عدم الكشف عن هوياتهم، إن …». The verb of talking describes the speaker of the main
 * verb, as «طلب عدم ذكر اسمه» does; it reports nothing itself and must not take the main
 * verb's content.
 */
import type { Detection } from './context.js';
import { identityNear } from './frame-parts.js';
import { bareAt, isComma, normLemma, verbAt } from './lookups.js';

/** شريطة، بشرط، شرط: "on condition". */
const CONDITION = new Set(['شريطه', 'بشرط', 'شرط', 'مشترطا', 'مشترطين']);

/** How many words (an addressee: لرويترز، لـ"الشرق الأوسط" with its quotes) may stand between تحدث and the condition. */
const ADDRESSEE_REACH = 7;

/**
 * The verb at j is تحدث followed, maybe past its addressee, by a condition of not being named
 * (تحدث شريطة عدم الكشف عن هويته، تحدث لرويترز بشرط عدم ذكر اسمه). Returns the condition's
 * token, or -1.
 */
export function onConditionAt(cx: Detection, j: number): number {
  if (normLemma(verbAt(cx, j)) !== 'تحدث') return -1;
  for (let k = j + 1; k <= j + ADDRESSEE_REACH && !isComma(cx, k) && !verbAt(cx, k); k++) {
    if (CONDITION.has(bareAt(cx, k))) return identityNear(cx, k) ? k : -1;
  }
  return -1;
}

/** The verb at j speaks on condition of anonymity (see onConditionAt). */
export function speaksOnCondition(cx: Detection, j: number): boolean {
  return onConditionAt(cx, j) >= 0;
}
