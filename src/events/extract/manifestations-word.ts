/**
 * «مكافحة الفساد بشتى صوره ومظاهره»، «الإرهاب بجميع أشكاله ومظاهره»: مظاهر (manifestations) with
 * the pronoun ه folds to the spelling of «مظاهرة» (a demonstration) once ة and ه are one letter;
 * as written, with its final ه, it is the plural noun and tells no protest.
 */
import { type Doc, writtenPlain } from './context.js';

/** Whether token i as written is مظاهره «its manifestations», not مظاهرة. */
export function manifestationsWord(doc: Doc, i: number): boolean {
  return /^[وفبل]?مظاهره$/.test(writtenPlain(doc, i));
}
