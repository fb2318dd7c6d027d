import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

/** يفيد/تفيد without a subject after it: the notice before it speaks (notice-subject.ts). */
const sourceOf = (t: string, cue: string): string[] => attributionViews(t).filter((x) => x.cue === cue).map((x) => x.source);

test('تلقت غرفة العمليات بلاغاً من مواطن يفيد بأن …: the notice, not the room that received it', () => {
  const t = 'وذكر الناطق الإعلامي أن غرفة العمليات تلقت بلاغا من مواطن يفيد بتعرض ابنه للدهس.';
  assert.deepEqual(sourceOf(t, 'يفيد'), ['بلاغا']);
});

test('ورد بلاغ … مساء أمس، يفيد بـ … inside a quotation: the notice, not the spokesman', () => {
  const t = 'وقال الناطق باسم الشرطة: «ورد بلاغ إلى مركز الشرطة في العاشرة مساء أمس، يفيد بسرقة سيارة من أمام منزل».';
  const src = sourceOf(t, 'يفيد');
  assert.equal(src.length, 1);
  assert.ok(src[0]?.startsWith('بلاغ'), src[0]);
});

test('الشرطة تلقت معلومات تفيد بوجود …: the information, not the police', () => {
  const t = 'وقال المسؤول إن الشرطة تلقت معلومات تفيد بوجود أسلحة في المنزل.';
  assert.deepEqual(sourceOf(t, 'تفيد'), ['معلومات']);
});

test('يفيد with its own subject after it (أفادت مصادر) is left alone', () => {
  const t = 'وفي بلاغ آخر، تفيد مصادر محلية بأن الطريق أغلق بالكامل.';
  assert.deepEqual(sourceOf(t, 'تفيد'), ['مصادر محلية']);
});

test('a notice far before يفيد, past the receiving body\'s full name and its number: still the notice, with its adjective', () => {
  const t = 'وأوضح المتحدث باسم الإسعاف أن بلاغا هاتفيا وصل من دورية المرور مساء أمس إلى غرفة العمليات المركزية بالمحافظة الشمالية (911) يفيد بانقلاب حافلة.';
  assert.deepEqual(sourceOf(t, 'يفيد'), ['بلاغا هاتفيا']);
});

test('ورد بلاغ … في 10:45 مساء، يفيد: the colon of a clock time opens no clause', () => {
  const t = 'وقال المتحدث باسم الدفاع المدني: «ورد بلاغ إلى المركز في 10:45 مساء، يفيد باندلاع حريق في مستودع».';
  assert.deepEqual(sourceOf(t, 'يفيد'), ['بلاغ']);
});

test('تلقى المركز تنبيها من هيئة الأرصاد …، يفيد: a warning received is a notice too', () => {
  const t = 'وأفاد المتحدث أن المركز تلقى تنبيها من هيئة الأرصاد، يفيد بهطول أمطار غزيرة.';
  assert.deepEqual(sourceOf(t, 'يفيد'), ['تنبيها']);
});
