import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews, entitiesBySurface } from '../testing.js';

const sourceOf = (t: string, cue: string, ents = entitiesBySurface(t, [])): string[] =>
  attributionViews(t, ents).filter((a) => a.cue === cue).map((a) => a.source);

test('a name in apposition between commas after a title is part of the speaker and of the participle after', () => {
  const t = 'وقال وزير الاستخبارات الإسرائيلي، إيلي كوهين، إنه لا يعرف من قتل زادة، مشيرا إلى أنه كان ضالعا في إنتاج السلاح.';
  const ents = entitiesBySurface(t, [{ id: 'k', type: 'PER', name: 'إيلي كوهين', forms: ['إيلي كوهين'] }]);
  assert.match(sourceOf(t, 'وقال', ents)[0] ?? '', /كوهين/);
  assert.match(sourceOf(t, 'مشيرا', ents)[0] ?? '', /كوهين/);
});

test('a name that begins like بأن stays the apposition of the title', () => {
  const t = 'وقال الأمين العام ، بان كي مون ، في بيان: إن الهدنة ضرورية ، مؤكداً أن ارتفاع حصيلة الضحايا يجعل الالتزام بها أمرا لا بد منه.';
  const ents = entitiesBySurface(t, [{ id: 'b', type: 'PER', name: 'بان كي مون', forms: ['بان كي مون'] }]);
  assert.match(sourceOf(t, 'وقال', ents)[0] ?? '', /بان كي مون/);
  assert.match(sourceOf(t, 'مؤكداً', ents)[0] ?? '', /بان كي مون/);
});

test('no apposition: a comma after a title with a clause after it, or a name with no closing comma', () => {
  const t = 'وقال المتحدث الرسمي، في بيان صحفي، إن العمل مستمر.';
  assert.deepEqual(sourceOf(t, 'وقال'), ['المتحدث الرسمي']);
  const t2 = 'وقال الوزير، أحمد علي إن العمل مستمر.';
  const ents = entitiesBySurface(t2, [{ id: 'a', type: 'PER', name: 'أحمد علي', forms: ['أحمد علي'] }]);
  assert.doesNotMatch(sourceOf(t2, 'وقال', ents)[0] ?? '', /الوزير، أحمد/);
});

test('a feminine noun after a masculine verb is its object: the participle keeps the earlier subject', () => {
  const t = 'من جانبه، دافع رئيس البرلمان الإيراني في افتتاح جلسة أمس عن التوافق النووي ووصفه بالإنجاز الكبير واعتبر القضية النووية من القضايا النادرة في تاريخ بلاده، مؤكدا أن بلاده تابعت المفاوضات بجدية.';
  const s = sourceOf(t, 'مؤكدا');
  assert.equal(s.length, 1);
  assert.match(s[0] ?? '', /البرلمان الإيراني/);
  assert.doesNotMatch(s[0] ?? '', /القضية/);
});

test('a noun that agrees with the verb after it is still the subject of the participle', () => {
  const t = 'وانتقد الوزير البرنامج في مؤتمر صحفي، مؤكدا أن العمل مستمر.';
  assert.match(sourceOf(t, 'مؤكدا')[0] ?? '', /^الوزير/);
});

test('a verb after a relative pronoun with no subject of its own has the antecedent for speaker, and so does the participle after it', () => {
  const t = 'وأوضحت أوسبورن أنها تحدثت مع نجلها البطل العالمي الذي أخبرها أنه بخير، مؤكدا أنه لا يجد رغبة في العودة إلى التزلج.';
  const ents = entitiesBySurface(t, [{ id: 'o', type: 'PER', name: 'أوسبورن', forms: ['أوسبورن'] }]);
  assert.deepEqual(sourceOf(t, 'أخبرها', ents), ['نجلها البطل العالمي']);
  assert.deepEqual(sourceOf(t, 'مؤكدا', ents), ['نجلها البطل العالمي']);
  assert.deepEqual(sourceOf(t, 'وأوضحت', ents), ['أوسبورن']);
});

test('no antecedent speaker: the pronoun resumes the antecedent as object, or the participle does not agree', () => {
  // التصريحات التي وصفها: the statements are what he described.
  const t = 'ورد الوزير على التصريحات التي وصفها بأنها غير مسؤولة.';
  assert.doesNotMatch(sourceOf(t, 'وصفها')[0] ?? '', /^التصريحات/);
  // التقارير التي تشير …، مشيرا: the masculine participle is the earlier speaker's.
  const t2 = 'ورفض بينيتيز التعليق على التقارير الإعلامية التي تشير إلى قرب انتقال الحارس إلى النادي، مشيرا إلى أنه لن يتحدث عن لاعبي الأندية الأخرى.';
  const ents = entitiesBySurface(t2, [{ id: 'b', type: 'PER', name: 'بينيتيز', forms: ['بينيتيز'] }]);
  assert.doesNotMatch(sourceOf(t2, 'مشيرا', ents)[0] ?? '', /التقارير/);
});
