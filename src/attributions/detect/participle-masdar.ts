/**
 * A circumstantial participle after a comma whose object is a verbal noun that the general
 * object test turns down:
 *   - فعول of a root in و (مؤكدة وقوفها مع …، مؤكداً وجود فعاليات): a word in و after a
 *     participle is mostly a second conjunct, but these shapes have no reading as و + a word;
 *   - after a participle of likelihood (مرجحاً، مرجحة), which the lexicon does not let take
 *     any object (رجحت كفة الفريق is "tipped the scale"), a verbal noun is the outcome judged
 *     likely (مرجحة ارتفاع حصيلة القتلى).
 */
import type { VerbCue } from '../lexicon.js';
import type { Detection } from './context.js';
import { isComma, normLemma, tok } from './lookups.js';
import { verbalNounShape } from './frame-parts.js';
import { moreVerbalNounShape, rootWawVerbalNoun } from './masdar-shapes.js';

/** Lemmas of judging an outcome likely. */
const LIKELIHOOD = new Set(['رجح']);

/**
 * The participle [c0, c1) after a comma takes the verbal noun at o (c1, or past a fronted
 * adverbial: مؤكداً في الوقت ذاته وجود …) as what was said.
 */
export function participleMasdarObject(cx: Detection, c0: number, c1: number, cue: VerbCue | undefined, o = c1): boolean {
  if (cue?.participle !== true || !isComma(cx, c0 - 1) || tok(cx, o + 1)?.kind !== 'word') return false;
  if (cue.objectContent) return rootWawVerbalNoun(cx, o);
  return LIKELIHOOD.has(normLemma(cue)) && (verbalNounShape(cx, o) || moreVerbalNounShape(cx, o));
}
