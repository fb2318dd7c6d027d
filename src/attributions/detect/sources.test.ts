import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews, entitiesBySurface } from '../testing.js';

const sourceOf = (t: string, cue: string, ents = entitiesBySurface(t, [])): string[] =>
  attributionViews(t, ents).filter((x) => x.cue === cue).map((x) => x.source);

test('إلى أن opening a report is no "until": the noun after it is the subject of the verb that follows', () => {
  const t = 'وأشارت وكالة يونهاب للأنباء إلى أن كوريا الجنوبية أعلنت ظهور أول إصابة بالفيروس في 20 مايو.';
  const ents = entitiesBySurface(t, [{ id: 'k', type: 'LOC', name: 'كوريا الجنوبية', forms: ['كوريا الجنوبية'] }]);
  assert.deepEqual(sourceOf(t, 'أعلنت', ents), ['كوريا الجنوبية']);
});

test('the subject of a reported clause may be long', () => {
  const t = 'وأضاف الوزير أن عدداً من العناصر الإرهابية الموقوفة على ذمة القضيتين اعترفت بعلاقاتها بأطراف ليبية.';
  assert.deepEqual(sourceOf(t, 'اعترفت'), ['عدداً من العناصر الإرهابية الموقوفة على ذمة القضيتين']);
});

test('a long phrase with a verb inside it is no subject (an object, a date word or a verb form shows the verb)', () => {
  const t = 'وأوضح المتحدث الرسمي لـ"عين اليوم" أن غرفة العمليات تلقت ظهر اليوم الثلاثاء بلاغًا يفيد بوقوع حادث تصادم.';
  assert.equal(sourceOf(t, 'يفيد').includes('غرفة العمليات تلقت ظهر اليوم الثلاثاء بلاغًا'), false);
  const u = 'وقال سكان محليون إن العشرات من سكان الفلوجة خرجوا في مظاهرة رافعين شعارات تطالب بالسماح لهم بالخروج.';
  assert.deepEqual(sourceOf(u, 'تطالب').filter((s) => s.startsWith('العشرات')), []);
});

test('after أن هناك the verb describes an indefinite noun: no speaker', () => {
  const t = 'ويملك إثباتات تشير إلى أن هناك دلائل تؤكد قيام الجامعة بتعديل الرغبات.';
  assert.deepEqual(sourceOf(t, 'تؤكد'), []);
});

test('an adverbial of manner after the verb is not its subject', () => {
  assert.deepEqual(sourceOf('وأكد بشكل قاطع الفريق الدولي أن الحطام من الطائرة.', 'وأكد'), ['الفريق الدولي']);
  assert.deepEqual(sourceOf('وأكد بشكل قاطع أن الحطام من الطائرة.', 'وأكد').filter((s) => s.startsWith('بشكل')), []);
  // بشكل with a definite noun after it is no adverbial of manner that opens the phrase.
  assert.deepEqual(sourceOf('وأكد الوزير أن الحطام من الطائرة.', 'وأكد'), ['الوزير']);
});

test('after إنه the clause opens with its verb: no long subject', () => {
  const t = 'وقال سيب بلاتر رئيس الفيفا إنه سيستقيل من منصبه في فبراير شباط القادم لكنه نفى تورطه في أي فساد.';
  assert.deepEqual(sourceOf(t, 'نفى').filter((s) => s.startsWith('سيستقيل')), []);
});
