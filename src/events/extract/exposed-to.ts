/**
 * «تعرضت الوزيرة لانتقادات حادة»، «وتعرض الجيش التركي لهجوم»، «يتعرض الحوثيون
 * لضربات جوية»: تعرض before an act noun with ل is a support verb of receipt, like
 * تلقى: its subject is the one acted upon, a من-phrase names the doer. The ل on
 * the noun tells it from «تعرض» as «she shows» (تعرض القناة فيلما).
 */
import { type Doc, sentenceOf } from './context.js';
import type { Candidate } from './types.js';

const EXPOSED = /^(و|ف)?(س)?(تعرض|تعرضت|تعرضوا|تعرضا|تعرضتا|يتعرض|يتعرضون|يتعرضان|تتعرض|تتعرضان)$/;

/** Whether token k is a form of تعرض whose ل-phrase is the candidate's noun. */
export function exposedTo(doc: Doc, k: number, c: Candidate): boolean {
  const { tokens } = doc;
  const i = c.tok;
  if (c.reading.pos !== 'noun' || !/^(و)?ل$/.test(c.reading.proclitics) || k >= i) return false;
  if (sentenceOf(doc, k) !== sentenceOf(doc, i) || i - k > 10) return false;
  return EXPOSED.test(tokens[k]!.norm);
}
