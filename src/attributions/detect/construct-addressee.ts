/**
 * وقال لمراسل الوكالة إن …، وأكد لمندوب «عكاظ» أن …: ل glued to an indefinite noun in construct
 * with a definite one (or a quoted name) is a prepositional phrase — the one spoken to — and
 * never the speaker, whatever the noun (the lexicon's lists of roles and outlets do not hold
 * مراسل or مندوب). The construct is the sign: a first name the segmenter splits (لينا → ل + ينا)
 * is short and not followed by a definite noun of its own as a genitive; names the tagger knows
 * are left out before this is asked.
 */
import type { Detection } from './context.js';
import { isQuoteOpen, norm, tok, verbAt } from './lookups.js';

/** The shortest stem read as a noun after ل (مراسل، موفد، قناة; not the ينا of لينا). */
const MIN_STEM = 4;

/** Is the word at j (already known to open with the proclitic ل and no article) such a construct? */
export function constructAddresseeAt(cx: Detection, j: number): boolean {
  const segs = tok(cx, j)?.segments ?? [];
  const stem = segs.find((s) => s.role === 'stem')?.form ?? '';
  if (stem.length < MIN_STEM || segs[segs.length - 1]?.role !== 'stem') return false;
  // لمراسل الوكالة، لمراسل وكالة الأنباء: the chain of construct nouns ends in a definite one.
  for (let k = j + 1; k <= j + 2; k++) {
    const next = tok(cx, k);
    if (next?.kind !== 'word') return isQuoteOpen(cx, k) !== undefined;
    const first = next.segments?.[0];
    if (first?.form === 'ال' && first.role === 'proclitic') return true;
    if (first?.role !== 'stem' || verbAt(cx, k) || cx.complementizers.has(norm(cx, k))) return false;
  }
  return false;
}
