/**
 * وكان X الباحث في شركة "نماء" قد كشف …: between كان and قد the subject may hold a name in
 * quotation marks (a company, a club, a nickname). Both words close the subject, so the marks
 * inside it do not end it there.
 */
import type { Detection } from './context.js';
import { norm } from './lookups.js';
import { OPEN_QUOTES } from './word-sets.js';

const CLOSE_QUOTES = new Set([...OPEN_QUOTES.values()]);

/** Whether the token at k is a quotation mark (opening or closing). */
export function quoteMarkAt(cx: Detection, k: number): boolean {
  const w = norm(cx, k);
  return OPEN_QUOTES.has(w) || CLOSE_QUOTES.has(w);
}
