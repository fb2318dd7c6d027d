import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews, entitiesBySurface } from '../testing.js';

const sourceOf = (t: string, cue: string, ents = entitiesBySurface(t, [])): string[] =>
  attributionViews(t, ents).filter((x) => x.cue === cue).map((x) => x.source);

test('a byline (name – outlet on a line of its own) is never the speaker of a later subjectless verb', () => {
  const t = 'سلمى الراشد – صحيفة الخبر\nعبرت الكاتبة المعروفة هدى سالم عن فرحتها بالجائزة، وقالت لـ«الخبر»: أنا فخورة بهذا التكريم.';
  const ents = entitiesBySurface(t, [{ id: 's', type: 'PER', name: 'سلمى الراشد', forms: ['سلمى الراشد'] }]);
  const src = sourceOf(t, 'وقالت', ents);
  assert.equal(src.length, 1);
  assert.notEqual(src[0], 'سلمى الراشد');
  assert.match(src[0] as string, /هدى سالم/);
  // A dateline with a hyphen (place-outlet) is no speaker either.
  const u = 'الرياض - واس\nاجتمع المدير العام سعد الحربي بالموظفين أمس، وأكد أن العمل مستمر.';
  const ents2 = entitiesBySurface(u, [{ id: 'r', type: 'GPE', name: 'الرياض', forms: ['الرياض'] }]);
  assert.deepEqual(sourceOf(u, 'وأكد', ents2).filter((s) => s === 'الرياض'), []);
});

test('a person named earlier in the text, not in a byline, still speaks for a subjectless verb', () => {
  const t = 'زار الأمير فهد بن سالم المستشفى – صباح أمس – مع عدد من المسؤولين في المنطقة.\nوقال إن الخدمات ممتازة.';
  const ents = entitiesBySurface(t, [{ id: 'f', type: 'PER', name: 'فهد بن سالم', forms: ['فهد بن سالم'] }]);
  assert.deepEqual(sourceOf(t, 'وقال', ents), ['فهد بن سالم']);
});
