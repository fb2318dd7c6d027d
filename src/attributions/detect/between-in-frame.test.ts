import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews, entitiesBySurface } from '../testing.js';

const view = (t: string, names: string[]): string[] => {
  const ents = entitiesBySurface(t, names.map((name, k) => ({ id: `p${k}`, type: 'PER' as const, name, forms: [name] })));
  return attributionViews(t, ents).map((x) => `${x.cue} | ${x.source}`);
};

test('وشدد الوزير في مؤتمر صحفي مشترك بين الوزيرين على …: بين after a noun in the frame is "between"', () => {
  const t = 'وشدد الوزير الجبير في مؤتمر صحفي مشترك بين الوزيرين على التعاون بين البلدين.';
  assert.deepEqual(view(t, ['الجبير']), ['وشدد | الجبير']);
});

test('أوضح ذلك المدير سلطان الدوسري الذي بين أن …: after a relative pronoun بين is the verb, a report of its own', () => {
  const t = 'أوضح ذلك المدير العام سلطان الدوسري الذي بين أن التوجيهات شملت تقديم الخدمات.';
  assert.equal(view(t, ['سلطان الدوسري']).length, 2);
});
