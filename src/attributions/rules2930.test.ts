import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews, attributionsOf, entitiesBySurface, spanText } from './testing.js';

test('after a fronted «on his part» a verb that reports nothing still names the subject of the verbs that follow', () => {
  const t = 'من جانبه تحدث المواطن سعد الحربي، أحد رواد منتزه الملك فهد في أيام العيد، فأكد أن التنظيم كان ممتازا، مشيدا بجهود البلدية.';
  const te = entitiesBySurface(t, [
    { id: 'p1', type: 'PER', name: 'سعد الحربي', forms: ['سعد الحربي'] },
    { id: 'p2', type: 'PER', name: 'الملك فهد', forms: ['الملك فهد'] },
  ]);
  const v = attributionViews(t, te);
  assert.ok(v.length >= 1);
  for (const x of v) assert.ok(x.source.includes('سعد الحربي'), `${x.cue}: ${x.source}`);
});

test('after a fronted «on her part» عبّر عن … names the subject of the participle that follows', () => {
  const t = 'من جانبها عبرت المطربة ريم السالم عن سعادتها بالتعاون مع الملحن فهد العلي، مؤكدة حرصها على إصدار الأغنية قريبا.';
  const te = entitiesBySurface(t, [
    { id: 'p1', type: 'PER', name: 'ريم السالم', forms: ['ريم السالم'] },
    { id: 'p2', type: 'PER', name: 'فهد العلي', forms: ['فهد العلي'] },
  ]);
  const v = attributionViews(t, te).filter((x) => x.cue === 'مؤكدة');
  assert.equal(v.length, 1);
  assert.ok(v[0]?.source.includes('ريم السالم'), v[0]?.source);
});

test('a verbal noun after a complement with لل, or after a frame phrase and a time phrase, is what was announced', () => {
  const t1 = 'أعلنت الهيئة الوطنية للأرصاد الجوية اكتمال استعداداتها لموسم الأمطار.';
  const a1 = attributionsOf(t1, entitiesBySurface(t1, []));
  assert.equal(a1.length, 1);
  assert.ok(spanText(t1, a1[0]!.source).includes('الهيئة الوطنية للأرصاد'), spanText(t1, a1[0]!.source));
  assert.ok(spanText(t1, a1[0]!.content).startsWith('اكتمال'), spanText(t1, a1[0]!.content));
  const t2 = 'أعلنت شركة النخيل عبر موقعها الإلكتروني الرسمي يوم أمس تعديل خطتها التوسعية.';
  const te2 = entitiesBySurface(t2, [{ id: 'o1', type: 'ORG', name: 'شركة النخيل', forms: ['شركة النخيل'] }]);
  const a2 = attributionsOf(t2, te2);
  assert.equal(a2.length, 1);
  assert.ok(spanText(t2, a2[0]!.source).includes('النخيل'), spanText(t2, a2[0]!.source));
  assert.ok(spanText(t2, a2[0]!.content).startsWith('تعديل'), spanText(t2, a2[0]!.content));
});

test('a past verb right after an indefinite report noun has the report as its source', () => {
  const t = 'تراجعت أسعار الذهب بعد دراسة مصرفية أظهرت تراجعا حادا في الطلب على المعدن.';
  const v = attributionViews(t, entitiesBySurface(t, []));
  assert.equal(v.length, 1);
  assert.equal(v[0]?.cue, 'أظهرت');
  assert.ok(v[0]?.source.includes('دراسة'), v[0]?.source);
});

test('past a name and its title, an indefinite noun in construct is the object, not part of the speaker', () => {
  const t = 'كشف سامي الدوسري الرئيس التنفيذي للمعرض أبرز ملامح الدورة الجديدة التي تنطلق الأسبوع المقبل.';
  const te = entitiesBySurface(t, [{ id: 'p1', type: 'PER', name: 'سامي الدوسري', forms: ['سامي الدوسري'] }]);
  const a = attributionsOf(t, te);
  assert.equal(a.length, 1);
  assert.ok(spanText(t, a[0]!.source).includes('سامي الدوسري'), spanText(t, a[0]!.source));
  assert.ok(spanText(t, a[0]!.content).startsWith('أبرز ملامح'), spanText(t, a[0]!.content));
});

test('محملا X المسؤولية after a comma is a claim of the speaker, also with a definite first object', () => {
  const t = 'أكد الناطق باسم الجيش خالد المالكي أن الهجوم فشل، محملا الجماعة مسؤولية سقوط الضحايا.';
  const te = entitiesBySurface(t, [{ id: 'p1', type: 'PER', name: 'خالد المالكي', forms: ['خالد المالكي'] }]);
  const v = attributionViews(t, te).filter((x) => x.cue === 'محملا');
  assert.equal(v.length, 1);
  assert.ok(v[0]?.source.includes('خالد المالكي'), v[0]?.source);
  const t2 = 'وقال المتحدث إن الوضع هادئ، محملا فصائل مسلحة مسؤولية التصعيد.';
  assert.equal(attributionViews(t2, entitiesBySurface(t2, [])).filter((x) => x.cue === 'محملا').length, 1);
});

test('an agency relaying an unnamed spokesman goes on speaking when the next verb agrees with it, not with him', () => {
  const t = 'وذكرت وكالة الأنباء الرسمية نقلا عن متحدث باسم الوزارة أن "المحادثات تسير بشكل جيد". وأضافت أن الجولة المقبلة ستعقد الشهر القادم.';
  const te = entitiesBySurface(t, [{ id: 'o1', type: 'ORG', name: 'وكالة الأنباء الرسمية', forms: ['وكالة الأنباء الرسمية'] }]);
  const v = attributionViews(t, te).filter((x) => x.cue === 'وأضافت');
  assert.equal(v.length, 1);
  assert.ok(v[0]?.source.includes('وكالة الأنباء'), v[0]?.source);
});

test('an accusative written with tanwin on a final hamza (أداءً) ends the subject', () => {
  const t = 'تظهر الدراسة أداءً ضعيفاً لقطاع التجزئة خلال الربع الأخير.';
  const v = attributionViews(t, entitiesBySurface(t, []));
  assert.equal(v.length, 1);
  assert.equal(v[0]?.source, 'الدراسة');
});

test('a plural verb or participle does not go on with a last speaker who is one person or one body', () => {
  const t = 'أعلن وزير الصحة سامي الراشد افتتاح المستشفى الجديد في المدينة. وذكروا أن عدد الأسرة لا يكفي، مطالبين بزيادتها.';
  const te = entitiesBySurface(t, [{ id: 'p1', type: 'PER', name: 'سامي الراشد', forms: ['سامي الراشد'] }]);
  const v = attributionViews(t, te);
  assert.ok(v.some((x) => x.cue === 'أعلن' && x.source.includes('سامي الراشد')));
  for (const x of v.filter((y) => y.cue === 'وذكروا' || y.cue === 'مطالبين')) assert.ok(!x.source.includes('الراشد'), `${x.cue}: ${x.source}`);
});

test('a phrase «on this matter» with بـ after the verb, or the adverb مباشرة, is not the speaker', () => {
  const t1 = 'وتحدث رئيس النادي فهد السالم عن خطط الموسم. وقال بهذا الخصوص «سنعمل على تعزيز الفريق».';
  const te1 = entitiesBySurface(t1, [{ id: 'p1', type: 'PER', name: 'فهد السالم', forms: ['فهد السالم'] }]);
  const v1 = attributionViews(t1, te1).filter((x) => x.cue === 'وقال');
  assert.equal(v1.length, 1);
  assert.ok(v1[0]?.source.includes('فهد السالم'), v1[0]?.source);
  const t2 = 'سألني أحد الزملاء عن رأيي في المباراة، ثم أجاب مباشرة قبل أن أرد، فقال لي: الفريق لن يفوز.';
  for (const x of attributionViews(t2, entitiesBySurface(t2, []))) assert.ok(!x.source.includes('مباشرة'), `${x.cue}: ${x.source}`);
});

test('a subjectless past verb whose gender is not that of the last speaker’s verb does not go on with that speaker', () => {
  const t = 'وقالت الشرطة المحلية إنها أوقفت ثلاثة مشتبه بهم في الحادث. وأضاف أن التحقيقات ما زالت جارية.';
  const v = attributionViews(t, entitiesBySurface(t, []));
  assert.ok(v.some((x) => x.cue === 'وقالت' && x.source.includes('الشرطة')));
  for (const x of v.filter((y) => y.cue === 'وأضاف')) assert.ok(!x.source.includes('الشرطة'), `${x.cue}: ${x.source}`);
});

test('quoted words ending in a full stop inside the marks, after a phrase of place or address, are the content, not a title', () => {
  const t = 'وقال المدرب خالد العمري في المؤتمر الصحفي "الفريق جاهز للمباراة." وأضاف أن الإصابات انتهت.';
  const te = entitiesBySurface(t, [{ id: 'p1', type: 'PER', name: 'خالد العمري', forms: ['خالد العمري'] }]);
  const v = attributionViews(t, te);
  const said = v.filter((x) => x.cue === 'وقال');
  assert.equal(said.length, 1);
  assert.ok(said[0]?.source.includes('خالد العمري'), said[0]?.source);
  const a = attributionsOf(t, te).find((x) => spanText(t, x.cue) === 'وقال');
  assert.ok(spanText(t, a!.content).includes('الفريق جاهز'), spanText(t, a!.content));
});

test('a feminine verb does not go on with a named man, but may go on with a masculine title alone', () => {
  const t = 'وصرح المدرب سالم الشهري بأن الفريق جاهز. وأشارت إلى أن التدريبات تبدأ غدا.';
  const te = entitiesBySurface(t, [{ id: 'p1', type: 'PER', name: 'سالم الشهري', forms: ['سالم الشهري'] }]);
  for (const x of attributionViews(t, te).filter((y) => y.cue === 'وأشارت')) assert.ok(!x.source.includes('الشهري'), `${x.cue}: ${x.source}`);
});

test('a verbal noun with the pronoun of the unwritten subject, or an accusative participle, after the verb is no speaker', () => {
  const t1 = 'أشاد الرئيس الغاني جون ماهاما بالزيارة. ووجه حديثه للضيوف قائلا: "بلادنا مفتوحة للاستثمار".';
  const v1 = attributionViews(t1, entitiesBySurface(t1, [{ id: 'p1', type: 'PER', name: 'جون ماهاما', forms: ['جون ماهاما'] }]))
    .filter((x) => x.cue === 'قائلا');
  assert.equal(v1.length, 1);
  assert.ok(!v1[0]?.source.includes('حديثه'), v1[0]?.source);
  const t2 = 'وعلق رئيس النادي سامي العتيبي الذي قال موجهاً كلامه للاعبين: "أنتم أبطال هذا الموسم".';
  const v2 = attributionViews(t2, entitiesBySurface(t2, [{ id: 'p1', type: 'PER', name: 'سامي العتيبي', forms: ['سامي العتيبي'] }]))
    .filter((x) => x.cue === 'قال');
  for (const x of v2) assert.ok(!x.source.includes('موجه'), x.source);
});

test('a verb whose object is a verbal noun with the pronoun of its unwritten subject keeps its content and the earlier speaker', () => {
  const t = 'وبدأ المدير سعد العلي النقد للخطة، ووصف تطبيقها بأنه متسرع.';
  const v = attributionViews(t, entitiesBySurface(t, [{ id: 'p1', type: 'PER', name: 'سعد العلي', forms: ['سعد العلي'] }]))
    .filter((x) => x.cue === 'ووصف');
  assert.equal(v.length, 1);
  assert.ok(v[0]?.source.includes('سعد العلي'), v[0]?.source);
});

test('a participle after a fronted phrase takes the person named right after the clause-opening verb, not an earlier speaker', () => {
  const t = 'وتؤكد الحكومة أن الوضع مستقر. وفي أول زيارة له للمنطقة منذ توليه منصبه، في مارس 2014 خص جون كيري الصحيفة بحوار مطول عن سياسة بلاده، مشددا على أن الحل سياسي.';
  const te = entitiesBySurface(t, [
    { id: 'p1', type: 'PER', name: 'جون كيري', forms: ['جون كيري'] },
    { id: 'o1', type: 'ORG', name: 'الحكومة', forms: ['الحكومة'] },
  ]);
  const v = attributionViews(t, te).filter((x) => x.cue === 'مشددا');
  assert.equal(v.length, 1);
  assert.ok(v[0]?.source.includes('جون كيري'), v[0]?.source);
});

test('a pronoun on لكن at the start of a sentence is not the speaker: the one named before is', () => {
  const t = 'وقال وزير الزراعة فهد الشمري إن المحصول تحسن هذا العام. ولكنه أوضح أن أسعار الأعلاف ما زالت مرتفعة.';
  const te = entitiesBySurface(t, [{ id: 'p1', type: 'PER', name: 'فهد الشمري', forms: ['فهد الشمري'] }]);
  const v = attributionViews(t, te).filter((x) => x.cue === 'أوضح');
  assert.equal(v.length, 1);
  assert.ok(v[0]?.source.includes('فهد الشمري'), v[0]?.source);
});

test('خلص … إلى أن past a relative clause with a resumptive pronoun and a comma still names the subject', () => {
  const t = 'وخلص المهندسون الذين راجعوا سجلات الأيام التي انقطعت فيها الكهرباء عن الحي، إلى أن المحولات القديمة سبب الأعطال.';
  const v = attributionViews(t, entitiesBySurface(t, []));
  assert.equal(v.length, 1);
  assert.equal(v[0]?.cue, 'وخلص');
  assert.ok(v[0]?.source.includes('المهندسون'), v[0]?.source);
});
