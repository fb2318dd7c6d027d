/**
 * «اجتماع الكلمة»، «واجتماع كلمتهم»: in sermons and statements the masdar of اجتمع with «الكلمة» after
 * it is the unity of the community (its word gathered as one), no meeting of parties. Only the
 * indefinite masdar: «ألقى في الاجتماع كلمة» is a speech given at a meeting, which stays one.
 */
import type { Doc } from './context.js';

const MASDAR = /^(و|ف)?(ب|ل|ك)?اجتماع$/;
const WORD = /^(ال)?كلمه$|^كلمت(ه|ها|هم|هما|نا|كم)$/;

/** Whether the form of اجتماع at i is «the word gathered as one». */
export function unityOfWord(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  const next = tokens[i + 1];
  return MASDAR.test(tokens[i]!.norm) && next !== undefined && next.sentence === tokens[i]!.sentence && WORD.test(next.norm);
}
