import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionViews, entitiesBySurface } from './testing.js';

test('أوضح ذلك with a definite title after it: the demonstrative is what was said, the titled person the speaker (not with the verb’s preposition ahead)', () => {
  const t = 'ضبطت الجمارك شحنة من الأدوية المهربة في ميناء جدة. أوضح ذلك المهندس سالم الشهري مدير عام الجمرك وقال: تمت إحالة القضية إلى الجهات المختصة.';
  const te = entitiesBySurface(t, [{ id: 'p1', type: 'PER', name: 'سالم الشهري', forms: ['سالم الشهري'] }]);
  const v = attributionViews(t, te).filter((x) => x.cue === 'أوضح');
  assert.equal(v.length, 1);
  assert.ok(v[0]?.source.includes('سالم الشهري'), v[0]?.source);
  assert.equal(attributionViews(t, te).find((x) => x.cue === 'وقال')?.source.includes('سالم الشهري'), true);
  // With the verb's preposition after the noun, ذلك stays its demonstrative adjective.
  const t2 = 'حدثني ذلك الطبيب عن تجربته الطويلة في المستشفى.';
  for (const x of attributionViews(t2, entitiesBySurface(t2, []))) assert.ok(x.source.includes('ذلك الطبيب'), x.source);
});

test('أوضح ذلك with an untitled head and a name further on, and with a time word before the speaker', () => {
  const t1 = 'انطلقت الدورة التدريبية الثانية للمراقبين. أوضح ذلك منسق البرنامج في المنطقة فهد القحطاني، وقال: إن الدورة تستمر أسبوعا.';
  const te1 = entitiesBySurface(t1, [{ id: 'p1', type: 'PER', name: 'فهد القحطاني', forms: ['فهد القحطاني'] }]);
  const v1 = attributionViews(t1, te1).filter((x) => x.cue === 'أوضح');
  assert.equal(v1.length, 1);
  assert.ok(v1[0]?.source.includes('منسق البرنامج') || v1[0]?.source.includes('فهد القحطاني'), v1[0]?.source);
  const t2 = 'أوضح ذلك اليوم مدير فرع الهيئة بالمنطقة خالد الزهراني الذي بين أن الخدمة متاحة للجميع.';
  const te2 = entitiesBySurface(t2, [{ id: 'p1', type: 'PER', name: 'خالد الزهراني', forms: ['خالد الزهراني'] }]);
  const v2 = attributionViews(t2, te2).filter((x) => x.cue === 'أوضح');
  assert.equal(v2.length, 1);
  assert.ok(v2[0]?.source.includes('خالد الزهراني'), v2[0]?.source);
});

test('after a verb of urging, the ones urged after a named subject or a short definite one are not the speaker; a title before a name is', () => {
  const t1 = 'وحث محافظ المدينة هيرومي تاناكا شعوب العالم على نبذ الحروب.';
  const te1 = entitiesBySurface(t1, [{ id: 'p1', type: 'PER', name: 'هيرومي تاناكا', forms: ['هيرومي تاناكا'] }]);
  const v1 = attributionViews(t1, te1);
  assert.equal(v1.length, 1);
  assert.ok(v1[0]?.source.includes('هيرومي تاناكا'), v1[0]?.source);
  assert.ok(!v1[0]?.source.includes('شعوب'), v1[0]?.source);
  const t2 = 'وحث المدير المعلمين على الالتزام بمواعيد الحصص.';
  const v2 = attributionViews(t2, entitiesBySurface(t2, []));
  assert.equal(v2.length, 1);
  assert.equal(v2[0]?.source, 'المدير');
  const t3 = 'ودعت الجمعية الطلاب إلى حضور الاجتماع السنوي.';
  const v3 = attributionViews(t3, entitiesBySurface(t3, []));
  assert.equal(v3.length, 1);
  assert.equal(v3[0]?.source, 'الجمعية');
  const t4 = 'ودعا الرئيس زعماء المنطقة إلى الحوار.';
  const v4 = attributionViews(t4, entitiesBySurface(t4, []));
  assert.equal(v4.length, 1);
  assert.equal(v4[0]?.source, 'الرئيس');
  // عمدة, a masculine title written with ة, agrees with a masculine verb.
  const t6 = 'وحث عمدة القرية سعيد المالكي الأهالي على المحافظة على نظافة الحي.';
  const v6 = attributionViews(t6, entitiesBySurface(t6, [{ id: 'p1', type: 'PER', name: 'سعيد المالكي', forms: ['سعيد المالكي'] }]));
  assert.equal(v6.length, 1);
  assert.ok(v6[0]?.source.includes('سعيد المالكي') && !v6[0]?.source.includes('الأهالي'), v6[0]?.source);
  // A title in apposition that leads to a name stays in the subject.
  const t5 = 'دعا نائب الرئيس قائد الجيش السابق الجنرال أحمد النوري إلى الحوار.';
  const v5 = attributionViews(t5, entitiesBySurface(t5, [{ id: 'p1', type: 'PER', name: 'أحمد النوري', forms: ['أحمد النوري'] }]));
  assert.equal(v5.length, 1);
  assert.ok(v5[0]?.source.includes('أحمد النوري'), v5[0]?.source);
});

test('a verbal noun in construct, or what is estimated, right after a verb opening its clause is the object; the speaker is the one before', () => {
  const t1 = 'قال مدرب الفريق سامي الجابر إن المعسكر يبدأ الأسبوع المقبل. وعلل اختيار النمسا بتوفر الملاعب الجيدة.';
  const te1 = entitiesBySurface(t1, [
    { id: 'p1', type: 'PER', name: 'سامي الجابر', forms: ['سامي الجابر'] },
    { id: 'g1', type: 'GPE', name: 'النمسا', forms: ['النمسا'] },
  ]);
  const v1 = attributionViews(t1, te1).filter((x) => x.cue === 'وعلل');
  assert.equal(v1.length, 1);
  assert.ok(v1[0]?.source.includes('سامي الجابر'), v1[0]?.source);
  const t2 = 'وذكر المشرف أن الإقبال كان كبيرا، وقدر عدد الزوار الذين حضروا الافتتاح بـ 900 زائر.';
  const v2 = attributionViews(t2, entitiesBySurface(t2, [])).filter((x) => x.cue === 'وقدر');
  assert.equal(v2.length, 1);
  assert.equal(v2[0]?.source, 'المشرف');
});

test('two titles in apposition between commas, the second running up to أن, stay in the frame of the verb', () => {
  const t = 'من جانبه، أكد الشيخ سعد الحربي، وزير الشؤون البلدية، رئيس اللجنة الوطنية للإسكان أن المشروع سيكتمل العام المقبل.';
  const te = entitiesBySurface(t, [{ id: 'p1', type: 'PER', name: 'سعد الحربي', forms: ['سعد الحربي'] }]);
  const v = attributionViews(t, te);
  assert.equal(v.length, 1);
  assert.ok(v[0]?.source.includes('سعد الحربي'), v[0]?.source);
});

test('between كان and قد a long subject is the subject of the verb after قد', () => {
  const t = 'وقال الوزير خالد الفهد إن العمل مستمر. وكانت هيئة الطيران المدني في المملكة العربية السعودية قد أعلنت عن تعليق الرحلات.';
  const te = entitiesBySurface(t, [
    { id: 'p1', type: 'PER', name: 'خالد الفهد', forms: ['خالد الفهد'] },
    { id: 'g1', type: 'GPE', name: 'المملكة العربية السعودية', forms: ['المملكة العربية السعودية'] },
  ]);
  const v = attributionViews(t, te).filter((x) => x.cue === 'أعلنت');
  assert.equal(v.length, 1);
  assert.ok(v[0]?.source.includes('هيئة الطيران'), v[0]?.source);
});

test('a word of the verb’s frame after the subject (لفت النظر، علل القرار) is not part of the speaker', () => {
  const t1 = 'ولفتت الدراسة النظر إلى أن معدلات القراءة تراجعت بين الطلاب.';
  const v1 = attributionViews(t1, entitiesBySurface(t1, []));
  assert.equal(v1.length, 1);
  assert.equal(v1[0]?.source, 'الدراسة');
  const t2 = 'وعلل المدرب القرار بكثرة الإصابات في صفوف الفريق.';
  const v2 = attributionViews(t2, entitiesBySurface(t2, []));
  assert.equal(v2.length, 1);
  assert.equal(v2[0]?.source, 'المدرب');
});
