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

test('أما X …، فقال: the topic after أما is the speaker, and of the verbs after it', () => {
  const t = 'وقال المدير إن الخطة جاهزة. أما رئيس النادي، وهو من المؤسسين، فقال: «لن نتراجع». وأضاف أن الدعم مستمر.';
  assert.deepEqual(views(t).slice(1), [
    { cue: 'فقال', source: 'رئيس النادي', stance: 'assert' },
    { cue: 'وأضاف', source: 'رئيس النادي', stance: 'assert' },
  ]);
});

test('a subject fronted before its verb and a comma (X، أعلن، أمس، …) is the speaker, not the object after', () => {
  const t = 'مجلس المدينة، أعلن، أمس، رفضه إغلاق السوق، وأشار إلى أن اللجنة ستجتمع.';
  assert.deepEqual(views(t), [
    { cue: 'أعلن', source: 'مجلس المدينة', stance: 'assert' },
    { cue: 'وأشار', source: 'مجلس المدينة', stance: 'assert' },
  ]);
  // A speaker after the verb keeps its place.
  assert.deepEqual(views('وفي المساء، قالت الوزارة إن الطريق مغلق.').map((v) => v.source), ['الوزارة']);
});

test('after من جهتهم، the subject of the clause is the one who concludes, not an earlier speaker', () => {
  const t = 'وقال الموقع إن الطفل مريض. من جهتهم، درس باحثون الظاهرة طويلا، وأكدوا أن الحب مرض.';
  const v = views(t)[1];
  assert.equal(v?.cue, 'وأكدوا');
  assert.ok(v?.source.startsWith('باحثون'), v?.source);
});

test('a negated verb of giving (لم يقدم تفاصيل، لم يصدر أي تعليق، لم تحدد أين) reports nothing: stance none', () => {
  assert.deepEqual(views('وقال مسؤول إن الاجتماع تأجل. ولم يقدم المسؤول تفاصيل أخرى.')[1],
    { cue: 'ولم يقدم', source: 'المسؤول', stance: 'none' });
  assert.deepEqual(views('ولم يصدر أي تعليق على الحادث عن الشركة.'), [{ cue: 'ولم يصدر', source: 'الشركة', stance: 'none' }]);
  assert.deepEqual(views('وقالت الوزارة إن جنديا قتل لكنها لم تحدد أين.')[1], { cue: 'لم تحدد', source: 'الوزارة', stance: 'none' });
  // Giving something else is no report.
  assert.deepEqual(views('ولم يقدم الفريق أداء جيدا.'), []);
});

test('رفضت X فكرة أن … denies the idea', () => {
  const t = 'وذكرت الصحيفة أن الوزارة رفضت فكرة أنها ستغلق المصنع.';
  assert.deepEqual(views(t)[1], { cue: 'رفضت', source: 'الوزارة', stance: 'deny' });
  assert.deepEqual(views('ورفض المدير فكرة أن الشركة ستباع.'), [{ cue: 'ورفض', source: 'المدير', stance: 'deny' }]);
});
