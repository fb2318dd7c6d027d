import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews, entitiesBySurface } from '../testing.js';

const sourceOf = (t: string, cue: string, names: string[]): string[] => {
  const ents = entitiesBySurface(t, names.map((name, k) => ({ id: `p${k}`, type: 'PER' as const, name, forms: [name] })));
  return attributionViews(t, ents).filter((x) => x.cue === cue).map((x) => x.source);
};

test('وقالت منى إن: a name spelled like من + ي (from me) is the speaker', () => {
  const t = 'وقالت منى إن المشروع سيفتتح في بداية العام المقبل.';
  assert.deepEqual(sourceOf(t, 'وقالت', ['منى']), ['منى']);
});

test('قالت منى الحربي إن: the full name after the verb', () => {
  const t = 'قالت منى الحربي إن الأسعار ارتفعت بشكل كبير خلال الشهر الماضي.';
  assert.deepEqual(sourceOf(t, 'قالت', ['منى الحربي']), ['منى الحربي']);
});

test('وقال لي المدير إن: a real preposition with its pronoun still stands between the verb and the speaker', () => {
  const t = 'وقال لي المدير إن الاجتماع تأجل إلى الأسبوع المقبل.';
  assert.deepEqual(sourceOf(t, 'وقال', []), ['المدير']);
});
