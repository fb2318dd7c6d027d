/**
 * وقال للصحفيين إن …، بعد أن قال للمحققين: «…»، وأكد لمراسل الوكالة أن …: an addressee with
 * the preposition ل glued to it, right after the verb and right before what was said, is the
 * one spoken to. The subject is not written at all (it goes on from before); a phrase that
 * opens with a preposition is never the speaker.
 */
import type { Detection } from './context.js';
import { isPunct, isQuoteOpen, norm, tok, verbAt } from './lookups.js';
import { COLONS, inSet } from './word-sets.js';
import { constructAddresseeAt } from './construct-addressee.js';

/** How far past the addressee's first word the introducer may stand (للصحفيين الأجانب، لمراسل وكالة الأنباء). */
const MAX_ADDRESSEE = 3;

/** Does the word at j open with a glued ل before a noun of people, office or outlet (للصحفيين، لمراسل)? */
function gluedL(cx: Detection, j: number): boolean {
  const t = tok(cx, j);
  if (t?.kind !== 'word' || cx.mentionOf[j]?.first === j) return false;
  const segs = t.segments ?? [];
  if (segs[0]?.form !== 'ل' || segs[0].role !== 'proclitic') return false;
  // للصحفيين، للمحققين: with the article, any noun is the addressee.
  if (segs[1]?.form === 'ال' && segs[1].role === 'proclitic') return true;
  // لمراسل، لصحيفة: without it, only a noun that names people or an outlet (not a name such as ليلى).
  const stem = segs.find((s) => s.role === 'stem')?.form ?? '';
  return inSet(cx.lex.roles, stem) || inSet(cx.lex.anonymousHeads, stem) || inSet(cx.lex.outletNouns, stem) || constructAddresseeAt(cx, j);
}

/** Does what was said open at k (أن/إن, a colon, a quotation)? */
function introducerAt(cx: Detection, k: number): boolean {
  return cx.complementizers.has(norm(cx, k)) || COLONS.has(norm(cx, k)) || isQuoteOpen(cx, k) !== undefined;
}

/**
 * When the word at j is such an addressee and what was said follows it within a few words,
 * where it opens (the introducer); otherwise -1.
 */
export function gluedAddresseeEnd(cx: Detection, j: number, se: number): number {
  if (!gluedL(cx, j)) return -1;
  for (let k = j + 1; k < se && k - j <= MAX_ADDRESSEE; k++) {
    if (introducerAt(cx, k)) return k;
    if (tok(cx, k)?.kind !== 'word' || isPunct(cx, k) || verbAt(cx, k)) return -1;
  }
  return -1;
}
