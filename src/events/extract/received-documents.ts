/**
 * «استقبلت المحاكم السعودية نحو 103 دعاوى»، «الدعاوى التي استقبلتها المحكمة»، «باستقبالها لهذه
 * القضايا»، «لاستقبال وتقبل مطالب المواطنين»: a court or an office that receives applications,
 * cases or complaints receives no visitor; no CONSULT. The lemma's `notNext` catches the paper
 * right after the verb (استقبال الطلبات); this looks past the subject and a count, and at the
 * paper a relative clause or «لهذه» ties to it.
 */
import { type Doc, sentenceOf } from './context.js';
import { isBoundary, RELATIVES } from './lexicon-sets.js';

/** Papers an office receives (طلبات، دعاوى، شكاوى، بلاغات …), with و/ب/ل/ال. */
const PAPERS = /^(و|ف)?(ب|ل)?(ال|لل)?(طلبات|طلب|دعاوي|دعوي|قضايا|شكاوي|شكوي|بلاغات|معاملات|مطالب|مقترحات|استفسارات|اتصالات|مكالمات|رسائل|ملفات|اعتراضات|تظلمات|ترشيحات|عروض)$/;

/** Verbs of receiving coordinated with it (لاستقبال وتقبل مطالب). */
const ALSO_RECEIVING = /^و(تقبل|تلقي|استلام|فرز|دراسه)$/;

/** Whether the reception at i receives papers, not people. */
export function receivedDocuments(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  const s = sentenceOf(doc, i);
  for (let k = i + 1; k < tokens.length && k - i <= 8 && sentenceOf(doc, k) === s; k++) {
    const t = tokens[k]!;
    if (isBoundary(t)) break;
    if (PAPERS.test(t.norm)) return true;
    // A clause of its own begins (استقبل الوفد واستمع إلى مطالبه): its papers are not the object.
    if (/^و../.test(t.norm) && !ALSO_RECEIVING.test(t.norm)) break;
  }
  // «الدعاوى التي استقبلتها المحكمة»
  return i >= 2 && sentenceOf(doc, i - 2) === s && RELATIVES.has(tokens[i - 1]!.norm) && PAPERS.test(tokens[i - 2]!.norm);
}
