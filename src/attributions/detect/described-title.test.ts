import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../core/types.js';
import { attributionsOf, spanText } from '../testing.js';

/**
 * A spokesman's title the entity layer took for an unnamed person (a description mention), then
 * his name after a comma or a rank: the named person speaks (described-title.ts).
 */
function entities(t: string, title: string, name: string): Entity[] {
  const a = t.indexOf(title);
  const b = t.indexOf(name);
  return [
    { id: 'd1', type: 'PER', name: title, mentions: [{ start: a, end: a + title.length, kind: 'description' }] },
    { id: 'p1', type: 'PER', name, mentions: [{ start: b, end: b + name.length, kind: 'name' }] },
  ];
}

test('قال الناطق باسم الجيش، العميد يحيى رسول، إن …: the named spokesman, not the title', () => {
  for (const [t, title, name] of [
    ['قال الناطق باسم الجيش العراقي، العميد يحيى رسول، إن القوات استعادت السيطرة على المعبر.', 'الناطق باسم الجيش العراقي', 'يحيى رسول'],
    ['وقال المتحدث باسم وزارة الصحة، أشرف القدرة، إن عدد الضحايا ارتفع إلى عشرين.', 'المتحدث باسم وزارة الصحة', 'أشرف القدرة'],
    ['وأوضح المتحدث باسم الخارجية الإيرانية، بهرام قاسمي، في مؤتمر صحفي أن بلاده لن تتراجع.', 'المتحدث باسم الخارجية الإيرانية', 'بهرام قاسمي'],
  ] as const) {
    const a = attributionsOf(t, entities(t, title, name));
    assert.equal(a.length, 1, t);
    assert.equal(a[0]?.source.entity, 'p1', t);
    assert.equal(a[0]?.source.kind, 'named', t);
  }
});

test('الناطق باسم قيادة العمليات المشتركة العميد يحيى رسول: a rank, no comma, then the name', () => {
  const t = 'وقال الناطق باسم قيادة العمليات المشتركة العميد يحيى رسول إن القوات حررت ثلاث قرى.';
  const a = attributionsOf(t, entities(t, 'الناطق باسم قيادة العمليات', 'يحيى رسول'));
  assert.equal(a[0]?.source.entity, 'p1');
});

test('قال الناطق باسم الشرطة إن …: with no name, the unnamed spokesman stays the source', () => {
  const t = 'وقال الناطق باسم الشرطة إن التحقيق ما زال جاريا.';
  const title = 'الناطق باسم الشرطة';
  const a = attributionsOf(t, [{ id: 'd1', type: 'PER', name: title, mentions: [{ start: t.indexOf(title), end: t.indexOf(title) + title.length, kind: 'description' }] }]);
  assert.equal(a.length, 1);
  assert.equal(spanText(t, a[0]?.source ?? {}), title);
});

test('المتحدث باسم المكتب الإعلامي لرئيس الوزراء حيدر العبادي: a name after another office stays out', () => {
  const t = 'وقال المتحدث باسم المكتب الإعلامي لرئيس الوزراء حيدر العبادي إن الحكومة تسعى إلى تطوير العلاقات.';
  const a = attributionsOf(t, entities(t, 'المتحدث باسم المكتب', 'حيدر العبادي'));
  assert.equal(a[0]?.source.entity, 'd1');
});
