/**
 * وجاء في البيان الذي بثه التلفزيون الرسمي "نزف لكم بشرى …"، وجاء في الدعوى التي أقامها ناشطون
 * «منذ أكثر من أربعين عاماً …»: after «جاء في» and the text that speaks, a quotation is what the
 * text says, as a clause after أن or a colon is (GUIDELINE.md: the content may be a quotation).
 * Only a quotation of a few words or more: a short quoted name (جاء في المركز "الأول") is a title.
 */
import type { Detection } from './context.js';
import { closingQuote, isQuoteOpen, norm, sentenceEnd } from './lookups.js';

/** The fewest tokens inside the quotation for it to be a statement. */
const MIN_WORDS = 4;

/** Is a quotation of at least MIN_WORDS tokens opened at k? */
export function quotedStatementAt(cx: Detection, k: number): boolean {
  if (!isQuoteOpen(cx, k)) return false;
  const close = closingQuote(cx, k, Math.max(sentenceEnd(cx, k), k + 200));
  return close > k + MIN_WORDS;
}

/** The words inside the quotation opened at k, [first, last), past an opening أن/إن ("إن وزير …"). */
export function quotedWords(cx: Detection, k: number): [number, number] {
  const close = closingQuote(cx, k, Math.max(sentenceEnd(cx, k), k + 200));
  const first = cx.complementizers.has(norm(cx, k + 1)) ? k + 2 : k + 1;
  return [first, close];
}
