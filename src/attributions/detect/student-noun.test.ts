import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

const cues = (t: string): string[] => attributionViews(t).map((x) => x.cue);

test('طالب the student (of a year, a degree, with an adjective or the feminine noun) is no verb of demanding', () => {
  assert.deepEqual(cues('وتبرع الشاب فهد طالب السنة الثانية في كلية الطب بدمه للمصابين.'), []);
  assert.deepEqual(cues('وفاز سعود العتيبي طالب الماجستير بجائزة البحث العلمي.'), []);
  assert.deepEqual(cues('وصرفت الجامعة المكافآت لـ (1200) طالباً وطالبة من المتفوقين.'), []);
  assert.deepEqual(cues('وقال المدير إن طالب ثانوي فاز بالمركز الأول في المسابقة.'), ['وقال']);
});

test('طالب the verb still demands, with its speaker before or after it', () => {
  assert.deepEqual(attributionViews('وطالب المواطنون بإنارة الطريق قبل الشتاء.').map((x) => [x.cue, x.source]), [['وطالب', 'المواطنون']]);
  assert.deepEqual(attributionViews('وطالب عضو مجلس الشورى بزيادة مخصصات الطلاب.').map((x) => x.cue), ['وطالب']);
});
