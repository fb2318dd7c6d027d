import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, spanText } from '../testing.js';

const viewsOf = (t: string, cue: string): { source: string; content: string }[] =>
  attributionsOf(t).filter((a) => spanText(t, a.cue) === cue).map((a) => ({ source: spanText(t, a.source), content: spanText(t, a.content) }));

test('figures, data and surveys right before a past verb of showing are its subject (بعد بيانات أظهرت …)', () => {
  assert.deepEqual(viewsOf('ارتفعت أسعار النفط بعد بيانات أظهرت تراجع المخزونات الأمريكية.', 'أظهرت'),
    [{ source: 'بيانات', content: 'تراجع المخزونات الأمريكية' }]);
  assert.deepEqual(viewsOf('وجاء القرار بعد استطلاع أظهر تراجع شعبية الحكومة.', 'أظهر').map((a) => a.source), ['استطلاع']);
});
