import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../core/types.js';
import { attributionsOf, entitiesBySurface, spanText } from '../testing.js';

/** An outlet's correspondent (مراسل الجزيرة) is a speaker of his own, not the outlet (outlet-staff.ts). */

const outlet = (text: string, id: string, name: string): Entity[] =>
  entitiesBySurface(text, [{ id, type: 'ORG', name, forms: [name] }]).map((e) => ({ ...e, kb: { id: `org:${id}`, sector: 'MED' } }));

test('وقال مراسل الجزيرة إن …: the correspondent, unnamed, not the channel', () => {
  const t = 'وقال مراسل الجزيرة إن القصف استمر طوال الليل في المدينة.';
  const a = attributionsOf(t, outlet(t, 'e1', 'الجزيرة'));
  assert.equal(a.length, 1);
  assert.equal(a[0]?.source.entity, undefined);
  assert.equal(a[0]?.source.kind, 'anonymous');
  assert.equal(spanText(t, a[0]?.source ?? {}), 'مراسل الجزيرة');
});

test('وقالت مراسلة قناة العربية، وقال محرر صحيفة …: the staff noun before an outlet noun', () => {
  for (const [t, src] of [
    ['وقالت مراسلة قناة العربية إن الاشتباكات تجددت صباح اليوم.', 'مراسلة قناة العربية'],
    ['وقال محرر صحيفة الشرق الأوسط إن الصحيفة ستنشر الوثائق غدا.', 'محرر صحيفة الشرق الأوسط'],
  ] as const) {
    const a = attributionsOf(t, outlet(t, 'e1', src.split(' ').slice(2).join(' ')));
    assert.equal(a.length, 1, t);
    assert.equal(a[0]?.source.entity, undefined, t);
    assert.equal(spanText(t, a[0]?.source ?? {}), src, t);
  }
});

test('مراسل الجزيرة أحمد زيدان: a correspondent with his name is the named person', () => {
  const t = 'وقال مراسل الجزيرة أحمد زيدان إن القصف استمر.';
  const ents = [...outlet(t, 'e1', 'الجزيرة'), ...entitiesBySurface(t, [{ id: 'e2', type: 'PER', name: 'أحمد زيدان', forms: ['أحمد زيدان'] }])];
  const a = attributionsOf(t, ents);
  assert.equal(a[0]?.source.entity, 'e2');
});

test('قال رئيس الوزراء نوري المالكي، قالت قناة الجزيرة: titles and outlets keep their entities', () => {
  const t1 = 'وقال رئيس الوزراء نوري المالكي إن الحكومة ستواصل عملها.';
  const a1 = attributionsOf(t1, entitiesBySurface(t1, [{ id: 'e1', type: 'PER', name: 'نوري المالكي', forms: ['نوري المالكي'] }]));
  assert.equal(a1[0]?.source.entity, 'e1');
  const t2 = 'وقالت قناة الجزيرة إن القصف استمر.';
  const a2 = attributionsOf(t2, outlet(t2, 'e1', 'الجزيرة'));
  assert.equal(a2[0]?.source.entity, 'e1');
});
