/**
 * Two ways a trigger the filters would drop is told as an act that was done.
 *
 * - «الهجوم الذي نُفذ بشاحنة»، «التفجير وقع في سوق»، «العمليتين اللتين نفذتهما»: an attack or an
 *   arrest named again by its definite noun, when a verb of doing or of taking place follows in
 *   its clause, is told once more with what is new about it; the gold counts it (not so a noun
 *   named again bare, «أسفر الهجوم عن …» after the attack is told).
 * - «دعا إلى زيارة عدن بعد تحريرها»: a noun after «بعد» in what a call asks for tells what was
 *   done before the call, not what it asks.
 */
import { doneInClause } from './candidates.js';
import type { Doc } from './context.js';
import { DOING_TYPES } from './lexicon-sets.js';
import type { Candidate } from './types.js';

/** An ASSAULT or COERCE noun taken up again, with a clause of doing or taking place after it. */
export function retoldWithClause(doc: Doc, c: Candidate): boolean {
  return DOING_TYPES.has(c.type) && c.reading.pos === 'noun' && doneInClause(doc, c.tok) !== undefined;
}

/** A noun right after «بعد» / «وبعد»: an act already done, not one asked for. */
export function doneBefore(doc: Doc, c: Candidate): boolean {
  return c.reading.pos !== 'verb' && c.tok > 0 && /^(و)?بعد$/.test(doc.tokens[c.tok - 1]!.norm);
}
