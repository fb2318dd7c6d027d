import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

/** إلى القول إن، في القول إن: the noun reports its clause's subject (to-saying.ts). */

test('وذهب الكاتب إلى القول إن …', () => {
  assert.deepEqual(attributionViews('وذهب الكاتب إلى القول إن الأزمة ستطول أكثر مما يتوقع الناس.'),
    [{ cue: 'القول', source: 'الكاتب', stance: 'assert' }]);
});

test('ولم تجد الصحيفة حرجا في القول إن …: past the accusative object', () => {
  assert.deepEqual(attributionViews('ولم تجد الصحيفة حرجا في القول إن الحكومة أخفقت في إدارة الملف.'),
    [{ cue: 'القول', source: 'الصحيفة', stance: 'assert' }]);
});

test('يمكن الذهاب إلى القول، الأهم في القول: the writer\'s own voice', () => {
  assert.equal(attributionViews('ولذلك يمكن الذهاب إلى القول إن الأسعار سترتفع هذا العام.').length, 0);
  assert.equal(attributionViews('والأهم في القول أن التعاون بين البلدين مستمر.').length, 0);
});
