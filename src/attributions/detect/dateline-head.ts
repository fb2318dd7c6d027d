/**
 * A dateline before a colon (سبق ـ أبها: …، واس ـ جدة: …): the outlet and the place the
 * article comes from, the outlet's own voice and no speaker (GUIDELINE: «a dateline … before
 * a colon is not a speaker»). A dash or a hyphen is a punctuation token and already keeps the
 * colon cue away; the tatweel used as a dash (ـ) is not: the normaliser drops it into the
 * word before, so «سبق ـ أبها» reads as two words of one name. This finds it in the
 * original text.
 */
import type { Detection } from './context.js';

/** A tatweel standing alone, as a dash between words (سبق ـ أبها، عكاظ اليوم ــ جدة). */
const FREE_TATWEEL = /(^|\s)ـ+(\s|$)/;

/** Whether the words from..to (exclusive) of one line are cut by a tatweel used as a dash. */
export function tatweelDashBetween(cx: Detection, from: number, to: number): boolean {
  if (to - from < 2) return false;
  const a = cx.starts[from];
  const b = cx.starts[to - 1];
  if (a === undefined || b === undefined) return false;
  return FREE_TATWEEL.test(cx.text.slice(a, b));
}
