/**
 * «الطيار ومساعده»، «المدرب الصربي رادو سلاف ومساعده فلادان»، «روبيرتا جاكوبسون مساعدة وزير
 * الخارجية»، «مساعدة المدير العام للشؤون التعليمية»: مساعد (an assistant) is a title, not help.
 * Written with a final ه (مساعده, his assistant; his help is مساعدته) it folds to the spelling of
 * مساعدة once ة and ه are one letter; and the feminine title stands bare before the office it
 * assists. «بمساعدة رئيس البلدية» (with the help of) and «لمساعدة وزير» (to help) take a preposition
 * and are left alone.
 */
import { type Doc, inSentenceOf, writtenPlain } from './context.js';

/** Offices an assistant is named after (وزير الخارجية، المدير العام، رئيس الجمعية). */
const OFFICE = /^(وزير|الوزير|مدير|المدير|رئيس|قائد|الامين|امين|مستشار|المستشار|نائب|المدعي|الملحق|سفير|السفير|وكيل)$/;

/** Whether the noun of help at i is the title «assistant». */
export function assistantTitle(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  const plain = writtenPlain(doc, i);
  if (/^و?مساعده$/.test(plain)) return true;
  return plain === 'مساعدة' && inSentenceOf(doc, i + 1, i) && OFFICE.test(tokens[i + 1]!.norm);
}
