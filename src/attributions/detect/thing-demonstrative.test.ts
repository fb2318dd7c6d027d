import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews, entitiesBySurface } from '../testing.js';

const sources = (t: string, name: string): string[][] =>
  attributionViews(t, entitiesBySurface(t, [{ id: 'e', type: 'PER', name, forms: [name] }])).map((x) => [x.cue, x.source]);

test('a lone demonstrative of a thing after a subjectless verb is its object; the speaker is the one before', () => {
  const t = 'وقال الناطق باسم الفرقة سامي المطيري إن الجسر الجديد سيفتح الشهر المقبل، واعتبر ذلك «خطوة تخفف زحام المدينة».';
  assert.deepEqual(sources(t, 'سامي المطيري'), [['وقال', 'سامي المطيري'], ['واعتبر', 'سامي المطيري']]);
});

test('a demonstrative before its noun, and هناك من, keep their place as the subject', () => {
  assert.deepEqual(attributionViews('وقال هذا المسؤول إن الخطة جاهزة.').map((x) => x.source), ['هذا المسؤول']);
  assert.deepEqual(attributionViews('وهناك من يرى أن الأسعار ستنخفض قريبا.').map((x) => x.source), ['وهناك من']);
});
