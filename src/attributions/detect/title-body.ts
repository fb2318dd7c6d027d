/**
 * الأمين العام للأمم المتحدة أنطونيو غوتيريش، المدير التنفيذي لبرنامج الأغذية العالمي X: after a
 * title, a body glued to ل is the one the office belongs to when the holder's name follows the
 * body's words at once; it stays in the source (قال الوزير للصحفيين إن …, with no name right
 * after it, is the addressee).
 */
import type { Detection } from './context.js';
import { bareAt, norm, roleOf } from './lookups.js';

/** Does the holder's name (or his rank) follow right after the ل-body that starts at j? */
function holderAfterBody(cx: Detection, j: number, b: number): boolean {
  let k = j + 1;
  const m = cx.mentionOf[j];
  if (m !== undefined && m.last > k) k = m.last;
  while (k < b && k - j <= 4 && bareAt(cx, k).startsWith('ال') && cx.mentionOf[k] === undefined) k++;
  const n = cx.mentionOf[k];
  return k < b && ((n !== undefined && n.first === k && n.type === 'PER') || cx.lex.rankTitles.has(norm(cx, k)));
}

/** Is the word j, glued to ل (للأمم، لبرنامج), the body of the title that opens the phrase at a, its holder named after it? */
export function bodyOfNamedTitle(cx: Detection, a: number, j: number, b: number): boolean {
  const w = norm(cx, j);
  return j > a && /^ل/.test(w) && !w.startsWith('ال') && roleOf(cx, norm(cx, a)) !== undefined && holderAfterBody(cx, j, b);
}
