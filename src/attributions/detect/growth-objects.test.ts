import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, spanText } from '../testing.js';

const viewsOf = (t: string, cue: string): { source: string; content: string }[] =>
  attributionsOf(t).filter((a) => spanText(t, a.cue) === cue).map((a) => ({ source: spanText(t, a.source), content: spanText(t, a.content) }));

test('نمو (growth), a verbal noun of three letters, is what figures showed or a forecast expects', () => {
  assert.deepEqual(viewsOf('أظهرت الإحصاءات نمو الصادرات غير النفطية خلال الربع الأول.', 'أظهرت'),
    [{ source: 'الإحصاءات', content: 'نمو الصادرات غير النفطية خلال الربع الأول' }]);
  assert.deepEqual(viewsOf('وتتوقع الوزارة نمو الطلب على الكهرباء في فصل الصيف.', 'وتتوقع').map((a) => a.source), ['الوزارة']);
});
