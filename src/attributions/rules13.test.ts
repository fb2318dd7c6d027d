import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, entitiesBySurface } from './testing.js';

const cut = (t: string, s: { start?: number; end?: number }) => t.slice(s.start ?? 0, s.end ?? 0);
const views = (t: string, ents = entitiesBySurface(t, [])) =>
  attributionsOf(t, ents).map((a) => ({ cue: cut(t, a.cue), source: cut(t, a.source), stance: a.stance }));

test('a source is never a bare preposition or a date word', () => {
  const t = 'وقال الوزير إن الخطة جاهزة. وأكد يوم الثلاثاء أن المشروع سيكتمل.';
  assert.deepEqual(views(t)[1], { cue: 'وأكد', source: 'الوزير', stance: 'assert' });
  const u = 'وقال النائب إن الحكومة فشلت. ووصفها بـ«حكومة الأزمات».';
  for (const v of views(u)) assert.ok(!/^بـ?$/.test(v.source), JSON.stringify(v));
});

test('a time phrase between the verb and a named subject is passed over', () => {
  const t = 'وأكد يوم الثلاثاء المدير سالم العتيبي أن المشروع سيكتمل.';
  const ents = entitiesBySurface(t, [{ id: 's', type: 'PER', name: 'سالم العتيبي', forms: ['سالم العتيبي'] }]);
  assert.deepEqual(views(t, ents), [{ cue: 'وأكد', source: 'سالم العتيبي', stance: 'assert' }]);
});

test('the capacity a speaker speaks in (بصفته …) is not part of the source', () => {
  assert.deepEqual(views('وقال المدير بصفته متحدثا باسم الشركة إن الأرباح زادت.'),
    [{ cue: 'وقال', source: 'المدير', stance: 'assert' }]);
});

test('ل glued to a name after the subject is the addressee (قال X لرويترز)', () => {
  const t = 'وقال قائد قوات محلية لرويترز عبر الهاتف "نحن نتقدم نحو المدينة".';
  const ents = entitiesBySurface(t, [{ id: 'r', type: 'ORG', name: 'رويترز', forms: ['رويترز'] }]);
  assert.deepEqual(views(t, ents), [{ cue: 'وقال', source: 'قائد قوات محلية', stance: 'assert' }]);
});

test('a verb carrying a plural subject has its object after it, not its subject', () => {
  const t = 'قال المزارعون إن المحصول تلف. وطالبوا الحكومة بتعويضهم عن الخسائر.';
  assert.deepEqual(views(t)[1], { cue: 'وطالبوا', source: 'المزارعون', stance: 'assert' });
});
