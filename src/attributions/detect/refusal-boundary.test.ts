import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, spanText } from '../testing.js';

/** A joined refusal to comment ends the content before it (refusal-boundary.ts). */

const contents = (t: string): string[] => attributionsOf(t).map((a) => `${spanText(t, a.cue)} «${spanText(t, a.content)}»`);

test('ونشرت الصحيفة أن …، ورفضت الشركة التعليق: the content ends before the refusal', () => {
  assert.deepEqual(contents('ونشرت الصحيفة أن الشركة تجري محادثات للاستحواذ على منافستها، ورفضت الشركة التعليق.'),
    ['ونشرت «الشركة تجري محادثات للاستحواذ على منافستها»', 'ورفضت «التعليق»']);
  assert.deepEqual(contents('وذكرت الوكالة أن الحكومة تدرس رفع أسعار الوقود ورفض متحدث باسم الوزارة التعليق على التقرير.')[0],
    'وذكرت «الحكومة تدرس رفع أسعار الوقود»');
  assert.deepEqual(contents('وأفادت القناة بأن الجيش سحب قواته من البلدة، فيما امتنع مسؤولون عن التعليق.')[0],
    'وأفادت «الجيش سحب قواته من البلدة»');
});

test('قالت الوزارة إن البرلمان رفض المشروع …: a refusal that is no declined comment stays in the content', () => {
  assert.deepEqual(contents('وقالت الوزارة إن الحكومة أعدت المشروع ورفض البرلمان مناقشته قبل الانتخابات.')[0],
    'وقالت «الحكومة أعدت المشروع ورفض البرلمان مناقشته قبل الانتخابات»');
});
