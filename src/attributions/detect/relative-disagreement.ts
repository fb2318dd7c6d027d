/**
 * تحدث الشيخ عن … الجماعات والأحزاب، التي أكد أن وجودها …: a verb right after a relative pronoun
 * that does not agree with it (a masculine verb after التي, a feminine one after الذي) does not
 * have the antecedent for subject — the antecedent is what the verb is about («which he said
 * …») and the subject is carried from the sentence. Only a form whose gender shows (أكد، أكدت);
 * a plural antecedent of things takes a feminine verb, so التي with a feminine verb stays open.
 * The statements of someone «in which he said» (التي أكد فيها) are the exception: their owner speaks.
 */
import type { VerbCue } from '../lexicon.js';
import type { Detection } from './context.js';
import { bareAt, isComma } from './lookups.js';
import { resumptiveAt } from './subjects.js';

/** Does the verb cue at c0 disagree with the relative pronoun right before it? */
export function disagreesWithRelative(cx: Detection, c0: number, cue: VerbCue | undefined): boolean {
  const rel = bareAt(cx, isComma(cx, c0 - 1) ? c0 - 2 : c0 - 1);
  if (!cue || cue.participle || cue.gender === undefined || (rel !== 'الذي' && rel !== 'التي')) return false;
  // تصريحات المرشد التي أكد فيها: the pronoun after the verb resumes the statements; their owner,
  // before the relative, is the speaker (leftSource reads him).
  if (resumptiveAt(cx, c0 + 1)) return false;
  return (cue.gender === 'm') !== (rel === 'الذي');
}
