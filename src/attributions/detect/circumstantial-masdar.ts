/**
 * وقال المتحدث ردا على سؤال …، وقال الوزير تعليقا على القرار إن …: a verbal noun in the
 * accusative that says why or in answer to what the speaker spoke (مفعول لأجله / حال) follows
 * the subject and governs its own complement with على or عن; it ends the source phrase.
 */
import type { Detection } from './context.js';
import { norm, tok } from './lookups.js';
import { ANSWERING_ACCUSATIVES } from './word-sets.js';

/** Accusative verbal nouns of answering and commenting, as normalised (ردا، تعليقا، تعقيبا، جوابا). */
const MASDARS = new Set<string>([...ANSWERING_ACCUSATIVES, 'جوابا']);

/** Does an accusative verbal noun of answering or commenting, with its على/عن, start at j? */
export function circumstantialMasdarAt(cx: Detection, j: number): boolean {
  const t = tok(cx, j);
  if (!t || t.kind !== 'word' || cx.mentionOf[j] || !MASDARS.has(norm(cx, j))) return false;
  return /^(على|علي|عن)$/.test(norm(cx, j + 1));
}
