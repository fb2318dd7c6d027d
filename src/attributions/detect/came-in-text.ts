/**
 * كتب X رسالة جاء فيها: «…»، كتبت الصحيفة افتتاحية بعنوان "…" جاء فيها: …، كتب سلسلة تغريدات
 * وجاء فيها: …: the verb of writing only makes the text; the words are reported by «جاء فيها»
 * before them, so that phrase is the cue, and the writer stays its source. A quoted title
 * (بعنوان "معادلة جديدة") the verb took for its content gives way to the words after the phrase.
 */
import type { Detection } from './context.js';
import type { Draft } from './types.js';
import { contentFrom, firstTokenAt } from './content.js';
import { normaliseString } from '../../text/normalise/normalise.js';
import { isQuoteOpen, norm, normLemma, sentenceEnd, span, verbAt } from './lookups.js';
import { COLONS } from './word-sets.js';

/**
 * Verbs that make a text rather than relay one: after نقل X تصريحات … جاء فيها the relaying
 * verb stays the cue (the chain of who passed the words on is its own).
 */
const WRITING = new Set(['كتب', 'دون', 'غرد', 'أرسل', 'بعث', 'وجه', 'نشر'].map((w) => normaliseString(w)));

/** How far past the verb the phrase may stand: the writer, the text and its title. */
const REACH = 24;

/** Does «جاء فيه/فيها» at k introduce words (a colon, a quotation or أنّ after it)? */
export function cameInAt(cx: Detection, k: number): boolean {
  if (!/^[وف]?جاء$/.test(norm(cx, k)) || !/^(فيه|فيها)$/.test(norm(cx, k + 1))) return false;
  const next = norm(cx, k + 2);
  return COLONS.has(next) || isQuoteOpen(cx, k + 2) !== undefined || cx.complementizers.has(next);
}

/** Where the words after the phrase at k start. */
export function wordsAfter(cx: Detection, k: number): number {
  return COLONS.has(norm(cx, k + 2)) || cx.complementizers.has(norm(cx, k + 2)) ? k + 3 : k + 2;
}

/** Moves the cue of a verb whose content is introduced by «جاء فيها» further on to that phrase. */
export function moveCueToCameIn(cx: Detection): void {
  for (const d of cx.drafts as Draft[]) {
    const cue = firstTokenAt(cx, d.cue.start);
    if (!WRITING.has(normLemma(verbAt(cx, cue)))) continue;
    const c = firstTokenAt(cx, d.content.start);
    const se = sentenceEnd(cx, cue);
    let at = -1;
    for (let k = cue + 1; k < Math.min(se, cue + REACH); k++) {
      if (cameInAt(cx, k)) {
        at = k;
        break;
      }
    }
    if (at < 0) continue;
    const start = cx.starts[at] as number;
    // The phrase is another draft's cue already (بيانا صحفيا جاء فيه), or the verb's words lie elsewhere.
    if (cx.drafts.some((o) => o !== d && o.cue.start <= start && start < o.cue.end)) continue;
    const from = wordsAfter(cx, at);
    const introduced = c === from || (c === from + 1 && isQuoteOpen(cx, from) !== undefined);
    if (!introduced && d.content.end > start) continue;
    d.cue = span(cx, at, at + 2);
    if (!introduced) {
      const [a, b] = contentFrom(cx, from, false);
      d.content = span(cx, a, b);
    }
  }
}
