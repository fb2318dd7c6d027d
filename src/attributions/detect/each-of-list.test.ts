import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, entitiesBySurface, spanText } from '../testing.js';

/** «كل من X و Y» as the subject: the speakers are the list (each-of-list.ts). */
const sources = (t: string, names: string[]): string[] => {
  const ents = entitiesBySurface(t, names.map((n, k) => ({ id: `p${k}`, type: 'PER' as const, name: n, forms: [n] })));
  return attributionsOf(t, ents).map((a) => spanText(t, a.source));
};

test('وأكد كل من -X وY أن …، ويشكو كل من -X وY من …: a stray dash after كل من still opens the list', () => {
  assert.deepEqual(sources('وأكد كل من -سالم وناصر أن الملعب الجديد ضيق.', ['سالم', 'ناصر']), ['سالم وناصر']);
  assert.deepEqual(sources('ويشكو كل من -فهد وسعد من قلة المدربين في النادي.', ['فهد', 'سعد']), ['فهد وسعد']);
});

test('قال كل من – X وY – إن …: a dash before the list', () => {
  assert.deepEqual(sources('وقال كل من – سالم وناصر – إن الأسعار ارتفعت كثيرا.', ['سالم', 'ناصر']), ['سالم وناصر']);
});

test('قال كل من حضر إن …: "everyone who attended" keeps كل', () => {
  assert.deepEqual(sources('وقال كل من حضر إن الحفل كان ناجحا.', []), ['كل']);
});
