/**
 * «دعا إلى زيارة عدن بعد تحريرها»: a noun after «بعد» in what a call asks for tells what was
 * done before the call, not what it asks. (An attack named again by its definite noun with only
 * a clause of taking place after it, «الهجوم الذي وقع في البلدة», stays the attack already told,
 * as the guideline says of an act mentioned again without a new act.)
 */
import type { Doc } from './context.js';
import { DEMONSTRATIVES, DURING } from './lexicon-sets.js';
import type { Candidate } from './types.js';

/** A noun right after «بعد» / «وبعد»: an act already done, not one asked for. */
export function doneBefore(doc: Doc, c: Candidate): boolean {
  return c.reading.pos !== 'verb' && c.tok > 0 && /^(و)?بعد$/.test(doc.tokens[c.tok - 1]!.norm);
}

/**
 * A definite meeting noun in the place of a circumstance or pointed at (خلال الاجتماع، في
 * اللقاء، بداية الزيارة، هذه الزيارة): the meeting spoken of is one already known.
 */
export function meetingTakenUp(doc: Doc, c: Candidate): boolean {
  const w1 = doc.tokens[c.tok - 1]?.norm ?? '';
  return c.reading.pos === 'noun' && /ال$/.test(c.reading.proclitics) && c.reading.pronoun === undefined
    && (DURING.has(w1) || DEMONSTRATIVES.has(w1) || /^(و)?(في|بدايه|ختام|نهايه|عقب|اعقاب)$/.test(w1));
}
