/**
 * «أرسل جيشه إلى الشيشان حيث واجه مقاومة دفعته إلى التراجع»: the act a verb of pushing or forcing
 * with an object pronoun leads to (دفعته، أجبرتهم، اضطرته … إلى / على + noun) is done by the one
 * the pronoun stands for — the doer of the act told just before it in the sentence. Without this,
 * a noun such as التراجع, which needs an argument, was left with none (or took the subject of a
 * verb far before it only when no other event stood in between).
 */
import { type Doc, sentenceOf } from './context.js';
import type { Candidate } from './types.js';

/** A verb of pushing or forcing with an object pronoun (دفعته، أجبرها، اضطرتهم، يدفعه). */
const PUSHED = /^(و|ف)?(دفع|دفعت|يدفع|تدفع|اجبر|اجبرت|يجبر|تجبر|اضطر|اضطرت|يضطر|تضطر|ارغم|ارغمت|يرغم|ترغم)(ه|ها|هم|هما)$/;

/** The actor of noun candidate c (the idx-th) when it follows «دفعته إلى/على»: the last doer named by an event before it in the sentence. */
export function pushedToActor(doc: Doc, c: Candidate, idx: number): string[] | undefined {
  const { tokens, cands } = doc;
  const i = c.tok;
  if (c.reading.pos !== 'noun' || i < 2) return undefined;
  if (!/^(الي|علي)$/.test(tokens[i - 1]!.norm) || !PUSHED.test(tokens[i - 2]!.norm)) return undefined;
  for (let j = idx - 1; j >= 0; j--) {
    const p = cands[j]!;
    if (sentenceOf(doc, p.tok) !== sentenceOf(doc, i) || i - p.tok > 30) break;
    if (p.actor.length > 0) return p.actor.filter((id) => !c.recipient.includes(id));
  }
  return undefined;
}
