import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews, entitiesBySurface } from '../testing.js';

const sourceOf = (t: string, cue: string, ents = entitiesBySurface(t, [])): string[] =>
  attributionViews(t, ents).filter((x) => x.cue === cue).map((x) => x.source);

test('the topic fronted with وعن before a subjectless verb is not its speaker', () => {
  const t = 'وقال المدرب سامي إن الفريق جاهز للمباراة. وعن المهاجم خالد قال إنه سيعود الأسبوع المقبل.';
  const ents = entitiesBySurface(t, [
    { id: 's', type: 'PER', name: 'سامي', forms: ['المدرب سامي'] },
    { id: 'k', type: 'PER', name: 'خالد', forms: ['خالد'] },
  ]);
  assert.deepEqual(sourceOf(t, 'قال', ents), ['المدرب سامي']);
});

test('a place inside a topic fronted with وحول is not the speaker either', () => {
  const t = 'وأكدت الوزيرة أن الخطة جاهزة. وحول مستقبل المشروع في جدة أوضحت أن التنفيذ يبدأ قريبا.';
  const ents = entitiesBySurface(t, [{ id: 'j', type: 'GPE', name: 'جدة', forms: ['جدة'] }]);
  assert.deepEqual(sourceOf(t, 'أوضحت', ents), ['الوزيرة']);
});

test('a lone imperfect verb with its object pronoun after أن is not the subject of the cue after it', () => {
  const t = 'وعن النتائج التي يمكن أن تحققها قال العميد سالم إن العملية مستمرة.';
  assert.deepEqual(sourceOf(t, 'قال'), ['العميد سالم']);
});

test('a subject written before the verb without a fronted topic is still taken (negative case)', () => {
  const t = 'وقالت الشركة إن المبيعات زادت، وأكدت أن الطلب قوي، لكن الوزارة تقول إن الأرقام أولية.';
  assert.deepEqual(sourceOf(t, 'تقول'), ['الوزارة']);
});
