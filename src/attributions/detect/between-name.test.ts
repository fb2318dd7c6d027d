import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews, entitiesBySurface } from '../testing.js';

const view = (t: string, names: string[]): string[] => {
  const ents = entitiesBySurface(t, names.map((name, k) => ({ id: `p${k}`, type: 'PER' as const, name, forms: [name] })));
  return attributionViews(t, ents).map((x) => `${x.cue} | ${x.source}`);
};

test('وبين منظم البرنامج عبدالله معدي أن: a name right before أن makes بين the verb, whatever the title before it', () => {
  const t = 'وبين منظم البرنامج عبدالله معدي أن الهدف من البرنامج التعريف بالمقومات السياحية.';
  assert.deepEqual(view(t, ['عبدالله معدي']), ['وبين | عبدالله معدي']);
});

test('وفي العملية الثانية بين العقيل أنه …: after a fronted phrase, a name before أن is still the subject', () => {
  const t = 'وفي العملية الثانية بين العقيل أنه عثر على كمية من المواد المخدرة.';
  assert.deepEqual(view(t, ['العقيل']), ['بين | العقيل']);
});

test('الفرق بين محمد وخالد أن …: two parties joined by و make بين "between"', () => {
  const t = 'الفرق بين محمد وخالد أن الأول أكبر سنا.';
  assert.deepEqual(view(t, ['محمد', 'خالد']), []);
});
