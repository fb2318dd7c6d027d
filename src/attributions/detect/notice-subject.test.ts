import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

/** يفيد/تفيد without a subject after it: the notice before it speaks (notice-subject.ts). */
const sourceOf = (t: string, cue: string): string[] => attributionViews(t).filter((x) => x.cue === cue).map((x) => x.source);

test('تلقت غرفة العمليات بلاغاً من مواطن يفيد بأن …: the notice, not the room that received it', () => {
  const t = 'وذكر الناطق الإعلامي أن غرفة العمليات تلقت بلاغا من مواطن يفيد بتعرض ابنه للدهس.';
  assert.deepEqual(sourceOf(t, 'يفيد'), ['بلاغا من مواطن']);
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
