/**
 * «علم الاجتماع»، «أستاذ علم الاجتماع»، «عالم اجتماع»: sociology, no meeting. «ضدان لا يجتمعان»،
 * «لا نجتمع إلا بوليمة»: things that cannot go together, or a habit denied; no meeting of parties
 * told as held or called off (لم يجتمع، لن يجتمع are left alone).
 */
import { type Doc, inSentenceOf } from './context.js';

/** The field and its scholars (علم، علماء، عالم، لعلم، وعلم …) before اجتماع. */
const SCIENCE = /^(و|ف)?(ب|ل)?(ال)?(علم|علماء|عالم|عالمه)$/;

/** Whether the form of اجتمع at i is sociology or a present denied with «لا». */
export function notAMeeting(doc: Doc, i: number, imperfect: boolean): boolean {
  const { tokens } = doc;
  if (!inSentenceOf(doc, i - 1, i)) return false;
  const prev = tokens[i - 1]!.norm;
  if (SCIENCE.test(prev) && /^(ال)?اجتماع$/.test(tokens[i]!.norm)) return true;
  return imperfect && /^(و|ف)?لا$/.test(prev);
}
