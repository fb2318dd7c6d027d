/**
 * البيان، التقرير، الدراسة، الوثيقة: a statement or a report in the singular with the article is
 * one document the text has already introduced (قالت الوزارة في بيان … وأضاف البيان), a
 * definite description of it, so its kind is named (GUIDELINE, kind: «a definite description
 * of one»); the development gold has البيان named 20 times of 20, التقرير 32 of 36 and
 * الدراسة 10 of 13. An indefinite one (تقرير، دراسة حديثة) stays anonymous, and so do plurals
 * of data or reports (البيانات، التقارير، الإحصائيات), which the gold keeps mostly anonymous.
 */
import { normaliseString } from '../../text/normalise/normalise.js';
import type { Detection } from './context.js';
import { bareAt, norm } from './lookups.js';

const SINGULAR_DOCUMENTS = new Set(['بيان', 'تقرير', 'دراسة', 'وثيقة', 'مذكرة', 'نشرة', 'مسح', 'استطلاع', 'رسالة', 'تغريدة', 'مقال']
  .map((w) => normaliseString(w)));

/** Whether the phrase at a opens with a definite singular document noun (البيان، والتقرير). */
export function definiteDocumentAt(cx: Detection, a: number): boolean {
  for (const w of [norm(cx, a), bareAt(cx, a)]) {
    if (w.startsWith('ال') && SINGULAR_DOCUMENTS.has(w.slice(2))) return true;
  }
  return false;
}
