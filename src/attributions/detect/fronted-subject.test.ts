import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews, entitiesBySurface } from '../testing.js';

const sourceOf = (t: string, cue: string, spec: Parameters<typeof entitiesBySurface>[1] = []): string[] =>
  attributionViews(t, entitiesBySurface(t, spec)).filter((x) => x.cue === cue).map((x) => x.source);

test('a name fronted before the verb with an apposition between commas is its subject, not the last speaker', () => {
  const t = 'وقال رئيس النادي إن الفريق جاهز للموسم. محمد الدوسري، مدير عام الشركة، أكد أن المشروع سينتهي قريبا.';
  assert.deepEqual(sourceOf(t, 'أكد', [{ id: 'd', type: 'PER', name: 'محمد الدوسري', forms: ['محمد الدوسري'] }]), ['محمد الدوسري']);
});

test('a long fronted description of a resident and a relative clause before the verb keep the person as speaker', () => {
  const t = 'وطالب الأهالي بنقل النفايات. سعد القحطاني أحد سكان حي النسيم بالجوف أكد أن الرائحة لا تطاق.';
  const per = [{ id: 's', type: 'PER' as const, name: 'سعد القحطاني', forms: ['سعد القحطاني'] }];
  assert.deepEqual(sourceOf(t, 'أكد', per), ['سعد القحطاني']);
  const t2 = 'وطالب الأهالي بنقل النفايات. سعد القحطاني الذي التقته الصحيفة أكد أن الرائحة لا تطاق.';
  assert.deepEqual(sourceOf(t2, 'أكد', per), ['سعد القحطاني']);
});

test('a body fronted with «on its part» or with إذ is the speaker of the verb after it', () => {
  const t = 'وأعلن الجيش أن قواته تقدمت. الأمم المتحدة من جهتها حذرت من كارثة إنسانية.';
  assert.deepEqual(sourceOf(t, 'حذرت', [{ id: 'u', type: 'ORG', name: 'الأمم المتحدة', forms: ['الأمم المتحدة'] }]), ['الأمم المتحدة']);
  const t2 = 'وتم تنفيذ الحكم بالجاني سالم العتيبي. ووزارة الداخلية إذ تعلن عن ذلك تحذر كل من تسول له نفسه بأن العقاب مصيره.';
  const ents = [
    { id: 'm', type: 'ORG' as const, name: 'وزارة الداخلية', forms: ['وزارة الداخلية'] },
    { id: 'a', type: 'PER' as const, name: 'سالم العتيبي', forms: ['سالم العتيبي'] },
  ];
  assert.deepEqual(sourceOf(t2, 'تعلن', ents), ['وزارة الداخلية']);
});

test('fronted topics and places are not subjects: the verb keeps the earlier speaker (negative cases)', () => {
  const t = 'وقال المدرب خالد إن الفريق جاهز. وعن ذلك، قال إن الأمر طبيعي.';
  assert.deepEqual(sourceOf(t, 'قال'), ['المدرب خالد']);
  const t2 = 'وقال المدرب خالد إن الفريق جاهز. وفي القاهرة، قال إن الأمر طبيعي.';
  assert.deepEqual(sourceOf(t2, 'قال', [{ id: 'c', type: 'GPE', name: 'القاهرة', forms: ['القاهرة'] }]), ['المدرب خالد']);
});

test('a name that opens a sentence whose verb is not a saying verb is not the speaker of a cue in a later clause (negative case)', () => {
  const t = 'وقال المدرب خالد إن الفريق جاهز. النادي سافر إلى لندن فالجو هنا حار والجماهير تشكو من الغلاء.';
  assert.deepEqual(sourceOf(t, 'تشكو'), []);
});

test('a subject fronted with و after a comma is the speaker, without the conjunction', () => {
  const t = 'وقال المحلل إن النقاش محتدم بين فريقين، والفريق الآخر يرى أن الخطر أكبر.';
  assert.deepEqual(sourceOf(t, 'يرى'), ['الفريق الآخر']);
});
