import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

/** The sources of the attributions whose cue is exactly `cue`. */
const sourcesOf = (t: string, cue: string): string[] => attributionViews(t).filter((x) => x.cue === cue).map((x) => x.source);
const cues = (t: string): string[] => attributionViews(t).map((x) => x.cue);

test('a statute, a decision or an agreement stipulates (نص على): the text is the source', () => {
  assert.deepEqual(sourcesOf('تنص المادة 12 من النظام على أن العامل يستحق إجازة سنوية.', 'تنص'), ['المادة 12']);
  assert.deepEqual(sourcesOf('وينص القرار على تشكيل لجنة خبراء للتحقيق في الحادث.', 'وينص'), ['القرار']);
  assert.deepEqual(sourcesOf('حيث نصت القرارات على أن تتولى اللجنة تنسيق الجهود.', 'نصت'), ['القرارات']);
  assert.deepEqual(sourcesOf('ونص الاتفاق على أن تنسحب القوات خلال شهر.', 'ونص'), ['الاتفاق']);
});

test('نص "text" is no verb, and a subject that is no text stipulates nothing', () => {
  assert.deepEqual(cues('وقرأ المذيع نص البيان على الهواء مباشرة.'), []);
  assert.deepEqual(cues('ونشرت الصحيفة نص الاتفاق على موقعها الإلكتروني.'), []);
  assert.deepEqual(sourcesOf('وقال المجلس إن الخطوة تنص على تمويل عشرين مشروعا.', 'تنص'), []);
});

test('تطرق إلى: the topic a speaker or a press review took up', () => {
  assert.deepEqual(sourcesOf('كما تطرقت الصحف إلى تصريحات الرئيس حول الميزانية.', 'تطرقت'), ['الصحف']);
  assert.deepEqual(attributionViews('ولم يتطرق البيان إلى طريقة دخول المهاجم.').map((x) => x.stance), ['none']);
});
