import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, attributionViews, entitiesBySurface, spanText as cut } from './testing.js';

const views = attributionViews;
const contents = (t: string, ents = entitiesBySurface(t, [])) => attributionsOf(t, ents).map((a) => cut(t, a.content));

test('a subjectless verb opening the text (وأضاف: إن، وأشار إلى أن) is a report whose source is unwritten', () => {
  const t = 'وأشار إلى أن الفريق يعرف قدرات منافسه، مؤكدا أنهم قادرون على الفوز.';
  assert.deepEqual(views(t), [
    { cue: 'وأشار', source: '∅', stance: 'assert' },
    { cue: 'مؤكدا', source: '∅', stance: 'assert' },
  ]);
  assert.deepEqual(contents(t), ['الفريق يعرف قدرات منافسه', 'قادرون على الفوز']);
  const u = 'وأضاف: إن "المشروع سيكتمل في موعده".';
  assert.deepEqual(views(u), [{ cue: 'وأضاف', source: '∅', stance: 'assert' }]);
  const v = 'وأعرب عن اعتقاده بأن الأسواق ستتحسن قريبا.';
  assert.deepEqual(views(v), [{ cue: 'وأعرب', source: '∅', stance: 'assert' }]);
  // A subject written after the verb is still read (وذكرت «أم باسم» …، أن).
  const w = 'وذكرت المعلمة التي تعمل في المدرسة منذ سنوات، أن الطلاب تحسنوا.';
  assert.ok(views(w)[0]?.source.startsWith('المعلمة'));
  // Not at the opening of the text: no speaker, no report.
  const x = 'وصل الوفد أمس إلى المدينة. وأشار إلى أن الزيارة تستمر يومين.';
  assert.equal(views(x).filter((a) => a.source === '∅').length, 0);
});

test('an apposition with an indefinite title runs up to a colon (وقال X، محلل اقتصادي في شركة … لـ«…»: «…»)', () => {
  const t = 'وقال أحمد سالم، محلل اقتصادي في شركة الراجحي لـ«الشرق الأوسط»: «التراجع جاء بسبب السداد».';
  const ents = entitiesBySurface(t, [{ id: 'p', type: 'PER', name: 'أحمد سالم', forms: ['أحمد سالم'] }]);
  assert.deepEqual(views(t, ents), [{ cue: 'وقال', source: 'أحمد سالم', stance: 'assert' }]);
  assert.equal(contents(t, ents)[0], 'التراجع جاء بسبب السداد');
  const u = 'وقال أحمد سالم، خبير اقتصادي: إن الأسعار سترتفع.';
  const e2 = entitiesBySurface(u, [{ id: 'p', type: 'PER', name: 'أحمد سالم', forms: ['أحمد سالم'] }]);
  assert.deepEqual(views(u, e2), [{ cue: 'وقال', source: 'أحمد سالم', stance: 'assert' }]);
  assert.equal(contents(u, e2)[0], 'الأسعار سترتفع');
});

test('a participle right after a preposition with its pronoun (بالعمل معهم مؤكدا أنهم) is circumstantial, not a noun', () => {
  const t = 'رحب الشيخ علي الحسيني بطلابه معربا عن اعتزازه بالعمل معهم مؤكدا أنهم كانوا أمناء.';
  const ents = entitiesBySurface(t, [{ id: 'p', type: 'PER', name: 'علي الحسيني', forms: ['علي الحسيني'] }]);
  assert.deepEqual(views(t, ents), [{ cue: 'مؤكدا', source: 'علي الحسيني', stance: 'assert' }]);
  assert.equal(contents(t, ents)[0], 'كانوا أمناء');
  // After a bare preposition the form is still a noun (إضافة إلى مطالبة اللاعب).
  const u = 'وقرر النادي إيقاف اللاعب إضافة إلى مطالبة اللاعب بغرامة.';
  assert.deepEqual(views(u), []);
});

test('a free relative with a resumptive pronoun (وهو ما أكده X، ما أشار إليه X) whose verb has no content of its own', () => {
  const t = 'ستبدأ الدراسة الأحد المقبل، وهو ما أشار إليه الوزير في المؤتمر.';
  assert.deepEqual(views(t), [{ cue: 'أشار إليه', source: 'الوزير', stance: 'assert' }]);
  assert.equal(contents(t)[0], 'ستبدأ الدراسة الأحد المقبل');
  const u = 'ستبدأ الدراسة الأحد المقبل، وهو ما أكده الوزير في المؤتمر.';
  assert.deepEqual(views(u), [{ cue: 'أكده', source: 'الوزير', stance: 'assert' }]);
  // فيما أكد is "while … said": no free relative.
  const v = 'وارتفعت الأسعار، فيما أكد الوزير أن الأزمة عابرة.';
  assert.deepEqual(views(v), [{ cue: 'أكد', source: 'الوزير', stance: 'assert' }]);
});

test('بيّن with a shadda, or وبين before a short subject and أن, is the verb, not "between"', () => {
  const t = 'وبيّن المفرج أن الاتفاق يضبط التكاليف.';
  assert.deepEqual(views(t), [{ cue: 'وبيّن', source: 'المفرج', stance: 'assert' }]);
  const u = 'وبين المفرج أن الاتفاق يضبط التكاليف.';
  assert.deepEqual(views(u), [{ cue: 'وبين', source: 'المفرج', stance: 'assert' }]);
  const v = 'وبين الطرفين أن يتفقا على موعد.';
  assert.deepEqual(views(v), []);
});

test('a name or an acronym in brackets stays in the subject (هيئة الإذاعة البريطانية (بي بي سي) عن …)', () => {
  const t = 'ونقلت هيئة الإذاعة البريطانية (بي بي سي) عن المدرب قوله «لن أتحدث عن العروض».';
  assert.deepEqual(views(t), [
    { cue: 'ونقلت', source: 'هيئة الإذاعة البريطانية (بي بي سي)', stance: 'assert' },
    { cue: 'قوله', source: 'المدرب', stance: 'assert' },
  ]);
  const u = 'وقال تلفزيون الصين المركزي (سي.سي.تي.في) إن الزلزال ضرب الإقليم.';
  assert.deepEqual(views(u).map((a) => a.cue), ['وقال']);
  assert.ok(views(u)[0]?.source.startsWith('تلفزيون الصين المركزي'));
});

test('a confession with its complement (اعترف بـ) is a report; recognising a state and «does not recognise» are not', () => {
  const t = 'من جهة أخرى، اعترفت الجماعة بالهزائم التي لحقت بها في الجنوب.';
  assert.deepEqual(views(t), [{ cue: 'اعترفت', source: 'الجماعة', stance: 'assert' }]);
  assert.equal(contents(t)[0], 'بالهزائم التي لحقت بها في الجنوب');
  assert.deepEqual(views('واعترفت السويد بدولة فلسطين أمس.'), []);
  assert.deepEqual(views('ويقال إن كرة القدم لا تعترف بالعمر.'), []);
});

test('a subject inside a quotation opened right after إن is the subject of the verb after it (إن "هؤلاء المتهمين اعترفوا …")', () => {
  const t = 'وقالت الوزارة في بيان إن "هؤلاء المتهمين اعترفوا بتلقي تدريبات في الخارج".';
  const v = views(t);
  assert.deepEqual(v.map((a) => a.cue), ['وقالت', 'اعترفوا']);
  assert.equal(v[1]?.source, 'هؤلاء المتهمين');
});

test('a nominal object after an adverb or an apposition and a day (أعلنت الشركة أيضا استقالة …، أعلن X، Y، امس، وصول …)', () => {
  const t = 'وأعلنت الشركة أيضا استقالة نائب الرئيس.';
  assert.deepEqual(views(t), [{ cue: 'وأعلنت', source: 'الشركة', stance: 'assert' }]);
  assert.equal(contents(t)[0], 'استقالة نائب الرئيس');
  const u = 'أعلن محافظ عدن، نايف البكري، امس، وصول أول سفينة مساعدات إلى الميناء.';
  const e2 = entitiesBySurface(u, [{ id: 'p', type: 'PER', name: 'نايف البكري', forms: ['نايف البكري'] }]);
  assert.deepEqual(views(u, e2).map((a) => a.cue), ['أعلن']);
  assert.equal(contents(u, e2)[0], 'وصول أول سفينة مساعدات إلى الميناء');
  // وصول with و is a noun, not a conjoined word; an adverb alone is no content.
  assert.deepEqual(views('وأعلنت الشركة أيضا أن الأرباح ارتفعت.').map((a) => a.cue), ['وأعلنت']);
});

test('وعبر X عن … names the speaker of the participle after it (عبر with و and عن is the verb, not "through")', () => {
  const t = 'وعبر المهنا عن رضاه عن معسكر الحكام في التشيك موضحا: «الحكام جاهزون للموسم».';
  const ents = entitiesBySurface(t, [{ id: 'p', type: 'PER', name: 'المهنا', forms: ['المهنا'] }]);
  assert.deepEqual(views(t, ents), [{ cue: 'موضحا', source: 'المهنا', stance: 'assert' }]);
  assert.equal(contents(t, ents)[0], 'الحكام جاهزون للموسم');
});

test('عبر "through" after a pronoun in the frame (في تغريدات له عبر حسابه في «تويتر»:) keeps the frame going', () => {
  const t = 'وقال الكاتب في تغريدات له عبر حسابه في “تويتر”: جاء أخي الخميس الماضي.';
  assert.deepEqual(views(t), [{ cue: 'وقال', source: 'الكاتب', stance: 'assert' }]);
  assert.equal(contents(t)[0], 'جاء أخي الخميس الماضي');
  // عبر عن … is the verb: the frame of the first verb ends there.
  const u = 'وقال الوزير في كلمته له عبر عن أسفه.';
  assert.deepEqual(views(u), []);
});

test('an apposition after a semicolon or between commas runs up to «، إن» (وقال X؛ الوكيل الملاحي لـ…، إن)', () => {
  const t = 'وقال هاني الطرابلسي؛ الوكيل الملاحي لمجموعة شركات الخطوط في السعودية، إن الأجور لن تتأثر.';
  const ents = entitiesBySurface(t, [{ id: 'p', type: 'PER', name: 'هاني الطرابلسي', forms: ['هاني الطرابلسي'] }]);
  assert.deepEqual(views(t, ents), [{ cue: 'وقال', source: 'هاني الطرابلسي', stance: 'assert' }]);
  assert.equal(contents(t, ents)[0], 'الأجور لن تتأثر');
});

test('a source asking not to be named, between commas (وقال مصدر، طلب عدم نشر اسمه، لـ«…»:), is part of the frame', () => {
  const t = 'وقال مصدر، طلب عدم نشر اسمه، لتلفزيون «برس»: «السلاح صنع في الخارج».';
  assert.deepEqual(views(t), [{ cue: 'وقال', source: 'مصدر', stance: 'assert' }]);
  assert.equal(contents(t)[0], 'السلاح صنع في الخارج');
});

test('some of a group right before the verb is its subject (سمعت بعض الناس يفتي بذلك)', () => {
  const t = 'لأني سمعت بعض الناس يفتي بذلك، ويقول: إن الصيام جائز.';
  const v = views(t);
  assert.equal(v.find((a) => a.cue === 'ويقول')?.source, 'بعض الناس');
});

test('a refusal to be named right after the subject (وقال مسؤول بالشرطة رفض الإفصاح عن هويته إن): both attributions', () => {
  const t = 'وقال مسؤول بالشرطة رفض الإفصاح عن هويته إن المحكمة قضت بسجن المتهمين.';
  assert.deepEqual(views(t), [
    { cue: 'وقال', source: 'مسؤول بالشرطة', stance: 'assert' },
    { cue: 'رفض الإفصاح', source: 'مسؤول بالشرطة', stance: 'none' },
  ]);
  assert.deepEqual(contents(t), ['المحكمة قضت بسجن المتهمين', 'عن هويته']);
});

test('a relative clause between commas before the content (وقال X في كلمته، التي ألقاها أمس، إن …)', () => {
  const t = 'وقال الوزير في كلمته، التي ألقاها أمام المؤتمر أمس، إن المشروع سيكتمل قريبا.';
  assert.deepEqual(views(t), [{ cue: 'وقال', source: 'الوزير', stance: 'assert' }]);
  assert.equal(contents(t)[0], 'المشروع سيكتمل قريبا');
});

test('صادر عن inside the subject (وأكد بيان صادر عن مكتب الوزيرة أمس أن …)', () => {
  const t = 'وأكد بيان صادر عن مكتب الوزيرة أمس أن الزيارة ستتم الأسبوع المقبل.';
  assert.deepEqual(views(t), [{ cue: 'وأكد', source: 'بيان صادر عن مكتب الوزيرة', stance: 'assert' }]);
  assert.equal(contents(t)[0], 'الزيارة ستتم الأسبوع المقبل');
});

test('an envoy «لدى» a country: the country stays out of the speaker, and a nominal object after it is the content', () => {
  const t = 'أوضحت سفارة المملكة لدى سلطنة عمان ملابسات الحادثة التي وقعت للطفلة. وأفادت أن الطفلة بخير.';
  assert.deepEqual(views(t), [
    { cue: 'أوضحت', source: 'سفارة المملكة', stance: 'assert' },
    { cue: 'وأفادت', source: 'سفارة المملكة', stance: 'assert' },
  ]);
  assert.equal(contents(t)[0], 'ملابسات الحادثة التي وقعت للطفلة');
  const u = 'وأكد مندوب السعودية لدى الأمم المتحدة أن المملكة تدعم الحل.';
  const ents = entitiesBySurface(u, [{ id: 'un', type: 'ORG', name: 'الأمم المتحدة', forms: ['الأمم المتحدة'] }]);
  assert.deepEqual(views(u, ents), [{ cue: 'وأكد', source: 'مندوب السعودية', stance: 'assert' }]);
});

test('an envoy named after the country (سفير المملكة لدى مصر أحمد قطان) is the named person', () => {
  const t = 'وقال سفير المملكة لدى مصر أحمد قطان إن العلاقات قوية.';
  const ents = entitiesBySurface(t, [
    { id: 'eg', type: 'GPE', name: 'مصر', forms: ['مصر'] },
    { id: 'p', type: 'PER', name: 'أحمد قطان', forms: ['أحمد قطان'] },
  ]);
  const a = attributionsOf(t, ents);
  assert.equal(a.length, 1);
  assert.equal(a[0]?.source.entity, 'p');
  assert.equal(contents(t, ents)[0], 'العلاقات قوية');
});

test('a short quoted name described by a relative clause, with «منذ أن» inside it, then «، أن» (وذكرت «أم باسم» التي …)', () => {
  const t = 'وذكرت «أم سالم» التي تعمل في الخياطة منذ أن كانت صغيرة، أن المهنة كانت بدايتها.';
  const v = views(t);
  assert.deepEqual(v.map((a) => a.cue), ['وذكرت']);
  assert.ok(v[0]?.source.includes('سالم'));
  assert.equal(contents(t)[0], 'المهنة كانت بدايتها');
});
