import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, spanText } from '../testing.js';

/** بقيادة after a spokesman's title is the command he speaks for (spokesman-command.ts). */
const first = (t: string): string => {
  const a = attributionsOf(t)[0];
  return a ? `${spanText(t, a.source)}:${a.source.kind}` : '∅';
};

test('المتحدث الرسمي بقيادة الدفاع المدني … الرائد X: a named spokesman, the command kept in the phrase', () => {
  const t = 'وأوضح المتحدث الرسمي بقيادة الدفاع المدني بالمحافظة الرائد سالم بن فهد المطيري أن الفرق أخلت المبنى.';
  assert.equal(first(t), 'المتحدث الرسمي بقيادة الدفاع المدني بالمحافظة الرائد سالم بن فهد المطيري:named');
});

test('مجلس الإدارة برئاسة X: the body chaired by him still speaks alone', () => {
  const t = 'وأكد مجلس إدارة الجمعية برئاسة سالم المطيري أن الانتخابات ستجرى في موعدها.';
  assert.equal(first(t), 'مجلس إدارة الجمعية:named');
});
