/**
 * وتقول "أليس" البالغة من العمر 34 عاما إن …، ويقول «سامي» وهو سائق أجرة إن …: a short quoted
 * name right after a verb of saying, then the person's age or a description with وهو/وهي, is
 * the verb's subject; quoted words are not described so.
 */
import type { Detection } from './context.js';
import { isComma, norm, tok, verbAt } from './lookups.js';

/** At most this many words between the marks: a name. */
const MAX_NAME_WORDS = 2;

/** Whether the quotation from the mark at j to the mark at c is a described name, the subject of the verb before j. */
export function describedQuotedName(cx: Detection, j: number, c: number): boolean {
  if (c - j - 1 < 1 || c - j - 1 > MAX_NAME_WORDS) return false;
  for (let k = j + 1; k < c; k++) if (tok(cx, k)?.kind !== 'word') return false;
  const v = verbAt(cx, j - 1);
  if (!v || v.participle) return false;
  const a = isComma(cx, c + 1) ? c + 2 : c + 1;
  const after = norm(cx, a);
  return /^البالغ(ه)?$/.test(after) || /^و(هو|هي)$/.test(after);
}
