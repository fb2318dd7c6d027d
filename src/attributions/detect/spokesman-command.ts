/**
 * المتحدث الرسمي بقيادة حرس الحدود بالمنطقة النقيب عمر …: after a spokesman's title, بقيادة is the
 * command he speaks for, not «led by» (مجلس النادي برئاسة …, where the body speaks and its head
 * follows); with his rank or name closing the phrase it stays in the source, and the name
 * makes him a named spokesman.
 */
import type { Detection } from './context.js';
import { nameCloses, norm, roleOf } from './lookups.js';

/** Whether بقيادة at k, inside the source phrase [a, b), is the command a spokesman at a speaks for. */
export function spokesmanCommandAt(cx: Detection, a: number, k: number, b: number): boolean {
  return norm(cx, k) === 'بقياده' && roleOf(cx, norm(cx, a)) === 'spokesman' && nameCloses(cx, k + 1, b);
}
