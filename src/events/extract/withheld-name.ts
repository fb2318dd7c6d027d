/**
 * «قال مسؤول طلب عدم الكشف عن اسمه»، «وذكر المسؤول، الذي طلب عدم نشر اسمه، …»، «طالبا عدم ذكر
 * هويته»: a source asking not to be named is the outlet's formula for an anonymous source, no
 * request between parties (as refusing to comment is no rejection, extract/refused-comment.ts).
 */
import { type Doc, inSentenceOf } from './context.js';

/** Not telling: the word after «عدم». */
const DISCLOSING = /^(ال)?(كشف|ذكر|نشر|افصاح|اعلان|تسميه|الكشف)$/;
/** The name or identity withheld, with its pronoun. */
const NAME = /^(عن)?(اسم|هويت|شخصيت)(ه|ها|هم|هما)$/;

/** Whether the word of asking at i asks that the speaker's name be withheld. */
export function withheldName(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  if (!inSentenceOf(doc, i + 2, i) || !/^(و|ب)?عدم$/.test(tokens[i + 1]!.norm) || !DISCLOSING.test(tokens[i + 2]!.norm)) return false;
  for (let k = i + 3; k <= i + 4 && inSentenceOf(doc, k, i); k++) {
    if (NAME.test(tokens[k]!.norm)) return true;
  }
  return false;
}
