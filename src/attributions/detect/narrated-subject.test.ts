import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, entitiesBySurface, spanText } from '../testing.js';

/** A subjectless cue after a verb that reports nothing takes that verb's subject (narrated-subject.ts). */
const sourcesOf = (t: string, cue: string, names: string[]): string[] => {
  const ents = entitiesBySurface(t, names.map((n, i) => ({ id: `p${i}`, type: 'PER' as const, name: n, forms: [n] })));
  return attributionsOf(t, ents).filter((a) => spanText(t, a.cue) === cue).map((a) => spanText(t, a.source));
};

test('وزار الأمير X المعرض. وقال: the visitor of the sentence before, not the spokesman who spoke earlier', () => {
  const t = 'قال المتحدث باسم الوزارة إن المدارس جاهزة. وزار الأمير خالد بن سعد المعرض الدولي للكتاب. وقال إن المعرض ناجح.';
  assert.deepEqual(sourcesOf(t, 'وقال', ['خالد بن سعد']), ['خالد بن سعد']);
});

test('زارت الوزيرة X مدرسة. وقالت: the feminine verb that opens the sentence before agrees with the cue', () => {
  const t = 'قال المتحدث باسم الوزارة إن المدارس جاهزة. زارت الوزيرة سارة المالكي مدرسة البنات. وقالت إن التعليم أولوية.';
  assert.deepEqual(sourcesOf(t, 'وقالت', ['سارة المالكي']), ['سارة المالكي']);
});

test('قدم الحفل X، ثم ألقى شيخ القبيلة Y كلمة …، وقال: the one who spoke after ثم (ألقى reads as ال once hamza is gone)', () => {
  const t = 'قدم الحفل المذيع سامي العلي، ثم ألقى شيخ القبيلة ناصر بن فهد كلمة رحب فيها بالضيوف، وقال إن اللجنة بذلت جهدا كبيرا.';
  assert.deepEqual(sourcesOf(t, 'وقال', ['سامي العلي', 'ناصر بن فهد']), ['ناصر بن فهد']);
});

test('وقد تابع الوكيل X أعمال الصيانة. كما أكد: a cue verb that reported nothing still names who goes on', () => {
  const t = 'وجه الأمير خالد بن سعد بإصلاح الطرق المتضررة. وقد تابع وكيل الإمارة فهد السالم أعمال الصيانة في المراكز. كما أكد أن العمل مستمر.';
  assert.deepEqual(sourcesOf(t, 'أكد', ['خالد بن سعد', 'فهد السالم']), ['فهد السالم']);
});

test('no verb: a noun opening a sentence, an honorific, a feminine imperfect before things, a relative clause', () => {
  const a = 'قال الباحث سالم العمري إن التجربة ناجحة. وتركز دراسات العمري على الحضارة القديمة. وقال إن الحضارتين متصلتان.';
  assert.deepEqual(sourcesOf(a, 'وقال', ['سالم العمري']), ['سالم العمري']);
  const b = 'قال المدير سامي العلي إن العمل مستمر. ومعالي وزير النقل حاضر في الحفل. وأضاف أن الطرق جاهزة.';
  assert.deepEqual(sourcesOf(b, 'وأضاف', ['سامي العلي']), ['سامي العلي']);
  const c = 'أعلن الوزير سامي العلي أن الحملة نجحت. وأشاد بما قدمه الفريق من جهد. وقال إن الحملة مستمرة.';
  assert.deepEqual(sourcesOf(c, 'وقال', ['سامي العلي']), ['سامي العلي']);
  const d = 'أعلنت الوزارة أن الحملة نجحت. حقوق الإنسان مصانة في البلاد. وأكدت أن الحملة مستمرة.';
  assert.deepEqual(sourcesOf(d, 'وأكدت', []), ['الوزارة']);
});

test('the whole subject: past و before a definite noun (coordinated, no object) and past the stop of د.', () => {
  const a = 'قال المتحدث إن المدينة تحررت. وزارت الصحفية والناشطة الجنوبية ذكرى العلي المدينة المحررة. وقالت إن الناس فرحون.';
  assert.deepEqual(sourcesOf(a, 'وقالت', ['العلي']), ['العلي']);
  const b = 'قال المتحدث إن المدينة تحررت. وزار د. محمد الزين المدينة المحررة. وقال إن المشروع ناجح.';
  assert.deepEqual(sourcesOf(b, 'وقال', ['محمد الزين']), ['محمد الزين']);
});

test('زارت الأخصائيتان X وY …. وأشارتا: a dual cue takes the two who visited, not the one who spoke before', () => {
  const t = 'قال المدير العام إن المدينة جاهزة. زارت الأخصائيتان الاجتماعيتان هند العلي ومنى السالم مقر الصحيفة. وأشارتا إلى أن القسم يعنى بالمرضى.';
  assert.deepEqual(sourcesOf(t, 'وأشارتا', ['هند العلي', 'منى السالم']), ['الأخصائيتان الاجتماعيتان هند العلي ومنى السالم']);
});

test('أما العروس «X» فقد قالت: the topic after أما, with ف on قد and a quoted name after the title', () => {
  const t = 'وصل العريس سامي العلي إلى الشاطئ، وقال إنه سعيد. أما العروس «هند السالم» فقد قالت لصحيفة محلية: لم يكن أمامي خيار.';
  assert.deepEqual(sourcesOf(t, 'قالت', ['سامي العلي', 'هند السالم']), ['هند السالم']);
});
