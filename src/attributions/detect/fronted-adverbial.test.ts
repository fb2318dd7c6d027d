import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews, entitiesBySurface } from '../testing.js';

/** A participle's object past a fronted adverbial (fronted-adverbial.ts). */

test('مؤكداً في الوقت ذاته + a verbal noun: the noun is what was said', () => {
  const v = attributionViews('وقال المدير إن العمل مستمر، مؤكداً في الوقت ذاته وجود خطة بديلة للطوارئ.');
  assert.equal(v.length, 2, JSON.stringify(v));
  assert.equal(v[1]?.cue, 'مؤكداً');
  assert.equal(v[1]?.source, 'المدير');
});

test('مؤكداً في هذا الصدد + a verbal noun', () => {
  const v = attributionViews('وقال المدير إن العمل مستمر، مؤكداً في هذا الصدد إحباط عدد من المحاولات.');
  assert.equal(v[1]?.cue, 'مؤكداً', JSON.stringify(v));
});

test('a participle with a frame phrase and no object reports nothing', () => {
  const v = attributionViews('وقال المدير إن العمل مستمر، مؤكدا في المؤتمر الذي عقده أمس.');
  assert.equal(v.length, 1, JSON.stringify(v));
});

test('وبين + a titled name, a comma, then أن: بين is the verb', () => {
  const text = 'وبين منسق الحملة خالد العمري، أن الحملة تستمر أسبوعين.';
  const v = attributionViews(text, entitiesBySurface(text, [{ id: 'p1', type: 'PER', name: 'خالد العمري', forms: ['خالد العمري'] }]));
  assert.equal(v.length, 1, JSON.stringify(v));
  assert.equal(v[0]?.cue, 'وبين');
});
