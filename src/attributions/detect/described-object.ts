/**
 * ووصف داركود بأنه «…»، ووصفت الحادثة، بأنها …: a verb of describing takes its subject and then
 * the thing described before بـ/بأن (وصف الوزير الهجوم بأنه …). When only one word that names no
 * one (or two joined by و) stands between the verb and بـ, it is the thing described, and the speaker is
 * not written (the one before goes on). A verb carrying the object as a pronoun (ووصفه الوزير
 * بأنه) has its subject after it, and is left alone.
 */
import type { VerbCue } from '../lexicon.js';
import type { Detection } from './context.js';
import { bareAt, isComma, norm, normLemma, roleOf, tok } from './lookups.js';
import { inSet, TIME_WORDS } from './word-sets.js';

/** سموه، معاليه: an honorific stands for the one who speaks. */
const HONORIFIC = /^[وف]?(سمو|معالي|فضيلت|سماحت|فخامت|جلالت|سعادت|دولت)(ه|ها)$/;

/** Whether the word at k opens what the thing is described as (بأنه، بالكارثية، بـ"…"). */
function describedAs(cx: Detection, k: number): boolean {
  const w = norm(cx, k);
  return tok(cx, k)?.kind === 'word' && /^ب/.test(w) && (cx.complementizers.has(w) || /^بال/.test(bareAt(cx, k)) || /^بان/.test(w));
}

/** Whether the words npStart.. after a verb of describing (its word at c1 - 1) are its object, not its subject. */
export function describedObjectFirst(cx: Detection, cue: VerbCue | undefined, c1: number, npStart: number): boolean {
  if (normLemma(cue) !== 'وصف' || cue?.participle) return false;
  if (/(ه|ها|هم|هما)$/.test(norm(cx, c1 - 1))) return false;
  // One word, or two joined by و (الشركة وإدارتها): a second word without و opens the object after
  // a subject (ووصف سامر انتقاله بـ، وصف البنك المركزي الاقتصاد بأنه).
  let end = npStart + 1;
  if (/^و/.test(norm(cx, end)) && !describedAs(cx, end)) end++;
  if (!(describedAs(cx, end) || (isComma(cx, end) && describedAs(cx, end + 1)))) return false;
  for (let k = npStart; k < end; k++) {
    const t = tok(cx, k);
    const w = norm(cx, k);
    if (t?.kind !== 'word' || HONORIFIC.test(w) || cx.mentionOf[k]?.type === 'PER' || TIME_WORDS.has(w) || roleOf(cx, w) !== undefined
      || inSet(cx.lex.roles, w) || inSet(cx.lex.anonymousHeads, w) || inSet(cx.lex.outletNouns, w) || cx.lex.rankTitles.has(w)) return false;
  }
  return true;
}
