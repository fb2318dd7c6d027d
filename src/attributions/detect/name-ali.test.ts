import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews, entitiesBySurface } from '../testing.js';

const sourceOf = (t: string, cue: string, names: string[]): string[] => {
  const ents = entitiesBySurface(t, names.map((name, k) => ({ id: `p${k}`, type: 'PER' as const, name, forms: [name] })));
  return attributionViews(t, ents).filter((x) => x.cue === cue).map((x) => x.source);
};

test('وقال علي الأحمدي إن: علي opening a tagged name is the speaker, not the preposition على', () => {
  const t = 'وقال علي الأحمدي الناطق باسم مجلس المقاومة إن الأسرى نقلوا إلى السجن المركزي.';
  assert.deepEqual(sourceOf(t, 'وقال', ['علي الأحمدي']), ['علي الأحمدي']);
});

test('وأكد علي الأحمدي أن: after a verb taking على, a tagged name is still the speaker', () => {
  const t = 'وأكد علي الأحمدي أن الأسرى نقلوا إلى السجن المركزي.';
  assert.deepEqual(sourceOf(t, 'وأكد', ['علي الأحمدي']), ['علي الأحمدي']);
});

test('وشدد على ضرورة …: without a name, على is the verb\'s preposition and the subject is not written', () => {
  const t = 'وقال الوزير إن الأسعار ارتفعت. وشدد على ضرورة مراقبة الأسواق.';
  assert.deepEqual(sourceOf(t, 'وشدد', []), ['الوزير']);
});
