/**
 * «الطيار ومساعده»، «المدرب الصربي رادو سلاف ومساعده فلادان»، «روبيرتا جاكوبسون مساعدة وزير
 * الخارجية»، «مساعدة المدير العام للشؤون التعليمية»: مساعد (an assistant) is a title, not help.
 * Written with a final ه (مساعده, his assistant; his help is مساعدته) it folds to the spelling of
 * مساعدة once ة and ه are one letter; and the feminine title stands bare before the office it
 * assists. «بمساعدة رئيس البلدية» (with the help of) and «لمساعدة وزير» (to help) take a preposition
 * and are left alone.
 */
import { type Doc, sentenceOf } from './context.js';

/** Offices an assistant is named after (وزير الخارجية، المدير العام، رئيس الجمعية). */
const OFFICE = /^(وزير|الوزير|مدير|المدير|رئيس|قائد|الامين|امين|مستشار|المستشار|نائب|المدعي|الملحق|سفير|السفير|وكيل)$/;

/** Whether the noun of help at i, `written` as in the text, is the title «assistant». */
export function assistantTitle(doc: Doc, i: number, written: string): boolean {
  const { tokens } = doc;
  const plain = written.replace(/[\u064b-\u0652\u0640]/g, '');
  if (/^و?مساعده$/.test(plain)) return true;
  return plain === 'مساعدة' && i + 1 < tokens.length && sentenceOf(doc, i + 1) === sentenceOf(doc, i) && OFFICE.test(tokens[i + 1]!.norm);
}
