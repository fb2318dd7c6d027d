import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews, entitiesBySurface } from '../testing.js';

const sourceOf = (t: string, cue: string, bodies: string[]): string[] => {
  const ents = entitiesBySurface(t, bodies.map((name, k) => ({ id: `o${k}`, type: 'ORG' as const, name, forms: [name] })));
  return attributionViews(t, ents).filter((x) => x.cue === cue).map((x) => x.source);
};

test('وأوضح مدير فرع الهيئة العامة …: the director of the branch speaks, not the body', () => {
  const t = 'وأوضح مدير فرع الهيئة العامة للسياحة أن القرار جاء بعد مهلة كافية للمنشآت.';
  assert.deepEqual(sourceOf(t, 'وأوضح', ['الهيئة العامة للسياحة']), ['مدير فرع الهيئة العامة']);
});

test('وقال رئيس قسم المستشفى التخصصي: the head of a department is the speaker', () => {
  const t = 'وقال رئيس قسم المستشفى التخصصي إن الحالات في تحسن مستمر.';
  assert.deepEqual(sourceOf(t, 'وقال', ['المستشفى التخصصي']), ['رئيس قسم المستشفى التخصصي']);
});

// With no branch between, the director of the body speaks too (office-holder.ts): the body's
// name stays whole inside the phrase.
test('وأوضح مدير الهيئة العامة للسياحة: with no branch between, the director speaks too', () => {
  const t = 'وأوضح مدير الهيئة العامة للسياحة أن القرار جاء بعد مهلة كافية للمنشآت.';
  assert.deepEqual(sourceOf(t, 'وأوضح', ['الهيئة العامة للسياحة']), ['مدير الهيئة العامة للسياحة']);
});
