import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

/** A participle of refusing declines to comment or rejects a proposition (refusal-participle.ts). */

test('…، رافضا الحديث عن …: stance none, the sentence\'s speaker', () => {
  const v = attributionViews('وقال المدرب إن الفريق جاهز للمباراة، رافضا الحديث عن تشكيلة الغد.');
  assert.deepEqual(v.find((x) => x.cue === 'رافضا الحديث'), { cue: 'رافضا الحديث', source: 'المدرب', stance: 'none' });
});

test('…، ممتنعة عن التعليق على …: the same with امتنع', () => {
  const v = attributionViews('وأكدت المديرة أن الدراسة ستبدأ في موعدها، ممتنعة عن التعليق على شكاوى الأهالي.');
  assert.deepEqual(v.find((x) => x.cue.startsWith('ممتنعة')), { cue: 'ممتنعة عن التعليق', source: 'المديرة', stance: 'none' });
});

test('…، رافضا اعتبار أن …: rejecting the proposition denies it', () => {
  const v = attributionViews('وأوضح الكاتب أن النقاد ظلموا روايته، رافضا اعتبار أن الرواية كتبت على عجل.');
  assert.deepEqual(v.find((x) => x.cue === 'رافضا'), { cue: 'رافضا', source: 'الكاتب', stance: 'deny' });
});

test('تحدث X عن الرواية رافضا الكشف …: not the noun right before the participle', () => {
  const v = attributionViews('وتحدث الكاتب عن الرواية الجديدة رافضا الكشف عن اسم بطلها.');
  assert.equal(v.find((x) => x.cue === 'رافضا الكشف')?.source, 'الكاتب');
});

test('رافضا مصافحة المدرب: refusing an act reports nothing', () => {
  assert.deepEqual(attributionViews('وخرج اللاعب من الملعب رافضا مصافحة المدرب.'), []);
});
