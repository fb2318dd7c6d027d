import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, entitiesBySurface, spanText } from '../testing.js';

const views = (t: string, bodies: string[] = []): { cue: string; source: string; content: string }[] => {
  const ents = entitiesBySurface(t, bodies.map((name, k) => ({ id: `o${k}`, type: 'ORG' as const, name, forms: [name] })));
  return attributionsOf(t, ents).map((a) => ({ cue: spanText(t, a.cue), source: spanText(t, a.source), content: spanText(t, a.content) }));
};

test('a body named through several complements, then the verbal noun it announced', () => {
  const t = 'أعلنت كلية التقنية التابعة للمؤسسة العامة للتدريب المهني بالقصيم أسماء المرشحين للقبول هذا العام.';
  const v = views(t, ['كلية التقنية']).filter((x) => x.cue === 'أعلنت');
  assert.equal(v.length, 1);
  assert.match(v[0]?.source ?? '', /^كلية التقنية/);
  assert.match(v[0]?.content ?? '', /^أسماء المرشحين/);
});

test('a place inside the name (في منطقة …) and the time of the report before the object', () => {
  const t = 'أعلنت الإدارة العامة للمرور في منطقة الرياض صباح الأحد تشغيل نظام جديد للمخالفات.';
  const v = views(t, ['الإدارة العامة للمرور']).filter((x) => x.cue === 'أعلنت');
  assert.equal(v.length, 1);
  assert.match(v[0]?.source ?? '', /^الإدارة العامة/);
  assert.doesNotMatch(v[0]?.source ?? '', /صباح/);
  assert.match(v[0]?.content ?? '', /^تشغيل نظام جديد/);
});

test('a bracketed short name inside the run, and the occasion of the report (في تقريرها)', () => {
  const t = 'توقع المركز الوطني للأرصاد (نمار) في نشرته اليومية هبوب رياح نشطة على المناطق الشمالية.';
  const v = views(t, ['المركز الوطني']).filter((x) => x.cue === 'توقع');
  assert.equal(v.length, 1);
  assert.match(v[0]?.source ?? '', /^المركز الوطني/);
  assert.match(v[0]?.content ?? '', /^هبوب رياح/);
});

test('an addressee after a verb of saying is no complement of the name: no object past it', () => {
  const t = 'قال الوزير للصحفيين تطوير الميناء يستغرق عامين.';
  assert.deepEqual(views(t).filter((x) => x.cue === 'قال').map((x) => x.content), []);
});

test('a verb or a comma on the way ends the run: no object is read past it', () => {
  const t = 'أعلنت الهيئة العامة للسياحة في المنطقة، وبدأت تطوير المواقع الأثرية.';
  assert.deepEqual(views(t).filter((x) => x.cue === 'أعلنت'), []);
  const u = 'أعلن النادي الأهلي للرياضة في جدة يستعد تطوير ملعبه.';
  assert.deepEqual(views(u).filter((x) => x.cue === 'أعلن'), []);
});

test('an indefinite word out of construct on the way is no part of the name', () => {
  const t = 'أعلنت الشركة الرائدة في مجال تطوير البرمجيات.';
  assert.deepEqual(views(t).filter((x) => x.cue === 'أعلنت'), []);
});

test('a negated verb reads no object past the complements', () => {
  const t = 'لم تعلن الهيئة العامة للغذاء والدواء بالمملكة تسجيل أي حالات جديدة.';
  assert.ok(views(t).every((x) => !/^تسجيل/.test(x.content) || x.cue.startsWith('لم')));
});
