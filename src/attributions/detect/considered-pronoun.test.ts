import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, attributionViews, spanText } from '../testing.js';

const views = (t: string): string[][] => attributionsOf(t).map((a) => [spanText(t, a.cue), spanText(t, a.source), a.content ? spanText(t, a.content) : '']);

test('اعتبر with a glued object and its speaker after it reports the predicate', () => {
  assert.deepEqual(views('ورصد التقرير غارات على القرى اعتبرتها الهيئة انتهاكات خطيرة.'), [['اعتبرتها', 'الهيئة', 'انتهاكات خطيرة']]);
  assert.deepEqual(views('وصل الوفد إلى الجزيرة التي يعتبرها البعض أجمل مكان في البحر.'), [['يعتبرها', 'البعض', 'أجمل مكان في البحر']]);
  assert.deepEqual(views('ورفعت البلدية الرسوم، وهو ما اعتبره المراقبون عبئا إضافيا.'), [['اعتبره', 'المراقبون', 'عبئا إضافيا']]);
});

test('after a free relative ما the speaker is the one before, the predicate right after the verb', () => {
  assert.deepEqual(views('وانتقد المعلم ما اعتبره تراجعا في مستوى الطلاب.'), [['اعتبره', 'المعلم', 'تراجعا في مستوى الطلاب']]);
});

test('with no speaker after it, the noun after the verb is its predicate, not a speaker', () => {
  // The subject is the singer; the platform after the verb is what she considers it.
  const t = 'وتحب المغنية موقع التدوين وتعتبره المنبر الأهم لأعمالها. وقالت المغنية إنها سعيدة.';
  assert.deepEqual(attributionViews(t).map((x) => [x.cue, x.source]), [['وقالت', 'المغنية']]);
  assert.deepEqual(attributionViews('ويعتبرونها عادة قديمة في القرية.'), []);
});

test('اعتبرنا is «we considered», not a glued object', () => {
  assert.deepEqual(attributionViews('واعتبرنا كلنا أن الأمر انتهى.').map((x) => x.cue), []);
});
