/**
 * «كل من X و Y» "both X and Y" before a list of speakers: the speakers are the list, not كل
 * (وقال كل من المدير والمشرف إن …). The list may open with a stray dash (ويشكو كل من -فارس
 * وسعود من …، قال كل من – خالد وأحمد – إن …); كل من حضر, "everyone who attended", keeps كل:
 * a verb, not a noun phrase, follows من.
 */
import type { Detection } from './context.js';
import { bareAt, norm, tok } from './lookups.js';
import { inSet } from './word-sets.js';

/** Dashes that may open the list after كل من. */
const DASHES = new Set(['-', '–', '—']);

/**
 * Where the list of speakers starts when the subject at j is «كل من» + a noun phrase: at the
 * first word after كل من, past a dash; -1 when كل من is not followed by a noun phrase.
 */
export function eachOfListStart(cx: Detection, j: number): number {
  if (norm(cx, j) !== 'كل' || norm(cx, j + 1) !== 'من') return -1;
  let k = j + 2;
  if (DASHES.has(norm(cx, k))) k++;
  if (tok(cx, k)?.kind !== 'word') return -1;
  const np = bareAt(cx, k).startsWith('ال') || cx.mentionOf[k]?.first === k || inSet(cx.lex.roles, norm(cx, k));
  return np ? k : -1;
}
