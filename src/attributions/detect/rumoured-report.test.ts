import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

/** A rumour going round with تردد (rumoured-report.ts). */

test('وترددت أنباء عن …: the news, anonymous, on the verb', () => {
  assert.deepEqual(attributionViews('وترددت أنباء قوية عن رحيل المدرب عن النادي.'), [{ cue: 'وترددت', source: 'أنباء قوية', stance: 'assert' }]);
  assert.deepEqual(attributionViews('بعد أن ترددت أخبار بتعرضه لإصابة في الكتف.'), [{ cue: 'ترددت', source: 'أخبار', stance: 'assert' }]);
});

test('a place phrase before the report noun, and a comma before حول', () => {
  assert.deepEqual(attributionViews('تردد في الأوساط الفنية خبر عن اعتزال المطربة.'), [{ cue: 'تردد', source: 'خبر', stance: 'assert' }]);
  assert.deepEqual(attributionViews('وترددت شائعات غير مؤكدة، حول إغلاق المصنع.'), [{ cue: 'وترددت', source: 'شائعات غير مؤكدة', stance: 'assert' }]);
});

test('hesitating, an echo and the verbal noun are no rumour', () => {
  assert.deepEqual(attributionViews('لم يتردد المدرب في الدفاع عن لاعبيه.'), []);
  assert.deepEqual(attributionViews('ويتردد صدى هذا الخبر في المدينة.'), []);
  assert.deepEqual(attributionViews('وسط تردد أنباء عن إغلاق المصنع.'), []);
});

test('ما تردد في وسائل الإعلام عن …: the media it went round in; ما يتردد من أنباء: the news', () => {
  const v = attributionViews('وكذبت الشركة ما تردد في بعض الصحف المحلية عن إفلاسها.');
  assert.deepEqual(v[1], { cue: 'تردد', source: 'بعض الصحف المحلية', stance: 'assert' });
  const w = attributionViews('ونفى المدرب ما يتردد من أنباء حول رحيله.');
  assert.deepEqual(w[1], { cue: 'يتردد', source: 'أنباء', stance: 'assert' });
  assert.deepEqual(attributionViews('وهذا ما تردد في ذهنه طويلا.'), []);
});
