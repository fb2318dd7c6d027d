import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, entitiesBySurface, spanText } from '../testing.js';

/** A body's quoted short name right after its full name is part of the source (quoted-alias.ts). */
const views = (t: string, body: string): { source: string; content: string }[] => {
  const ents = entitiesBySurface(t, [{ id: 'e1', type: 'ORG', name: body, forms: [body] }]);
  return attributionsOf(t, ents).map((a) => ({ source: spanText(t, a.source), content: spanText(t, a.content) }));
};

test('أعلنت X «ناسا» عن …: the short name belongs to the source; the content follows عن', () => {
  const t = 'وأعلنت وكالة الفضاء الأمريكية «ناسا» عن إطلاق مسبار جديد نحو المريخ.';
  const [a] = views(t, 'وكالة الفضاء الأمريكية');
  assert.equal(a?.source, 'وكالة الفضاء الأمريكية «ناسا»');
  assert.match(a?.content ?? '', /إطلاق مسبار جديد نحو المريخ/);
});

test('أعلنت X "…" + a verbal noun: the verbal noun is the object, the quotation the name', () => {
  const t = 'أعلنت المفوضية السامية لشؤون اللاجئين "أونروا" وصول ألفي لاجئ إلى الحدود خلال الأسبوع.';
  const [a] = views(t, 'المفوضية السامية لشؤون اللاجئين');
  assert.equal(a?.source, 'المفوضية السامية لشؤون اللاجئين "أونروا"');
  assert.equal(a?.content, 'وصول ألفي لاجئ إلى الحدود خلال الأسبوع');
});

test('قالت X «…» إن …: the clause is the content, the name the source', () => {
  const t = 'وقالت منظمة الصحة العالمية «الصحة العالمية» إن اللقاح آمن للأطفال.';
  const [a] = views(t, 'منظمة الصحة العالمية');
  assert.equal(a?.source, 'منظمة الصحة العالمية «الصحة العالمية»');
  assert.equal(a?.content, 'اللقاح آمن للأطفال');
});

test('quoted words that end the sentence after the body stay its words', () => {
  const t = 'وقالت وزارة الصحة: «الوضع تحت السيطرة».';
  const [a] = views(t, 'وزارة الصحة');
  assert.equal(a?.source, 'وزارة الصحة');
  assert.equal(a?.content, 'الوضع تحت السيطرة');
});
