/**
 * A prepositional cue written out in full (نقلا عن، بحسب، وفقا لـ) is read as that cue even
 * where its first word could be taken for something else: نقلا is also the dual verb «the two
 * relayed», and بحسب begins with the ب a verb like أفاد بـ takes. Before عن, or as the
 * whole of a listed cue word, a news text means "relaying from" and "according to".
 */
import type { Detection } from './context.js';

/** The normal form of the token at k, or '' outside the text or for punctuation. */
function normAt(cx: Detection, k: number): string {
  return k >= 0 && k < cx.tokenCount && cx.kinds[k] === 'word' ? (cx.norms[k] as string) : '';
}

/** Whether a prepositional cue of the lexicon, with all its words, starts at i. */
export function relayPhraseAt(cx: Detection, i: number): boolean {
  const options = cx.lex.prepositional.get(normAt(cx, i));
  if (!options) return false;
  return options.some((o) => o.phrase.every((p, k) => k === 0 || normAt(cx, i + k) === p));
}

/**
 * Whether the word at i is a cue phrase of more than one word (نقلا عن): then it is no verb,
 * though its first word is spelled as one.
 */
export function relayMasdarAt(cx: Detection, i: number): boolean {
  const options = cx.lex.prepositional.get(normAt(cx, i));
  if (!options) return false;
  return options.some((o) => o.phrase.length > 1 && o.phrase.every((p, k) => k === 0 || normAt(cx, i + k) === p));
}

/**
 * نقلا عن غواصين أصدقاء للضحية أنه كان …: a relay of a speaker (a cue phrase ending in عن)
 * whose noun phrase [i + phrase, j) is closed by أن/إن governs that clause: the words after it
 * are the relayed speaker's, whoever the noun names.
 */
export function relayedThatClause(cx: Detection, i: number, j: number): boolean {
  const options = cx.lex.prepositional.get(normAt(cx, i)) ?? [];
  const relay = options.some((o) => o.phrase.length > 1 && o.phrase[o.phrase.length - 1] === 'عن' && o.phrase.every((p, k) => k === 0 || normAt(cx, i + k) === p)
    && j > i + o.phrase.length);
  return relay && cx.complementizers.has(normAt(cx, j)) && normAt(cx, j + 1) !== '';
}
