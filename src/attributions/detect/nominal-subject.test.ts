import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

const sourceOf = (t: string, cue: string): string[] => attributionViews(t, []).filter((x) => x.cue === cue).map((x) => x.source);

test('a quantified definite plural opening the sentence is the subject of the plural verb after it, not its object', () => {
  assert.deepEqual(sourceOf('أغلب المحللين الغربيين يرون تراجع روسيا بأنه خطوة تكتيكية.', 'يرون'), ['أغلب المحللين الغربيين']);
  assert.deepEqual(sourceOf('وفي الملف السوري، أغلب المحللين الغربيين يرون تراجع روسيا بأنه خطوة تكتيكية.', 'يرون'), ['أغلب المحللين الغربيين']);
});

test('a definite human plural opening the sentence speaks for the plural verb after it, but not a time phrase, a resumed object or a noun the verb describes', () => {
  assert.deepEqual(sourceOf('المسؤولون في الوزارة أكدوا سلامة الإجراءات.', 'أكدوا'), ['المسؤولون في الوزارة']);
  assert.deepEqual(sourceOf('هذا الأسبوع أكدت الوزارة سلامة الإجراءات.', 'أكدت'), ['الوزارة']);
  assert.equal(sourceOf('المسؤولون أكدوه في بيان.', 'أكدوه').includes('المسؤولون'), false);
  // A verb after an indefinite noun describes that noun; its subject follows it.
  assert.deepEqual(sourceOf('والمحققون هم أول فريق تعلن الشرطة عن وصوله.', 'تعلن'), ['الشرطة']);
});

test('the quantifier stays part of the subject', () => {
  assert.deepEqual(sourceOf('معظم السكان يصفون الوضع بأنه كارثي.', 'يصفون'), ['معظم السكان']);
});

test('after إلى أن that reports, a definite source phrase is the subject of the verb', () => {
  assert.deepEqual(sourceOf('وانتهت عمليات البحث مساء أمس. يشار إلى أن المعلومات الأولية أكدت نجاة الصيادين جميعا.', 'أكدت'), ['المعلومات الأولية']);
});
