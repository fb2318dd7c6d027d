import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

/** Circulating a report (circulated-report.ts). */

test('وتداول ناشطون (على مواقع التواصل) أنباء عن …: the activists, anonymous', () => {
  for (const t of ['وتداول ناشطون أنباء عن مقتل القيادي في الغارة.', 'وتداول ناشطون على مواقع التواصل أنباء عن مقتل القيادي في الغارة.']) {
    assert.deepEqual(attributionViews(t), [{ cue: 'وتداول', source: 'ناشطون', stance: 'assert' }], t);
  }
  assert.deepEqual(attributionViews('وتداولت وسائل إعلام محلية أنباء عن استقالة الوزير.'), [{ cue: 'وتداولت', source: 'وسائل إعلام محلية', stance: 'assert' }]);
});

test('كان X تداولوا أنباء: the subject written before the verb', () => {
  const v = attributionViews('وكان مرتادو مواقع التواصل الاجتماعي تداولوا أنباء تفيد بمنع السلطات عبور العزاب.');
  assert.deepEqual(v[0], { cue: 'تداولوا', source: 'مرتادو مواقع التواصل الاجتماعي', stance: 'assert' });
});

test('trading shares and a clip are not circulated reports', () => {
  assert.deepEqual(attributionViews('وتداول المستثمرون الأسهم بكثافة بعد الأخبار الإيجابية.'), []);
  assert.deepEqual(attributionViews('وتداول رواد مواقع التواصل مقطعا مصورا للحادث.'), []);
});

test('rumours (شائعات, written with ئ) are a circulated report', () => {
  const v = attributionViews('وتداول مغردون شائعات عن إقالة المدرب بعد الخسارة.');
  assert.deepEqual(v, [{ cue: 'وتداول', source: 'مغردون', stance: 'assert' }]);
});
