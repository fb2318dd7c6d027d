/**
 * قال الله تعالى (يا أيها الذين آمنوا …)، وقال الوزير (لا شك في …): writers often put the words
 * said, a verse above all, in plain brackets instead of quotation marks. Right after the speaker
 * of a verb of plain saying, a bracket holding a clause (several words, not a number, not a name)
 * and closing the sentence or a clause of it is what was said; a short bracket is an aside
 * (an acronym, an age: X (35 عاما)).
 */
import type { VerbCue } from '../lexicon.js';
import type { Detection } from './context.js';
import { isComma, isPunct, norm, normLemma, tok } from './lookups.js';
import { PLAIN_SAYING_VERBS } from './word-sets.js';

/** Fewer words than this in brackets make an aside, not a quotation. */
const MIN_WORDS = 4;
/** How far the closing bracket may stand. */
const REACH = 80;

/** Whether the cue is a verb of plain saying, not negated and no participle. */
export function plainSaying(cue: VerbCue | undefined, negated: boolean): boolean {
  return cue !== undefined && !negated && cue.participle !== true && PLAIN_SAYING_VERBS.has(normLemma(cue));
}

/** The closing bracket of a quotation in brackets opened at k, or -1. */
export function bracketedQuoteClose(cx: Detection, k: number): number {
  if (norm(cx, k) !== '(' || tok(cx, k + 1)?.kind !== 'word' || cx.mentionOf[k + 1]?.first === k + 1) return -1;
  let words = 0;
  for (let m = k + 1; m < cx.tokenCount && m - k <= REACH; m++) {
    const w = norm(cx, m);
    if (w === '(') return -1;
    if (w === ')') {
      const after = norm(cx, m + 1);
      const closes = m + 1 >= cx.tokenCount || isComma(cx, m + 1) || (isPunct(cx, m + 1) && after !== '(') || after === 'الايه';
      return words >= MIN_WORDS && closes ? m : -1;
    }
    if (tok(cx, m)?.kind === 'word') words++;
  }
  return -1;
}
