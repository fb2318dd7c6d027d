/**
 * وفسرها البغوي بقوله: …، وعلق عليه الشيخ محمد بقوله: …: when the verb before بقوله is no cue
 * the detector knows, the noun phrase between the clause's first word (that verb) and the noun
 * is its owner, rather than the subject of the sentence or the last speaker: a name, or a
 * definite noun with the words after it, none of them a preposition, a demonstrative or a verb.
 */
import type { Detection } from './context.js';
import { bareAt, isComma, norm, sentenceStart, tok, verbAt } from './lookups.js';
import { analyseNP } from './noun-phrase.js';
import type { Source } from './types.js';
import { BARE_PREPOSITIONS, PREPOSITIONS } from './word-sets.js';

/** How long the owner's phrase may be. */
const REACH = 6;

/** The owner of بقوله at i written between its clause's verb and it, or undefined. */
export function ownerBeforeSayingNoun(cx: Detection, i: number): Source | undefined {
  const floor = sentenceStart(cx, i);
  let k = i - 1;
  while (k > floor && i - k <= REACH && !isComma(cx, k - 1) && tok(cx, k - 1)?.kind === 'word') k--;
  // k: the clause's first word after a comma, the verb; the phrase runs from k + 1 to i.
  if (!isComma(cx, k - 1) || !/^[وف]/.test(norm(cx, k)) || cx.mentionOf[k] || k + 1 >= i) return undefined;
  const a = k + 1;
  for (let m = a; m < i; m++) {
    const w = norm(cx, m);
    if (tok(cx, m)?.kind !== 'word' || verbAt(cx, m) || PREPOSITIONS.has(w) || BARE_PREPOSITIONS.has(w) || cx.lex.demonstratives.has(w)
      || /^(ل|ب)/.test(w) && !w.startsWith('ال') && !cx.mentionOf[m]) return undefined;
  }
  if (!(cx.mentionOf[a]?.first === a || bareAt(cx, a).startsWith('ال'))) return undefined;
  return analyseNP(cx, a, i);
}
