/**
 * «مكافحة الفساد بشتى صوره ومظاهره»، «الإرهاب بجميع أشكاله ومظاهره»: مظاهر (manifestations) with
 * the pronoun ه folds to the spelling of «مظاهرة» (a demonstration) once ة and ه are one letter;
 * as written, with its final ه, it is the plural noun and tells no protest.
 */

/** Whether the word as written is مظاهره «its manifestations», not مظاهرة. */
export function manifestationsWord(written: string): boolean {
  return /^[وفبل]?مظاهره$/.test(written.replace(/[\u064b-\u0652\u0640]/g, ''));
}
