import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews, entitiesBySurface } from './testing.js';

const views = attributionViews;

test('an outlet addressed with لـ or an employer after لدى is not the speaker of a later subjectless verb', () => {
  const t = 'وتحدث الخبير الاقتصادي لـ«الوطن» عن السوق أمس. وتابع: «السوق تتعافى ببطء».';
  const te = entitiesBySurface(t, [{ id: 'o2', type: 'ORG', name: 'الوطن', forms: ['الوطن'] }]);
  assert.deepEqual(views(t, te), [{ cue: 'وتابع', source: 'الخبير الاقتصادي', stance: 'assert' }]);
  const u = 'وفي سؤال لـ«الوطن» عن المشروع، أجابت: إن العمل يسير كما خطط له.';
  const ue = entitiesBySurface(u, [{ id: 'o2', type: 'ORG', name: 'الوطن', forms: ['الوطن'] }]);
  assert.notEqual(views(u, ue)[0]?.source, 'الوطن');
  // An organisation that is the subject stays the speaker.
  const v = 'عقدت «شركة الخليج» مؤتمرا أمس. وأضافت: «الأرباح ارتفعت».';
  const ve = entitiesBySurface(v, [{ id: 'o1', type: 'ORG', name: 'شركة الخليج', forms: ['شركة الخليج'] }]);
  assert.deepEqual(views(v, ve), [{ cue: 'وأضافت', source: 'شركة الخليج', stance: 'assert' }]);
});

test('a cue that opens a quotation or follows a first-person pronoun in it is the quoted speaker\'s own words', () => {
  const t = 'وقال المتحدث باسم الحكومة: «أمتنع عن الإدلاء بأي تعليق، لكن الأمر مؤسف جدا».';
  assert.deepEqual(views(t).map((v) => v.cue), ['وقال']);
  const u = 'وأضاف اللاعب أنه إذا قرر الاعتزال «فأنا أقسم إنني سأبلغكم بنفسي!».';
  assert.deepEqual(views(u).map((v) => v.cue), ['وأضاف']);
  // A speaker written inside the quotation keeps the nested report.
  const v = 'وقال الوزير: «وزير الخارجية أكد لي أن الاتفاق قريب».';
  assert.deepEqual(views(v).map((x) => x.cue), ['وقال', 'أكد']);
  // A report that opens a quotation with no speaker before it stays.
  const w = 'وقالت الصحيفة: «أعلنت وزارة الصحة أن الوباء انحسر».';
  assert.equal(views(w).length, 2);
});

test('a relative clause whose ب-complement resumes the noun it describes reports nothing (المشاريع التي وعدت بها X)', () => {
  assert.deepEqual(views('ولم تنفذ الحكومة أيا من المشاريع التي وعدت بها الوزارة، كما لم يتغير شيء.'), []);
  assert.deepEqual(views('وهي التعديلات التي طالب بها رئيس النادي السابق في وقت سابق.'), []);
  // A relative clause with its own proposition stays a report.
  assert.deepEqual(views('وهو المدرب الذي طالب بأن يرحل اللاعبون الأجانب.').map((v) => v.cue), ['طالب']);
  assert.deepEqual(views('وطالب رئيس النادي بتعديل اللوائح.').map((v) => v.source), ['رئيس النادي']);
});

test('مما يؤكد أن، وهو ما يشير إلى أن، الأمر الذي يؤكد أن: the facts told are the subject, the inference is the writer\'s', () => {
  assert.deepEqual(views('وتعاقد النادي مع المدرب الروماني مما يؤكد أن هناك عملا جادا لإعادة أمجاد الفريق.'), []);
  assert.deepEqual(views('وارتفعت الأسعار، وهو ما يشير إلى أن السوق تتعافى.'), []);
  assert.deepEqual(views('وارتفعت الأسعار، الأمر الذي يؤكد أن السوق تتعافى.'), []);
  // A speaker written after the verb keeps the report; so does a speaker before a plain verb.
  assert.deepEqual(views('وهو ما أكده الوزير حين قال إن الاتفاق قريب.').map((v) => v.cue), ['قال']);
  assert.deepEqual(views('وأكد الوزير أن الاتفاق قريب.').map((v) => v.source), ['الوزير']);
});

test('a fronted topic after وعن، وحول، وبشأن is what is spoken about, not the speaker of the verb after it', () => {
  const t = 'وقالت الفنانة إن العمل ممتع. وحول مشاركتها للمرة الأولى في مسلسل تلفزيوني، قالت: "أشعر أنها خطوة جميلة".';
  assert.deepEqual(views(t).map((v) => v.source), ['الفنانة', 'الفنانة']);
  const u = 'وقال القائد الميداني إن المعارك مستمرة. وعن توقعاته للأيام القادمة يقول: ستنتهي الحرب قريبا.';
  assert.deepEqual(views(u).map((v) => v.source), ['القائد الميداني', 'القائد الميداني']);
  // A speaker written after the verb stays the speaker.
  const v = 'وحول الموسم الجديد، قال مدرب الفريق إن الاستعداد جيد.';
  assert.deepEqual(views(v).map((x) => x.source), ['مدرب الفريق']);
});

test('a masculine singular verb after a plural in ات inside reported words is an impersonal passive (طائرات يعتقد أنها …)', () => {
  assert.deepEqual(views('قال المرصد إن طائرات حربية يعتقد أنها تابعة للتحالف قصفت مواقع.').map((v) => v.cue), ['قال']);
  // An agreeing verb keeps its subject: تؤكد after a plural in ات, يؤكد after a masculine noun.
  assert.deepEqual(views('وقال المرصد إن التقارير تؤكد أن الهجوم فشل.').map((v) => v.cue), ['وقال', 'تؤكد']);
  assert.deepEqual(views('وقال المرصد إن المسؤول يؤكد أن الهجوم فشل.').map((v) => v.source), ['المرصد', 'المسؤول']);
});

test('claiming responsibility is an act even with its subject and a time phrase before it (لم تعلن أي جهة على الفور مسؤوليتها)', () => {
  const t = 'وأضافت المصادر أن سبعة قتلوا. ولم تعلن أي جهة على الفور مسؤوليتها عن الهجومين.';
  assert.deepEqual(views(t).map((v) => v.cue), ['وأضافت']);
  // Responsibility inside a clause after أن is reported content.
  assert.deepEqual(views('وأعلن الجيش أن الجماعة تتحمل مسؤوليتها عن الهجوم.').map((v) => v.source), ['الجيش']);
});

test('a verbal noun of occurrence or existence after a subjectless verb is its object, not its speaker (وأكد حدوث اتفاق)', () => {
  const t = 'وقال الوزير إن الوضع مستقر. وأكد حدوث اتفاق على تعاون بين البلدين لتدريب الجيش.';
  assert.deepEqual(views(t).map((v) => v.source), ['الوزير', 'الوزير']);
  // A speaker after the verb stays the speaker.
  assert.deepEqual(views('وقال الوزير إن الوضع مستقر. وأكد المتحدث أن الاتفاق قريب.').map((v) => v.source), ['الوزير', 'المتحدث']);
});
