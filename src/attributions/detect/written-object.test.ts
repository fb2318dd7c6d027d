import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews, entitiesBySurface } from '../testing.js';

const views = (t: string, people: string[] = []): { cue: string; source: string }[] => {
  const ents = entitiesBySurface(t, people.map((name, k) => ({ id: `p${k}`, type: 'PER' as const, name, forms: [name] })));
  return attributionViews(t, ents).map((x) => ({ cue: x.cue, source: x.source }));
};

test('the letter written after the writer is no word of his name: جاء فيها takes the writer', () => {
  const t = 'وكتب المدرب رسالة جاء فيها أن الفريق سيعود إلى المنافسة.';
  assert.deepEqual(views(t), [{ cue: 'جاء فيها', source: 'المدرب' }]);
});

test('the letter, its addressee and قال فيها: the writer speaks, not «X رسالة»', () => {
  const t = 'ووجه سامي رسالة إلى الجماهير قال فيها إن الدعم سيستمر.';
  assert.deepEqual(views(t, ['سامي']).filter((x) => x.cue === 'قال'), [{ cue: 'قال', source: 'سامي' }]);
});

test('the text and its medium before إن: the verb of writing reports, the writer alone its source', () => {
  const t = 'وكتب سامي منشورا على «تويتر» عبر حسابه إن الصفقة اكتملت.';
  assert.deepEqual(views(t, ['سامي']), [{ cue: 'وكتب', source: 'سامي' }]);
});

test('a text noun inside the writer\'s own title (رئيس تحرير مجلة …) does not cut his name', () => {
  const t = 'وكتب رئيس تحرير مجلة الفيصل أن العدد المقبل سيصدر مبكرا.';
  assert.deepEqual(views(t), [{ cue: 'وكتب', source: 'رئيس تحرير مجلة الفيصل' }]);
});
