/**
 * The quotation first, then the verb and its speaker (BBC Arabic and Al Jazeera features):
 * «نحن لا نريد الحرب»، يقول أحد السكان. The quotation is what was said; it is no fronted
 * subject of the verb (as «مجلس المحافظة، أعلن …» is), and the speaker after the verb need not
 * be a title or a tagged name (أحد السكان، الرجل، أم محمد).
 */
import type { Detection } from './context.js';
import { closingQuote, isComma, isPunct, isQuoteOpen, isRelative, norm, sentenceStart, verbAt } from './lookups.js';
import { BARE_PREPOSITIONS } from './word-sets.js';

/** Fewer words than this in a quotation may be a quoted name («الأهلي»، «حزب النور»). */
const CLAUSE_WORDS = 3;

/** Words after the speaker that describe him, not what he said (وهو يقف، التي فقدت، الذي …). */
const DESCRIBING = /^(وهو|وهي|وهم|وهما|بينما|فيما)$/;

/**
 * A quotation that opens its sentence and closes right before the comma before c0
 * (ss «…» ، c0): its open and close tokens, else undefined.
 */
function quotationBefore(cx: Detection, c0: number): [number, number] | undefined {
  if (!isComma(cx, c0 - 1)) return undefined;
  const ss = sentenceStart(cx, c0);
  if (isQuoteOpen(cx, ss) === undefined || closingQuote(cx, ss, c0) !== c0 - 2) return undefined;
  return [ss, c0 - 2];
}

/**
 * The words before the verb at c0 are a quoted clause, not a quoted name: three words or more,
 * or a negator or a verb inside («لن نتراجع»).
 */
export function quotedClauseBefore(cx: Detection, c0: number): boolean {
  const q = quotationBefore(cx, c0);
  if (!q) return false;
  const [a, b] = q;
  if (b - a - 1 >= CLAUSE_WORDS) return true;
  for (let k = a + 1; k < b; k++) if (cx.lex.negators.has(norm(cx, k)) || verbAt(cx, k)) return true;
  return false;
}

/**
 * After a quoted clause and the verb, the noun phrase [a, b) may be its speaker whoever it
 * names, when it opens with a word that is no preposition or verb. It ends the sentence, meets
 * punctuation, or meets a clause that describes the speaker (وهو يقف، التي فقدت), which may
 * have been read into the phrase. Returns where the speaker ends, or -1.
 */
export function speakerAfterQuotedClause(cx: Detection, c0: number, a: number, b: number, se: number): number {
  if (b <= a || !quotedClauseBefore(cx, c0)) return -1;
  const w = norm(cx, a);
  if (cx.kinds[a] !== 'word' || verbAt(cx, a) || BARE_PREPOSITIONS.has(w) || cx.complementizers.has(w)) return -1;
  for (let k = a + 1; k < b; k++) if (DESCRIBING.test(norm(cx, k)) || isRelative(cx, k)) return k;
  return b >= se || isPunct(cx, b) || DESCRIBING.test(norm(cx, b)) || isRelative(cx, b) ? b : -1;
}
