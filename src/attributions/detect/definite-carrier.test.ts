import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, spanText } from '../testing.js';

/** A definite statement or report in the singular is a definite description: named (definite-carrier.ts). */
const sources = (t: string): string[] => attributionsOf(t).map((a) => `${spanText(t, a.source)}:${a.source.kind}`);

test('وأضاف البيان after a body spoke in a statement: the statement is named', () => {
  const t = 'أعلنت هيئة الطيران في بيان أن الرحلات ستستأنف غدا. وأضاف البيان أن المسافرين سيبلغون بالمواعيد.';
  assert.deepEqual(sources(t), ['هيئة الطيران:named', 'البيان:named']);
});

test('وأوضح التقرير, وأشارت الدراسة: definite documents are named', () => {
  assert.deepEqual(sources('وأوضح التقرير أن صادرات التمور تضاعفت خلال العام.'), ['التقرير:named']);
  assert.deepEqual(sources('وأشارت الدراسة إلى أن المشي اليومي يخفض ضغط الدم.'), ['الدراسة:named']);
});

test('ذكر تقرير and أشارت تقارير: indefinite documents stay anonymous', () => {
  assert.deepEqual(sources('وذكر تقرير أن صادرات التمور تضاعفت خلال العام.'), ['تقرير:anonymous']);
  assert.deepEqual(sources('وأشارت التقارير إلى أن صادرات التمور تضاعفت.'), ['التقارير:anonymous']);
});
