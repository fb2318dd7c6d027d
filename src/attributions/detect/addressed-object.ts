/**
 * أكد رئيس اللجنة لـ"الوطن" صحة انتقال اللاعب، أعلن الوزير لـ«عكاظ» تأجيل الاختبارات: past the
 * outlet the words were said to (GUIDELINE.md: the addressee is no chain), a verb that takes its
 * content as object has it right there — a verbal noun or the truth of a report (صحة …) with its
 * genitive after it, as right after the subject (أكد البرقان صحة انتقال …).
 */
import type { Detection } from './context.js';
import { bareAt, isQuoteOpen, norm, tok } from './lookups.js';
import { definiteVerbalNoun, introducerAhead, verbalNounShape } from './frame-parts.js';
import { TRUTH_OBJECTS } from './word-sets.js';
import type { FrameScan, Verdict } from './frame-steps.js';

/** Closing quotation marks. */
const CLOSING = new Set(['»', '”', '"']);
/** How many words the quoted outlet's name may have. */
const NAME_REACH = 4;

/** The words before j end in ل + a quoted outlet's name: لـ"الوطن"، لـ«عكاظ». Returns where ل stands, or -1. */
function quotedAddresseeBefore(cx: Detection, j: number): number {
  if (!CLOSING.has(norm(cx, j - 1))) return -1;
  for (let k = j - 2; k >= j - 1 - NAME_REACH; k--) {
    if (isQuoteOpen(cx, k)) return k < j - 2 && norm(cx, k - 1) === 'ل' ? k - 1 : -1;
    if (tok(cx, k)?.kind !== 'word') return -1;
  }
  return -1;
}

/** At st.j, right after a quoted addressee: the object that is what was said. */
export function objectAfterAddressee(cx: Detection, st: FrameScan): Verdict | undefined {
  const { j, j0, cue, negated, objectOK, frame } = st;
  if (!objectOK || !cue || negated || cue.participle || quotedAddresseeBefore(cx, j) < j0) return undefined;
  if (tok(cx, j + 1)?.kind !== 'word' || cx.mentionOf[j] || introducerAhead(cx, j)) return undefined;
  const deny = cue.stance === 'deny';
  if (!(TRUTH_OBJECTS.has(bareAt(cx, j)) || verbalNounShape(cx, j, deny) || definiteVerbalNoun(cx, j))) return undefined;
  frame.contentStart = j;
  return 'stop';
}
