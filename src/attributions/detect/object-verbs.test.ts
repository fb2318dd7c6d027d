import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, spanText } from '../testing.js';

const views = (t: string): { cue: string; source: string; content: string }[] =>
  attributionsOf(t).map((a) => ({ cue: spanText(t, a.cue), source: spanText(t, a.source), content: spanText(t, a.content) }));

test('considering with an object and its predicate reports the object as content', () => {
  const [a] = views('واعتبر مسؤولو النادي قرار اللجنة ظلما للفريق.');
  assert.equal(a?.cue, 'واعتبر');
  assert.equal(a?.source, 'مسؤولو النادي');
  assert.ok(a?.content.startsWith('قرار اللجنة'));
});

test('a requirement with its subject before it reports its object', () => {
  const [a] = views('وأوضح المصدر أن إدارة النادي اشترطت الحصول على مبلغ كبير لبيع اللاعب.').filter((v) => v.cue === 'اشترطت');
  assert.equal(a?.cue, 'اشترطت');
  assert.ok(a?.content.startsWith('الحصول على'));
});

test('the imperfect «is considered» with a singular subject stays no report', () => {
  assert.deepEqual(views('وتعتبر المدينة مركزا تجاريا مهما في المنطقة.'), []);
});

test('the imperfect with a plural subject after it considers', () => {
  assert.equal(views('ويعتبر المشجعون المباراة فرصة للتعويض.')[0]?.cue, 'ويعتبر');
});

test('the passive perfect with a predicate right after it stays no report', () => {
  assert.deepEqual(views('وقع الهجوم الذي اعتبر الأكثر دموية في تاريخ المدينة.'), []);
});

test('a participle of considering with its object pronoun reports', () => {
  const t = 'وقال المدير إن السوق سيفتتح قريبا، معتبرا إياه بمثابة متنفس للأسر.';
  assert.ok(views(t).some((v) => v.cue === 'معتبرا'));
});
