import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, attributionViews, spanText } from '../testing.js';

/** رأى with an object that can only stand for a proposition states a view (view-object.ts). */

test('ورأت اللجنة عدم وجود …: the negation noun is the content', () => {
  const t = 'ورأت اللجنة عدم وجود مبرر لتأجيل الانتخابات.';
  const a = attributionsOf(t).find((x) => spanText(t, x.cue) === 'ورأت');
  assert.ok(a);
  assert.equal(spanText(t, a.source), 'اللجنة');
  assert.ok(a.content && spanText(t, a.content).startsWith('عدم وجود'));
});

test('رأت الإدارة، ضرورة …: past a comma too', () => {
  assert.deepEqual(attributionViews('رأت إدارة المستشفى، ضرورة توسعة قسم الطوارئ.'), [{ cue: 'رأت', source: 'إدارة المستشفى', stance: 'assert' }]);
});

test('رأى الجمهور المباراة: something seen reports nothing', () => {
  assert.deepEqual(attributionViews('ورأى الجمهور المباراة في الملعب الجديد.'), []);
});

test('ستبدي رأيا مغايرا في أهمية …: the noun رأي, no verb', () => {
  assert.deepEqual(attributionViews('وقلة فقط ستبدي رأيا مغايرا في أهمية إصلاح النظام الضريبي.'), []);
});

test('ترى في كل أزمة … عدم …: a proposition noun inside a prepositional phrase is not the object', () => {
  const v = attributionViews('وبعض الأصوات التي ترى في كل أزمة نتيجة من نتائج عدم تمكينها.');
  assert.equal(v.some((x) => x.cue === 'ترى'), false);
});
