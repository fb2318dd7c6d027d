import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews, entitiesBySurface } from '../testing.js';

const sourceOf = (t: string, cue: string, spec: Parameters<typeof entitiesBySurface>[1] = []): string[] =>
  attributionViews(t, entitiesBySurface(t, spec)).filter((x) => x.cue === cue).map((x) => x.source);

test('a feminine «من دون أن تعطي» goes to the authorities of the main clause, not the spokesman quoted after them', () => {
  const t = 'واعتقلت السلطات ثلاثة أشخاص بعدما قال المتحدث باسم الشرطة إن الهجوم مدبر، من دون أن تعطي أي توضيح.';
  assert.deepEqual(sourceOf(t, 'دون أن تعطي').map((s) => s.split(' ')[0]), ['السلطات']);
});

test('a feminine «دون أن تقدم» goes to the club administration, not the coach named between', () => {
  const t = 'وأعلنت إدارة النادي رحيل المدافع، بعدما قال المدرب سامي إن الفريق سيتأثر، دون أن تقدم أي تفاصيل.';
  const ents = [
    { id: 'c', type: 'ORG' as const, name: 'إدارة النادي', forms: ['إدارة النادي'] },
    { id: 's', type: 'PER' as const, name: 'سامي', forms: ['سامي'] },
  ];
  assert.deepEqual(sourceOf(t, 'دون أن تقدم', ents), ['إدارة النادي']);
});

test('a masculine «دون أن يقدم» goes to the president, not the government that spoke last', () => {
  const t = 'وقال الرئيس إن المفاوضات مستمرة، وأكدت الحكومة أنها ملتزمة بالاتفاق، دون أن يقدم أي تفاصيل.';
  assert.deepEqual(sourceOf(t, 'دون أن يقدم'), ['الرئيس']);
});

test('a verb that agrees with the last speaker keeps it, and a woman named without a title keeps her verb (negative cases)', () => {
  const t = 'وقال المدرب سامي إن الفريق جاهز، دون أن يقدم أي تفاصيل عن الإصابات.';
  assert.deepEqual(sourceOf(t, 'دون أن يقدم', [{ id: 's', type: 'PER', name: 'سامي', forms: ['المدرب سامي'] }]), ['المدرب سامي']);
  const t2 = 'وأعلنت الوزارة تأجيل الامتحانات، وقالت مريم إن القرار مؤقت، دون أن تقدم أي تفاصيل.';
  assert.deepEqual(sourceOf(t2, 'دون أن تقدم', [{ id: 'm', type: 'PER', name: 'مريم', forms: ['مريم'] }]), ['مريم']);
});

test('a feminine plural subject after a feminine past verb is taken whole, not the country after it', () => {
  const t = 'وقال مدير الفريق سامي إن اللاعبين احتجزوا في المطار عندما رفضت السلطات الإندونيسية دخولهم من دون أن تذكر أسبابا.';
  const ents = [
    { id: 's', type: 'PER' as const, name: 'سامي', forms: ['سامي'] },
    { id: 'i', type: 'GPE' as const, name: 'إندونيسيا', forms: ['الإندونيسية'] },
  ];
  assert.deepEqual(sourceOf(t, 'دون أن تذكر', ents), ['السلطات الإندونيسية']);
});
