/**
 * ويقول القارئ "مجرد رأي" "شركات التأمين …": readers, commenters and callers are named by a
 * short quoted nickname written right after the noun that describes them, and their words
 * follow in a quotation of their own. A short quotation between a noun and another quotation
 * is that name, not the words said. After a preposition (تصريحات إلى «الوطن» «…») the short
 * quotation is the addressee, which the frame reads on its own.
 */
import type { Detection } from './context.js';
import { isQuoteOpen, norm, tok, verbAt } from './lookups.js';
import { BARE_PREPOSITIONS, PREPOSITIONS } from './word-sets.js';

/** The longest nickname, in tokens between the marks. */
const MAX_NAME = 4;

/** Does the word at k stand for a noun, not a verb or a preposition (bare or glued: لـ، بـ)? */
function nounAt(cx: Detection, k: number): boolean {
  const t = tok(cx, k);
  if (t?.kind !== 'word' || verbAt(cx, k)) return false;
  const w = norm(cx, k);
  if (PREPOSITIONS.has(w) || BARE_PREPOSITIONS.has(w)) return false;
  return !(t.segments ?? []).some((s) => s.role === 'proclitic' && /^[بلك]$/.test(s.form));
}

/** Is the quotation [j, c] (its marks) a nickname after a noun, with the words quoted right after it? */
export function nicknameBeforeWords(cx: Detection, j: number, c: number): boolean {
  return c - j > 1 && c - j <= MAX_NAME && isQuoteOpen(cx, c + 1) !== undefined && nounAt(cx, j - 1);
}
