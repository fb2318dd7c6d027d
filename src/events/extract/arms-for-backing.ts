/**
 * «سفينة تحمل مقاتلين وأسلحة وذخيرة لدعم الإرهاب»، «أرسلت عتادا وصواريخ لدعم الميليشيات»: backing
 * named as the purpose of arms, ammunition or fighters just listed before it is military aid (AID),
 * not verbal support. The words of a material kind after دعم (دعم عسكري، دعمها بالسلاح) are read in
 * candidates.ts; this looks at the arms before the purpose.
 */
import { type Doc, sentenceOf } from './context.js';

/** Arms, ammunition and fighters (with و and a plural or a singular). */
const ARMS = /^(و)?(ال)?(اسلحه|سلاح|ذخيره|ذخائر|عتاد|صواريخ|مقاتلين|مسلحين|متطوعين|معدات|اليات|اموال)$/;

/** Whether the purpose «لدعم» at i follows a list of arms within four words. */
export function armsForBacking(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  if (!/^(و)?لدعم$/.test(tokens[i]!.norm)) return false;
  for (let k = i - 1; k >= 0 && i - k <= 4 && sentenceOf(doc, k) === sentenceOf(doc, i); k--) {
    if (ARMS.test(tokens[k]!.norm)) return true;
  }
  return false;
}
