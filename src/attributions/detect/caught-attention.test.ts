import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews } from '../testing.js';

/** لفت نظري، لفت انتباهنا: the writer's attention caught, no speaker (caught-attention.ts). */

test('ما لفت نظري هو أن …، لفت انتباهنا أن …: the writer noticed, no report', () => {
  assert.equal(attributionViews('لكن ما لفت نظري هو أنه لا يوجد تنسيق بين الفرق.').length, 0);
  assert.equal(attributionViews('وقد لفت انتباهنا أن عددا من الزوار غادروا مبكرا.').length, 0);
});

test('لفت نظري في كلام الوزير قوله: the citation is the minister\'s', () => {
  const t = 'وقد لفت نظري في كلام الوزير قوله: "لن نتراجع عن هذا القرار".';
  assert.deepEqual(attributionViews(t), [{ cue: 'قوله', source: 'الوزير', stance: 'assert' }]);
});

test('ولفت المدير إلى أن …: a speaker\'s لفت still reports', () => {
  assert.deepEqual(attributionViews('ولفت المدير إلى أن العمل مستمر في المشروع.'), [{ cue: 'ولفت', source: 'المدير', stance: 'assert' }]);
});
