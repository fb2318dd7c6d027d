import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, entitiesBySurface, spanText } from '../testing.js';

/** وسائل takes its genitive (إعلام), never an object; what is said of it follows (media-means.ts). */

const views = (t: string, ents = entitiesBySurface(t, [])): { source: string; kind: string; description?: string; content: string }[] =>
  attributionsOf(t, ents).map((a) => ({
    source: spanText(t, a.source), kind: a.source.kind, ...(a.source.description ? { description: a.source.description } : {}), content: spanText(t, a.content),
  }));

test('وأفادت وسائل إعلام إيرانية بوقوع …: the media, described as Iranian, not «وسائل»', () => {
  const t = 'وأفادت وسائل إعلام إيرانية بوقوع انفجار قرب منشأة عسكرية في أصفهان.';
  const ents = entitiesBySurface(t, [{ id: 'g', type: 'GPE', name: 'إيران', forms: ['إيرانية'] }]);
  assert.deepEqual(views(t, ents), [{ source: 'وسائل إعلام إيرانية', kind: 'anonymous', description: 'إيرانية', content: 'بوقوع انفجار قرب منشأة عسكرية في أصفهان' }]);
});

test('وأفادت وسائل إعلام محلية بمقتل …: with an adjective the tagger does not know', () => {
  const t = 'وأفادت وسائل إعلام محلية بمقتل ثلاثة أشخاص في الهجوم.';
  assert.deepEqual(views(t).map((v) => [v.source, v.description]), [['وسائل إعلام محلية', 'محلية']]);
});

test('وأكدت وسائل إعلام رسمية استمرار …: the verbal noun after the described source is the object', () => {
  const t = 'وأكدت وسائل إعلام رسمية استمرار الاحتجاجات في عدة مدن.';
  assert.deepEqual(views(t).map((v) => [v.source, v.content]), [['وسائل إعلام رسمية', 'استمرار الاحتجاجات في عدة مدن']]);
});

test('وأكدت مصادر طبية مقتل …: an unnamed source closed by its adjective', () => {
  const t = 'وأكدت مصادر طبية مقتل خمسة أشخاص وإصابة عشرين آخرين.';
  assert.deepEqual(views(t).map((v) => [v.source, v.kind]), [['مصادر طبية', 'anonymous']]);
});

test('وذكرت وسائل الإعلام أن …: nothing is said of the media', () => {
  const t = 'وذكرت وسائل الإعلام أن الانفجار وقع في ساعة مبكرة.';
  assert.deepEqual(views(t), [{ source: 'وسائل الإعلام', kind: 'anonymous', content: 'الانفجار وقع في ساعة مبكرة' }]);
});

test('وأظهرت بيانات حكومية ارتفاع …: an unnamed text closed by its adjective, then the verbal noun it shows', () => {
  const t = 'وأظهرت بيانات حكومية ارتفاع معدل التضخم في الربع الثاني.';
  assert.deepEqual(views(t).map((v) => [v.source, v.content]), [['بيانات حكومية', 'ارتفاع معدل التضخم في الربع الثاني']]);
});

test('وأفادت تقارير صحفية محلية تراجع …: two adjectives of relation close the unnamed source', () => {
  const t = 'وأفادت تقارير صحفية محلية تراجع أعداد السياح هذا الموسم.';
  assert.deepEqual(views(t).map((v) => [v.source, v.content]), [['تقارير صحفية محلية', 'تراجع أعداد السياح هذا الموسم']]);
});

test('a noun of no speech or text closed by an adjective is no unnamed source: no object after it', () => {
  const t = 'وأظهرت سيارات حكومية ارتفاع سرعتها على الطريق.';
  assert.deepEqual(views(t), []);
});
