import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

/** Forms of a verb of saying that carry another sense and report nothing (other-senses.ts). */

const cues = (t: string): string[] => attributionViews(t).map((a) => a.cue);

test('أظهر with a quality as object and no text as subject: displayed, no report', () => {
  assert.deepEqual(cues('وفي المباراة الأخيرة أظهر الحارس الشاب هدوءًا لافتا أمام الجماهير.'), []);
  assert.deepEqual(cues('أظهرت القطط المنزلية مهارةً كبيرة في فتح الأبواب.'), []);
});

test('أظهر with data, a survey or research as subject still reports, even with an indefinite object', () => {
  assert.deepEqual(cues('وأظهرت البيانات الرسمية ارتفاعا في أسعار المواد الغذائية خلال الربع الأول.'), ['وأظهرت']);
  assert.deepEqual(cues('وارتفع المؤشر بعد أرقام مشجعة أظهرت تحسنا في المبيعات.'), ['أظهرت']);
  assert.deepEqual(cues('أظهرت دراسة جديدة أن النوم المبكر يحسن الذاكرة.'), ['أظهرت']);
});

test('مفيدة، مفيدا as the adjective "useful": no report', () => {
  assert.deepEqual(cues('وكانت الرحلة مفيدة للطلاب من كل النواحي.'), []);
});

test('مفيدا with its content introduced right after it still reports', () => {
  assert.deepEqual(attributionViews('وتحدث مدير المستشفى عن الحادث، مفيدا أن المصابين غادروا جميعا.').map((a) => [a.cue, a.source]),
    [['مفيدا', 'مدير المستشفى']]);
});

test('نفيا قاطعا: the verbal noun with its adjective is no cue', () => {
  assert.deepEqual(cues('وقال المدرب: "أرفض هذا الكلام وأنفيه نفيا قاطعا".'), ['وقال']);
});

test('وكذب joined to an indefinite noun is the noun "lies"', () => {
  assert.deepEqual(cues('وقال المدرب: "هذا بهتان وكذب وأنفيه نفيا قاطعا".'), ['وقال']);
});

test('وكذب with its subject and object still denies', () => {
  assert.deepEqual(attributionViews('وكذب المتحدث باسم الشرطة هذه الأنباء.').map((a) => a.stance), ['deny']);
});

test('نفيا as the dual verb still denies', () => {
  assert.deepEqual(attributionViews('ونفيا اللاعبان وجود أي خلاف مع الإدارة.').map((a) => a.stance), ['deny']);
});

test('يدعى after an indefinite noun: "is called", no claim', () => {
  assert.deepEqual(cues('وفي طرف القرية بستان قديم يدعى "بستان الرمان" يقصده الزوار.'), []);
});

test('يدعي with its that-clause still claims', () => {
  assert.deepEqual(cues('ويدعي المتهم أنه كان خارج المدينة وقت الحادث.'), ['ويدعي']);
});
