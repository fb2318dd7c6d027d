/**
 * قال إن الأوضاع سيئة لكنه شدد على …، إن المباني جاهزة ولكنها أشارت إلى …: لكن with a pronoun
 * is the verb's subject written as a pronoun (he, she, they), standing for someone named before
 * — usually the speaker the sentence opened with. The words before it belong to the clause that
 * لكن closes, and are no subject of the verb after it.
 */
const PRONOUN_ON_LAKIN = /^[وف]?لكن(ه|ها|هم|هما)$/;

/** Is the normalised word w لكن with a pronoun subject (لكنه، ولكنها، لكنهم)? */
export function pronounOnLakin(w: string): boolean {
  return PRONOUN_ON_LAKIN.test(w);
}
