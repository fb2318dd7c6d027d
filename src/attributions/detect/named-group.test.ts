import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, spanText } from '../testing.js';

/** مجموعة + a name is a named group, مجموعة من … "a group of" (named-group.ts). */
const first = (t: string): { source: string; kind: string; content: string } | undefined => {
  const a = attributionsOf(t)[0];
  return a ? { source: spanText(t, a.source), kind: a.source.kind, content: spanText(t, a.content) } : undefined;
};

test('وأعلنت مجموعة «فاغنر» الروسية أنها …: the quoted name is the group, not its words', () => {
  const t = 'وأعلنت مجموعة «فاغنر» الروسية أنها سحبت مقاتليها من المدينة.';
  assert.deepEqual(first(t), { source: 'مجموعة «فاغنر» الروسية', kind: 'named', content: 'سحبت مقاتليها من المدينة' });
});

test('وقالت مجموعة "أنونيموس" للقرصنة إنها …: a named group', () => {
  const t = 'وقالت مجموعة "أنونيموس" للقرصنة إنها اخترقت مواقع حكومية.';
  assert.equal(first(t)?.kind, 'named');
});

test('توقعت مجموعة بريتش بتروليوم "بي بي" العالمية أن …: the quoted short name inside the group\'s name', () => {
  const t = 'وتوقعت مجموعة بريتش بتروليوم "بي بي" العالمية أن يرتفع الطلب على الغاز.';
  assert.deepEqual(first(t), { source: 'مجموعة بريتش بتروليوم "بي بي" العالمية', kind: 'named', content: 'يرتفع الطلب على الغاز' });
});

test('وقالت مجموعة من الخبراء إن …: a group of experts stays unnamed', () => {
  assert.equal(first('وقالت مجموعة من الخبراء إن الاقتصاد سيتعافى العام المقبل.')?.kind, 'anonymous');
});
