import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

const sourceOf = (t: string, cue: string): string[] => attributionViews(t).filter((x) => x.cue === cue).map((x) => x.source);

test('a verb right after التي with nothing resuming the antecedent has the antecedent for subject, not the noun after it', () => {
  const t = 'وتواصل الخلاف مع النقابات العمالية التي تتهم المصانع الكبرى بتجاهل حقوق العمال.';
  assert.deepEqual(sourceOf(t, 'تتهم'), ['النقابات العمالية']);
});

test('a speaker written after the verb, a resumptive pronoun or an antecedent of time keeps the subject after the verb', () => {
  assert.deepEqual(sourceOf('وارتفعت الأسعار في الوقت الذي أوضح مسؤول في الوزارة أن المخزون كاف.', 'أوضح'), ['مسؤول في الوزارة']);
  assert.deepEqual(sourceOf('وهي المرة الأولى التي تعلن الشركة عن أرباح بهذا الحجم.', 'تعلن'), ['الشركة']);
  assert.deepEqual(sourceOf('وانتقد النائب القرار الذي وصفه الوزير بأنه ضروري.', 'وصفه'), ['الوزير']);
});
