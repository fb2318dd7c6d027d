import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, spanText } from '../testing.js';

const kinds = (t: string): string[][] => attributionsOf(t).map((a) => [spanText(t, a.source), a.source.kind]);

test('a pronoun of unnamed people as the whole subject is an anonymous source', () => {
  assert.deepEqual(kinds('ويرى البعض أن الرسوم الجديدة مرتفعة.'), [['البعض', 'anonymous']]);
  assert.deepEqual(kinds('وقال أحدهم إن الطريق مغلق منذ الصباح.'), [['أحدهم', 'anonymous']]);
  const t = 'سألنا عددا من الزوار عن الحديقة، فقال أحد الزوار إنها جميلة، وقال آخر إنها مزدحمة.';
  assert.deepEqual(kinds(t).at(-1), ['آخر', 'anonymous']);
});

test('a definite description and a named person stay named', () => {
  assert.deepEqual(kinds('وقال المتحدث الرسمي للبلدية إن العمل مستمر.')[0]?.[1], 'anonymous');
  assert.deepEqual(kinds('وقالت الوزارة إن العمل مستمر.'), [['الوزارة', 'named']]);
});
