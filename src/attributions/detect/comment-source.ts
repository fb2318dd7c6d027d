/**
 * لم يصدر أي تعليق على الموضوع عن حركة طالبان، لم يصدر أي تعليق رسمي من حماس: the one a
 * withheld comment would have come from, written after عن or من (GUIDELINE.md: "no comment" is
 * stance none, its source the party that gave none).
 */
import type { Detection } from './context.js';
import type { Source } from './types.js';
import { isPunct, norm, verbAt } from './lookups.js';
import { analyseNP } from './noun-phrase.js';
import { plausibleSource } from './prepositional.js';
import { BARE_PREPOSITIONS } from './word-sets.js';

/**
 * The source after the word k of what was not given (تعليق، تفاصيل): عن or من within a few
 * words, then a noun phrase that can speak, up to punctuation, a verb or another preposition
 * (من الحكومة اليونانية على هذه المعلومات).
 */
export function withheldFrom(cx: Detection, k: number, se: number): Source | undefined {
  for (let q = k + 1; q < Math.min(se, k + 6) && !isPunct(cx, q); q++) {
    const w = norm(cx, q);
    if (w !== 'عن' && w !== 'من') continue;
    let e = q + 1;
    while (e < se && e - q <= 6 && !isPunct(cx, e) && !verbAt(cx, e) && !(e > q + 1 && (BARE_PREPOSITIONS.has(norm(cx, e)) || norm(cx, e) === 'علي'))) e++;
    return plausibleSource(cx, q + 1, e) ? analyseNP(cx, q + 1, e) : undefined;
  }
  return undefined;
}
