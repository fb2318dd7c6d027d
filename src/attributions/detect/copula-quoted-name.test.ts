import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews, entitiesBySurface } from '../testing.js';

/** A quoted name inside the subject between كان and قد (subjectAfterCopula in subjects.ts). */

const ents = (t: string) => entitiesBySurface(t, [{ id: 'e1', type: 'PER', name: 'سالم العتيبي', forms: ['سالم العتيبي'] }]);

test('وكان X الباحث في شركة "…" قد كشف: the subject holds the quoted name', () => {
  const t = 'قال مدير الشركة إن الأرباح ارتفعت. وكان سالم العتيبي الباحث في شركة "نماء" قد كشف أن الثغرة موجودة في النظام.';
  const v = attributionViews(t, ents(t)).find((x) => x.cue === 'كشف');
  assert.match(v?.source ?? '', /سالم العتيبي/);
});

test('without قد a quoted word does not join the subject', () => {
  const t = 'قال مدير الشركة إن الأرباح ارتفعت. وكانت "نماء" أعلنت أن الثغرة موجودة في النظام.';
  const v = attributionViews(t, ents(t)).find((x) => x.cue === 'أعلنت');
  assert.doesNotMatch(v?.source ?? '', /مدير الشركة/);
});
