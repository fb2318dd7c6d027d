/**
 * وعبر الوزير عن تطلع بلاده إلى أن تسهم الزيارة …، أعرب عن تطلعه إلى أن …: an aspiration
 * stated with a clause is a report (GUIDELINE.md: hope and confidence with a clause), and the
 * إلى أن after the noun of aspiration introduces that clause; it is not "until".
 */
import type { Detection } from './context.js';
import { bareAt } from './lookups.js';

/** تطلع، تطلعه، تطلعات المملكة: the noun of aspiration, with a pronoun or before its owner. */
const ASPIRATION = /^(تطلع|تطلعات)(ه|ها|هم|هما|نا|ي)?$/;

/** Whether a noun of aspiration stands among the frame words [from, to) (the verb's عن phrase). */
export function aspirationBefore(cx: Detection, from: number, to: number): boolean {
  for (let k = Math.max(from, to - 8); k < to; k++) if (ASPIRATION.test(bareAt(cx, k))) return true;
  return false;
}
