/**
 * اتفق "agreed" reports a view that several share only with على أنّ and a nominal clause
 * (تتفق الدراسات على أن الإبداع …، يتفق الخبراء على أن المخرج …، اتفقوا على أنه لا بديل):
 * agreeing on an act is a deal, not a report, whether on a noun (اتفق الناديان على انتقال
 * اللاعب) or on أنْ with a verb (اتفقت القوات على أن تهاجم، اتفقنا على أن نكتب). Elsewhere
 * the verb is no cue at all, so it neither ends another report's content nor gives a subject
 * to the participles after it. Right after أنه inside a speaker's own report (وأضاف كيري أنه
 * اتفق ونظراؤه على أن …) it is that speaker's account of himself, his "I agreed" in indirect
 * speech, and no report of its own (as first-person words in a quotation, GUIDELINE.md).
 */
import type { Detection } from './context.js';
import { normaliseString } from '../../text/normalise/normalise.js';
import type { Draft } from './types.js';
import { firstTokenAt } from './content.js';

/** How far the على أنّ may stand after the verb (its subject and a time or place between). */
const REACH = 14;
const ALA = normaliseString('على');
/** أنّ with its pronoun (أنه، أنها …): always a nominal clause. */
const THAT_WITH_PRONOUN = new Set(['أنه', 'أنها', 'أنهم', 'أنهما', 'أنهن', 'أننا'].map((w) => normaliseString(w)));
const THAT = normaliseString('أن');

/** Is the word at k an imperfect verb after أنْ (تهاجم، يكون، نكتب), not a noun (الإبداع، زيت)? */
function imperfectVerbShape(cx: Detection, k: number): boolean {
  const w = cx.norms[k] as string | undefined;
  return w === undefined || (/^[يتن]/.test(w) && !w.startsWith('ال'));
}

/** Does على أنّ with a nominal clause follow the verb at i in its clause (no punctuation between)? */
export function agreedViewAhead(cx: Detection, i: number): boolean {
  if (THAT_WITH_PRONOUN.has(cx.norms[i - 1] as string)) return false;
  for (let k = i + 1; k < Math.min(cx.tokenCount - 1, i + REACH); k++) {
    if (cx.kinds[k] !== 'word') return false;
    if (cx.bares[k] !== ALA) continue;
    const that = cx.norms[k + 1] as string;
    if (THAT_WITH_PRONOUN.has(that)) return true;
    if (that === THAT) return cx.kinds[k + 2] === 'word' && !imperfectVerbShape(cx, k + 2);
  }
  return false;
}

/** Drops the drafts of اتفق that no على أنّ follows, whatever path made them (ما اتفقت عليه الإدارة). */
export function dropUnagreedViews(cx: Detection): void {
  for (let k = cx.drafts.length - 1; k >= 0; k--) {
    const i = firstTokenAt(cx, (cx.drafts[k] as Draft).cue.start);
    if (cx.lex.verbs.get(cx.norms[i] as string)?.viewOnly && !agreedViewAhead(cx, i)) cx.drafts.splice(k, 1);
  }
}
