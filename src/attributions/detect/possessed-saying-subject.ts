/**
 * Where the subject of a verb reporting through بقوله may be written besides right after the
 * verb: before it (الناقد X وصف المشهد بقوله: «…») or after a title that opens the subject,
 * its name starting inside it (علق مدرب الفريق البرتغالي X المباراة بقوله: «…»). Either way
 * the subject is written, so بقوله is the cue as a participle of saying would be
 * (GUIDELINE.md: `وعلق X على ذلك بقوله` has the cue on the noun once the subject is written).
 */
import type { Token } from '../../core/types.js';
import type { Detection } from './context.js';
import { isPunct, norm, tok, verbAt } from './lookups.js';
import { firstTokenAt } from './content.js';
import type { Draft } from './types.js';

/** How many words a title may run from the verb to the name the source starts at. */
const TITLE_REACH = 8;

/** The tokens a..b-1 are words only: no punctuation, number or verb between them. */
function wordsOnly(cx: Detection, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (tok(cx, k)?.kind !== 'word' || isPunct(cx, k) || verbAt(cx, k)) return false;
  return true;
}

/** A demonstrative at k (ذلك، هذا، بذلك) that may take up what was said before. */
export function demonstrativeAt(cx: Detection, k: number): boolean {
  const w = norm(cx, k);
  return cx.lex.demonstratives.has(w) || /^ب(ذلك|هذا)$/.test(w);
}

/**
 * The verb at `verb` and the noun at n: its object stands between them, and is no demonstrative
 * alone, which would take up what was said before (بين ذلك X بقوله keeps the verb as the cue);
 * a demonstrative before its noun (تلك الحالة) is an object like any other.
 */
function objectBetween(cx: Detection, verb: number, n: number): boolean {
  if (verb + 1 >= n || !wordsOnly(cx, verb + 1, n)) return false;
  if (demonstrativeAt(cx, verb + 1)) return verb + 2 < n && norm(cx, verb + 2).startsWith('ال');
  return true;
}

/**
 * The draft's source is written before its verb, right against it, with the verb's object
 * between the verb and بقوله at n; or it starts inside the subject after the verb, only words of
 * a title between (the name the detector took as the source).
 */
export function subjectWrittenAroundVerb(cx: Detection, d: Draft, verb: number, n: number): boolean {
  const { start, end } = d.source;
  if (start === undefined || end === undefined) return false;
  const noun = tok(cx, n) as Token;
  if (end <= d.cue.start) return firstTokenAt(cx, end) === verb && objectBetween(cx, verb, n);
  const s = firstTokenAt(cx, start);
  return start >= d.cue.end && end <= noun.start && s > verb + 1 && s - verb - 1 <= TITLE_REACH && wordsOnly(cx, verb + 1, s)
    && !cx.lex.demonstratives.has(norm(cx, verb + 1));
}
