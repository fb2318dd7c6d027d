import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

/** Speaking on condition of anonymity is an aside on the speaker (anonymity-condition.ts). */

test('وقال مسؤولون، تحدثوا شريطة عدم الكشف عن هوياتهم، إن …: the main verb keeps its content', () => {
  const t = 'وقال مسؤولون أمريكيون، تحدثوا شريطة عدم الكشف عن هوياتهم، إن الهجوم كان متوقعا.';
  assert.deepEqual(attributionViews(t), [{ cue: 'وقال', source: 'مسؤولون أمريكيون', stance: 'assert' }]);
});

test('تحدث لرويترز بشرط عدم ذكر اسمه / لـ"الشرق الأوسط": past an addressee too', () => {
  for (const t of [
    'وقال مسؤول أمريكي، تحدث لرويترز بشرط عدم ذكر اسمه، إن الهجوم كان متوقعا.',
    'وقال مسؤول أمريكي، تحدث لـ"الشرق الأوسط" بشرط عدم ذكر اسمه، إن الهجوم كان متوقعا.',
  ]) assert.deepEqual(attributionViews(t), [{ cue: 'وقال', source: 'مسؤول أمريكي', stance: 'assert' }], t);
});

test('وتحدث الوزير عن أن …: talking with its content stays a report', () => {
  assert.deepEqual(attributionViews('وتحدث الوزير عن أن الحكومة ستستقيل.'), [{ cue: 'وتحدث', source: 'الوزير', stance: 'assert' }]);
});
