import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews, entitiesBySurface } from '../testing.js';

const sourceOf = (t: string, cue: string, bodies: string[]): string[] => {
  const ents = entitiesBySurface(t, bodies.map((name, k) => ({ id: `o${k}`, type: 'ORG' as const, name, forms: [name] })));
  return attributionViews(t, ents).filter((x) => x.cue === cue).map((x) => x.source);
};

test('وبحسب بيان تمكن المكتب … من: the statement is the source, not the body that was able to act', () => {
  const t = 'وبحسب بيان تمكن المكتب المركزي للتحقيقات القضائية من تفكيك خلية تضم ثمانية أعضاء في مدن الشمال.';
  assert.deepEqual(sourceOf(t, 'وبحسب', ['المكتب المركزي للتحقيقات القضائية']), ['بيان']);
});

test('بحسب مصادر رفضت الهيئة …: a verb of refusing ends the source as well', () => {
  const t = 'وبحسب مصادر رفضت الهيئة العامة للغذاء والدواء تسجيل الدواء الجديد في السوق.';
  assert.deepEqual(sourceOf(t, 'وبحسب', ['الهيئة العامة للغذاء والدواء']), ['مصادر']);
});

test('بحسب بيان الهيئة العامة للغذاء والدواء: a body in construct with the statement is still its source', () => {
  const t = 'وبحسب بيان الهيئة العامة للغذاء والدواء، فإن الدواء الجديد آمن للاستخدام.';
  assert.deepEqual(sourceOf(t, 'وبحسب', ['الهيئة العامة للغذاء والدواء']), ['الهيئة العامة للغذاء والدواء']);
});
