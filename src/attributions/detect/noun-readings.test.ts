import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews, entitiesBySurface } from '../testing.js';

const sourceOf = (t: string, cue: string): string[] =>
  attributionViews(t, entitiesBySurface(t, [])).filter((a) => a.cue === cue).map((a) => a.source);

test('the noun إمام (imam), written with its hamza, heads the speaker; it is not the preposition أمام', () => {
  assert.deepEqual(sourceOf('وأكد إمام الجامع الكبير أن صلاة العيد ستقام في الساحة.', 'وأكد'), ['إمام الجامع الكبير']);
  assert.match(sourceOf('قال إمام وخطيب الجامع الكبير الشيخ فهد العمري، إن التسامح واجب.', 'قال')[0] ?? '', /العمري/);
});

test('an imam coordinated with the preacher heads the speaker even with the hamza dropped', () => {
  assert.deepEqual(sourceOf('وأوضح امام وخطيب الجامع أن الدروس تبدأ غدا.', 'وأوضح'), ['امام وخطيب الجامع']);
});

test('the preposition أمام after a verb of saying is still no speaker', () => {
  assert.deepEqual(sourceOf('وقال أمام الصحفيين إن المفاوضات مستمرة.', 'وقال').filter((s) => /الصحفيين/.test(s)), []);
});

test('تحدث … عن أن: talking about a that-clause reports it, after a fronted place phrase too', () => {
  assert.deepEqual(sourceOf('وفي جدة تحدث الوزير عن أن الخطة تسير وفق الجدول.', 'تحدث'), ['الوزير']);
  assert.deepEqual(sourceOf('وفي جدة تحدث الوزير عن أهمية الخطة.', 'تحدث'), []);
});
