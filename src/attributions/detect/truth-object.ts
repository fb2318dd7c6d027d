/**
 * ولم يؤكد البنتاغون صحة التقارير …، نفت الوزارة صحة الأنباء …: the truth (صحة، سلامة) of a
 * report after a whole subject is the verb's object — negated or not, what was (not) confirmed
 * or denied starts there, never inside the subject's phrase.
 */
import type { VerbCue } from '../lexicon.js';
import type { Detection } from './context.js';
import { bareAt, tok } from './lookups.js';
import { subjectEndsBefore } from './nominal-object.js';
import { TRUTH_OBJECTS } from './word-sets.js';

/** Does the object «صحة …» start at j, right after a subject ending at j - 1, with a genitive after it? */
export function truthObjectAt(cx: Detection, cue: VerbCue | undefined, npStart: number, j: number): boolean {
  if (cue === undefined || cue.participle === true || j <= npStart || !(cue.objectContent || cue.stance === 'deny')) return false;
  if (!TRUTH_OBJECTS.has(bareAt(cx, j)) || cx.mentionOf[j] || tok(cx, j + 1)?.kind !== 'word') return false;
  // وأوضحت صحة الأحساء: the health affairs of a place speak (a place's name after it).
  if (/^(GPE|LOC)$/.test(cx.mentionOf[j + 1]?.type ?? '')) return false;
  return subjectEndsBefore(cx, j);
}
