/**
 * «عملية «عاصفة الحزم»»، «بدء عمليات "السهم الذهبي"»، «عملية “درع الفرات”»: an operation followed
 * right away by a name in quotes is a named military operation, as news of every outlet names
 * them; the cue words the noun needs otherwise (عسكرية، نوعية، قصف …) are not written then.
 * Only the quote right after the noun counts: «عملية الاستحواذ على «موتورولا»» names a company.
 */
import type { Doc } from './context.js';
import { QUOTE_OPEN } from './lexicon-sets.js';

/** Quoted names of processes that are no operation of force (عملية «السلام»). */
const NOT_FORCE = /^(ال)?(سلام|تطبيع|انتقال|انتخابات|اقتراع|تصويت|بحث|انقاذ|اصلاح|تحول)$/;

/** Whether the operation noun at i is followed right away by a quoted name. */
export function namedOperation(doc: Doc, i: number): boolean {
  const { tokens, bare } = doc;
  const q = tokens[i + 1];
  if (!q || q.sentence !== tokens[i]!.sentence || !QUOTE_OPEN.has(q.norm)) return false;
  const name = tokens[i + 2];
  return name !== undefined && name.kind === 'word' && !NOT_FORCE.test(bare[i + 2]!) && !NOT_FORCE.test(name.norm);
}
