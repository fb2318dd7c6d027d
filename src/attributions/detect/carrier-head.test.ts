import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

/** تظهر/تبين with data as the subject and an أن clause reports (carrier-head.ts). */

test('تظهر آخر البيانات أن …', () => {
  assert.deepEqual(attributionViews('تظهر آخر البيانات أن الصادرات تراجعت في الربع الثاني.'), [{ cue: 'تظهر', source: 'آخر البيانات', stance: 'assert' }]);
});

test('وبينت الإحصاءات أن …', () => {
  assert.deepEqual(attributionViews('وبينت الإحصاءات أن عدد الزوار تضاعف.'), [{ cue: 'وبينت', source: 'الإحصاءات', stance: 'assert' }]);
});

test('تظهر الصور رجلا …: a picture shown, no clause, no report', () => {
  assert.deepEqual(attributionViews('تظهر الصور رجلا يعبر الشارع مسرعا.'), []);
});
