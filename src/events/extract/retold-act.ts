/**
 * «دعا إلى زيارة عدن بعد تحريرها»: a noun after «بعد» in what a call asks for tells what was
 * done before the call, not what it asks. (An attack named again by its definite noun with only
 * a clause of taking place after it, «الهجوم الذي وقع في البلدة», stays the attack already told,
 * as the guideline says of an act mentioned again without a new act.)
 */
import type { Doc } from './context.js';
import type { Candidate } from './types.js';

/** A noun right after «بعد» / «وبعد»: an act already done, not one asked for. */
export function doneBefore(doc: Doc, c: Candidate): boolean {
  return c.reading.pos !== 'verb' && c.tok > 0 && /^(و)?بعد$/.test(doc.tokens[c.tok - 1]!.norm);
}
