import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, attributionViews, spanText } from '../testing.js';

/**
 * يؤمن with a proposition after ب (cues.json, lemma آمن): a belief is reported when its ب-phrase
 * is a clause or a noun standing for one; a creed or a thing secured reports nothing.
 */

test('يؤمن الناس بوجود …: the belief is the content', () => {
  const t = 'في بعض القرى يؤمن الناس بوجود كنز تحت الجبل.';
  const a = attributionsOf(t).find((x) => spanText(t, x.cue) === 'يؤمن');
  assert.ok(a);
  assert.equal(spanText(t, a.source), 'الناس');
  assert.ok(a.content && spanText(t, a.content).startsWith('بوجود كنز'));
});

test('يؤمن المدرب بأن …', () => {
  assert.deepEqual(attributionViews('يؤمن المدرب بأن فريقه قادر على الفوز بالبطولة.'), [{ cue: 'يؤمن', source: 'المدرب', stance: 'assert' }]);
});

test('يؤمن المسلمون بالله: a creed, no proposition', () => {
  assert.deepEqual(attributionViews('يؤمن المسلمون بالله وملائكته.'), []);
});

test('والمشروع يؤمن بقاء …: securing, no ب', () => {
  assert.deepEqual(attributionViews('والمشروع يؤمن بقاء الموظفين في وظائفهم.'), []);
});

test('أمن المنطقة، ملتقى أمن …: the noun «security» is no verb', () => {
  const v = attributionViews('وأكد الوزير أن أمن المنطقة مسؤولية مشتركة.');
  assert.deepEqual(v, [{ cue: 'وأكد', source: 'الوزير', stance: 'assert' }]);
});
