/**
 * أظهرت دراسة نشرت أمس الاثنين أن …، كشف تقرير صدر اليوم أن …: an indefinite text noun
 * described by a passive verb of publishing is the subject of the verb of saying before it;
 * the passive verb describes the text and is no cue of its own.
 */
import type { Detection } from './context.js';
import type { VerbCue } from '../lexicon.js';
import { bareAt, isPunct, norm, sentenceEnd, span, tok, verbAt } from './lookups.js';
import { analyseNP } from './noun-phrase.js';
import { contentFrom } from './content.js';
import { emit } from './drafts.js';

/** Passive (or unmarked) past verbs of publishing a text: نُشرت، صدر، أُجريت، أُعدّ. */
const PUBLISHED = /^(نشرت|نشر|صدرت|صدر|اجريت|اجري|اعدت|اعد)$/;

/** Where the publishing verb describing the indefinite text noun at a stands, or -1. */
function publishedAt(cx: Detection, a: number): number {
  const head = bareAt(cx, a);
  if (head.startsWith('ال') || !cx.lex.carrierNouns.has(head)) return -1;
  // دراسة ألمانية نشرت: an adjective may stand between.
  for (let k = a + 1; k <= a + 2; k++) {
    if (PUBLISHED.test(norm(cx, k))) return k;
    if (tok(cx, k)?.kind !== 'word' || bareAt(cx, k).startsWith('ال') || verbAt(cx, k)) return -1;
  }
  return -1;
}

/**
 * For the verb cue at i that found no report: when a described text noun follows it and a
 * complementiser ends the description, emits the report and returns the last token used, else i.
 */
export function describedCarrierReport(cx: Detection, i: number, v: VerbCue): number {
  if (v.participle) return i;
  const a = i + 1;
  const p = publishedAt(cx, a);
  if (p < 0) return i;
  const se = sentenceEnd(cx, i);
  // نشرت أمس الاثنين في مجلة … أن: a short time or place phrase, then the clause.
  for (let k = p + 1; k < se && k - p <= 8; k++) {
    if (cx.complementizers.has(norm(cx, k))) {
      const source = analyseNP(cx, a, k);
      if (!source || k + 1 >= se) return i;
      const [cs, ce] = contentFrom(cx, k + 1, false);
      emit(cx, { cue: span(cx, i, i + 1), source, content: span(cx, cs, ce), stance: v.stance });
      for (let q = i; q <= k; q++) cx.consumed[q] = 1;
      return k;
    }
    if ((isPunct(cx, k) && tok(cx, k)?.kind !== 'word') || verbAt(cx, k)) return i;
  }
  return i;
}
