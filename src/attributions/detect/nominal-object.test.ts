import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, attributionViews, entitiesBySurface, spanText } from '../testing.js';

const contentOf = (t: string, cue: string, ents = entitiesBySurface(t, [])): string[] =>
  attributionsOf(t, ents).filter((a) => spanText(t, a.cue) === cue).map((a) => spanText(t, a.content));

test('a verbal noun with the speaker\'s pronoun after a named subject is what was confirmed', () => {
  const t = 'أكد المهاجم الدولي الكسندر لاكازيت رغبته في البقاء مع فريقه ليون.';
  const ents = entitiesBySurface(t, [{ id: 'l', type: 'PER', name: 'الكسندر لاكازيت', forms: ['الكسندر لاكازيت'] }]);
  const v = attributionViews(t, ents);
  assert.equal(v.length, 1);
  assert.match(v[0]?.source ?? '', /لاكازيت$/);
  assert.match(contentOf(t, 'أكد', ents)[0] ?? '', /^رغبته في البقاء/);
});

test('after a relative, a verbal noun with the pronoun is the object of the unwritten subject', () => {
  const t = 'خلفا للسويسري جوزيف بلاتر الذي أعلن نيته الاستقالة من منصبه.';
  const ents = entitiesBySurface(t, [{ id: 'b', type: 'PER', name: 'جوزيف بلاتر', forms: ['جوزيف بلاتر'] }]);
  const v = attributionViews(t, ents).filter((x) => x.cue === 'أعلن');
  assert.equal(v.length, 1);
  assert.notEqual(v[0]?.source, 'نيته');
  assert.match(contentOf(t, 'أعلن', ents)[0] ?? '', /^نيته الاستقالة/);
});

test('past a time word after the subject, a verbal noun or an announced definite noun is the content', () => {
  const t = 'أعلن رئيس الوزراء الإسرائيلي بنيامين نتانياهو الأربعاء الموافقة على بناء 300 وحدة سكنية.';
  const ents = entitiesBySurface(t, [{ id: 'n', type: 'PER', name: 'بنيامين نتانياهو', forms: ['بنيامين نتانياهو'] }]);
  assert.match(contentOf(t, 'أعلن', ents)[0] ?? '', /^الموافقة على بناء/);
  const u = 'أعلن الحزب الديموقراطي الأمريكي، أمس، الجدول الزمني للمناظرات الست.';
  assert.deepEqual(attributionViews(u), [{ cue: 'أعلن', source: 'الحزب الديموقراطي الأمريكي', stance: 'assert' }]);
  assert.match(contentOf(u, 'أعلن')[0] ?? '', /^الجدول الزمني/);
  const w = 'أعلن القائم بأعمال رئيس هيئة الطيران المدني الإيرانية محمد خوداكرامي أمس، نية بلاده تحديث أسطول الطائرات.';
  const we = entitiesBySurface(w, [{ id: 'k', type: 'PER', name: 'محمد خوداكرامي', forms: ['محمد خوداكرامي'] }]);
  assert.match(contentOf(w, 'أعلن', we)[0] ?? '', /^نية بلاده/);
});

test('a time word\'s adjective, a verbal noun opening the phrase, or أن after the time find no nominal object', () => {
  // السبت المقبل is the time of the session, not what was announced; the verbal noun is.
  const t = 'وفيما أعلن مجلس النواب عقد جلسته الاعتيادية السبت المقبل، طالب التحالف الكتل النيابية ببلورة موقف موحد.';
  assert.equal(contentOf(t, 'أعلن').some((c) => c.startsWith('المقبل')), false);
  // A headline: the verbal noun after the verb is its object, no speaker.
  const h = 'المبعوث الأممي إلى ليبيا يعلن استئناف حوار الصخيرات الإثنين القادم.';
  assert.equal(attributionViews(h).some((x) => /استئناف/.test(x.source)), false);
  // With أن after the time, the content is the clause.
  const q = 'وأكد وزير الخارجية أمس أن المفاوضات مستمرة.';
  assert.match(contentOf(q, 'وأكد')[0] ?? '', /^المفاوضات مستمرة/);
  // A negated verb reports no object.
  const n = 'ولم يعلن المدير أمس الموعد الجديد للمباراة.';
  assert.deepEqual(contentOf(n, 'يعلن').filter((c) => c.startsWith('الموعد')), []);
});

test('a plain verb of confirming takes no definite noun past a time word, only a verbal noun', () => {
  const t = 'أكد الوزير أمس الموعد الجديد للمعرض.';
  assert.deepEqual(contentOf(t, 'أكد').filter((c) => c.startsWith('الموعد')), []);
});

test('a verbal noun of the shape استفعال after the subject is the object (استمرار، استئناف)', () => {
  const t = 'وأكد مدير التعليم استمرار الحملة التوعوية خلال المرحلة المقبلة.';
  assert.match(contentOf(t, 'وأكد')[0] ?? '', /^استمرار الحملة/);
  const u = 'أعلنت دولة الإمارات العربية الشقيقة استشهاد ثلاثة من جنودها.';
  assert.deepEqual(attributionViews(u).map((x) => x.source), ['دولة الإمارات العربية الشقيقة']);
});

test('past a frame phrase, a verbal noun with the pronoun is the object, not one right after a preposition', () => {
  const t = 'كما أكد مجلس أوروبا مؤخرا دعمه للديمقراطية الوليدة في تونس.';
  const ents = entitiesBySurface(t, [{ id: 'c', type: 'ORG', name: 'مجلس أوروبا', forms: ['مجلس أوروبا'] }]);
  assert.match(contentOf(t, 'أكد', ents)[0] ?? '', /^دعمه للديمقراطية/);
  // في تصريحه belongs to the frame; without أن nothing is reported.
  assert.deepEqual(contentOf('وأكد الوزير في تصريحه للصحفيين.', 'وأكد'), []);
  // A subject that is no one (رأيها) or a verb inside its clause: no object further on.
  assert.deepEqual(contentOf('وعدت المنظمة بأن تعلن رأيها النهائي قبل نهاية العام بشأن توقيت استخدامه.', 'تعلن').filter((c) => c.startsWith('استخدامه')), []);
});

test('after أمس الأول, what a body announced is the noun past the time, not الأول', () => {
  const t = 'ومن جانبه، أعلن مهرجان البندقية السينمائي أمس الأول برنامجه للدورة 72 هذا العام.';
  assert.equal(contentOf(t, 'أعلن').some((c) => c.startsWith('الأول')), false);
  const u = 'أعلن المهرجان السينمائي أمس الأول برنامجه للدورة الجديدة.';
  assert.match(contentOf(u, 'أعلن')[0] ?? '', /^برنامجه للدورة/);
});
