/**
 * «عكاظ» استقصت الأسباب من مصادرها ومن لجنة مهرجانات بريدة، حيث علمت أن …: a body named after
 * a preposition (من، في، عن، على، إلى، مع) is an object of the clause, not its subject, so a
 * later verb without a subject written goes on with the subject named before it. The body is
 * still taken when no other is named within reach. Only bodies: a person after a preposition
 * (ردها حين قالت لها … في لقاء مع ميركل) is as often the one who goes on speaking.
 */
import type { Detection } from './context.js';
import { isQuoteOpen, norm } from './lookups.js';

/** Separate prepositions, with or without و/ف (normalised: الى → الي، على → علي). */
const GOVERNING = /^[وف]?(من|في|عن|علي|الي|مع)$/;

/** Is the mention that opens at j governed by a preposition written as its own word before it? */
export function governedMention(cx: Detection, j: number): boolean {
  let k = j - 1;
  while (k >= 0 && isQuoteOpen(cx, k) !== undefined) k--;
  return k >= 0 && cx.kinds[k] === 'word' && GOVERNING.test(norm(cx, k));
}
