import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews, entitiesBySurface } from '../testing.js';

const cuesOf = (t: string, people: string[] = []): string[] => {
  const ents = entitiesBySurface(t, people.map((name, k) => ({ id: `p${k}`, type: 'PER' as const, name, forms: [name] })));
  return attributionViews(t, ents).map((x) => x.cue);
};

test('a colon right after a cue found before it opens that cue\'s words: no second cue on the colon', () => {
  const t = 'أرسل سامي خطاباً جاء فيه: "سنعود أقوى في الموسم المقبل".';
  const cues = cuesOf(t, ['سامي']);
  assert.ok(cues.includes('جاء فيه'));
  assert.ok(!cues.includes(':'));
});

test('a name alone before a colon stays a speaker', () => {
  const t = 'سامي الحربي: "سنعود أقوى في الموسم المقبل".';
  assert.deepEqual(cuesOf(t, ['سامي الحربي']), [':']);
});
