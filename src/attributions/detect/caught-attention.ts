/**
 * لفت نظري، لفت انتباهنا: with the writer's own attention as its object, لفت "caught" has
 * for subject what was noticed (ما لفت نظري هو أن …، لفت انتباهي أن …، لفت نظري في كلامه
 * قوله …), not a speaker: the writer's voice, no report. With a speaker after the object and
 * his إلى (لفت نظري أحد المتابعين إلى …) it still reports, so only what cannot open a speaker
 * — a complementizer, a pronoun of identity, a preposition — turns it down.
 */
import type { VerbCue } from '../lexicon.js';
import type { Detection } from './context.js';

/** نظري، انتباهنا، أنظارنا: attention owned by the first person. */
const OWN_ATTENTION = /^(نظر|انتباه|انظار)(ي|نا)$/;
/** After the object, words that cannot open a speaker: a pronoun of identity, a preposition. */
const NOTICED = new Set(['هو', 'هي', 'في', 'من', 'على', 'عند', 'خلال']);

/** Whether the verb v at i is لفت with the writer's attention as its object. */
export function caughtOwnAttention(cx: Detection, i: number, v: VerbCue): boolean {
  if (v.lemma !== 'لفت' || v.participle) return false;
  if (!OWN_ATTENTION.test((cx.norms[i + 1] as string | undefined) ?? '')) return false;
  const next = (cx.norms[i + 2] as string | undefined) ?? '';
  return cx.kinds[i + 2] !== 'word' || cx.complementizers.has(next) || NOTICED.has(next);
}
