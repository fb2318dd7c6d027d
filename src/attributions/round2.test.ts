import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, attributionViews, entitiesBySurface, spanText as cut } from './testing.js';

const views = attributionViews;
const contents = (t: string, ents = entitiesBySurface(t, [])) => attributionsOf(t, ents).map((a) => cut(t, a.content));

test('an indefinite report after a definite subject is the object (نشرت الوزارة تقارير مفصلة وتؤكد …)', () => {
  const t = 'نشرت الوزارة تقارير مفصلة وتؤكد أن الوضع مستقر.';
  assert.deepEqual(views(t).find((a) => a.cue === 'وتؤكد'), { cue: 'وتؤكد', source: 'الوزارة', stance: 'assert' });
  // What a medium publishes is the content, with the subject before the verb too, past a frame phrase.
  const u = 'ونشرت وسائل الإعلام أنباء عن مقتل زعيم الحركة.';
  assert.deepEqual(views(u), [{ cue: 'ونشرت', source: 'وسائل الإعلام', stance: 'assert' }]);
  assert.deepEqual(contents(u), ['أنباء عن مقتل زعيم الحركة']);
  const v = 'وكانت وسائل الإعلام قد نشرت في وقت سابق، مرارا أنباء عن مقتل زعيم الحركة.';
  assert.deepEqual(views(v), [{ cue: 'نشرت', source: 'وسائل الإعلام', stance: 'assert' }]);
  assert.deepEqual(contents(v), ['أنباء عن مقتل زعيم الحركة']);
  // A picture is no report.
  assert.deepEqual(views('ونشرت الصحيفة صورا للحادث.'), []);
});

test('قدّر with an amount given by بـ is an estimate (a claim); قدّر an effort is appreciation', () => {
  const t = 'وقدّر المؤشر قيمة التعاملات العقارية بنحو 5 مليارات ريال.';
  assert.deepEqual(views(t), [{ cue: 'وقدّر', source: 'المؤشر', stance: 'assert' }]);
  assert.deepEqual(contents(t), ['قيمة التعاملات العقارية بنحو 5 مليارات ريال']);
  const u = 'وقدر الأطباء عمره بين عشرة إلى خمسة عشر يوما.';
  assert.deepEqual(views(u), [{ cue: 'وقدر', source: 'الأطباء', stance: 'assert' }]);
  assert.deepEqual(contents(u), ['عمره بين عشرة إلى خمسة عشر يوما']);
  // A relay between the verb and the estimate.
  const v = 'وقدّر المؤشر، وفقاً لمركز المعلومات في الغرفة التجارية، قيمة التعاملات بنحو 5 مليارات ريال.';
  assert.deepEqual(views(v).map((a) => [a.cue, a.source]), [['وقدّر', 'المؤشر'], ['وفقاً', 'مركز المعلومات في الغرفة التجارية']]);
  // Appreciation, and the passive describing a noun, report nothing.
  assert.deepEqual(views('وقدّر الأمير جهود الشرطة.'), []);
  assert.deepEqual(views('وقدر الأمير جهود الشرطة في ضبط 5 متهمين.'), []);
  assert.deepEqual(views('شب الحريق في حوش تقدر أبعاده بنحو 90 مترا.'), []);
});

test('after a verb of requiring, ألا before an imperfect verb is أن + لا, also past a frame phrase and a comma', () => {
  const t = 'واشترطت العمادة في استقبال طلبات الالتحاق الذي يستمر حتى يوم الأربعاء، ألا يقل معدل المتقدم عن 3.';
  assert.deepEqual(views(t), [{ cue: 'واشترطت', source: 'العمادة', stance: 'assert' }]);
  assert.deepEqual(contents(t), ['يقل معدل المتقدم عن 3']);
  const u = 'وطالبت الوزارة في بيانها الشركات ألا ترفع الأسعار.';
  assert.deepEqual(views(u), [{ cue: 'وطالبت', source: 'الوزارة', stance: 'assert' }]);
  assert.deepEqual(contents(u), ['ترفع الأسعار']);
  // After a negation it is إلا "except": nothing is required.
  assert.deepEqual(views('ودعا الوزير الشركات لا تتردد إلا قليلا.'), []);
  // A verb that requires nothing keeps إلا as "except".
  assert.deepEqual(views('ونشرت الوزارة في موقعها صورا، إلا تلك التي تخص الحادث.'), []);
});

test('not ruling out (لم يستبعدوا) puts the content forward, with the subject before the negation', () => {
  const t = 'ورغم النفي، إلا أن خبراء عسكريين لم يستبعدوا العلاقة بين البلدين.';
  assert.deepEqual(views(t), [{ cue: 'لم يستبعدوا', source: 'خبراء عسكريين', stance: 'assert' }]);
  assert.deepEqual(contents(t), ['العلاقة بين البلدين']);
  const u = 'ولم يستبعد الوزير أن يرتفع السعر.';
  assert.deepEqual(views(u), [{ cue: 'ولم يستبعد', source: 'الوزير', stance: 'assert' }]);
  // Another negated cue keeps its stance none.
  assert.deepEqual(views('ولم يؤكد الوزير أن الهجوم وقع.').map((a) => a.stance), ['none']);
});

test('a subject after كان with the name between commas (وكانت النائبة في الكنيست، تمار زندبيرج، صرحت …)', () => {
  const t = 'لكن خبراء لم يستبعدوا أن يرتفع السعر. وكانت النائبة في الكنيست، تمار زندبيرج، صرحت أخيرا بأن بلادها تتعاون مع جوبا.';
  assert.deepEqual(views(t)[1], { cue: 'صرحت', source: 'النائبة في الكنيست، تمار زندبيرج', stance: 'assert' });
  assert.deepEqual(contents(t)[1], 'بلادها تتعاون مع جوبا');
});

test('an addressee glued to ل after the verb (للصحفيين، للأمن) is neither the subject nor part of it', () => {
  const t = 'وأكد للصحفيين وزير الخارجية أن الخطة جاهزة.';
  assert.deepEqual(views(t), [{ cue: 'وأكد', source: 'وزير الخارجية', stance: 'assert' }]);
  const u = 'الوزير كشف للصحفيين أن الخطة جاهزة.';
  assert.deepEqual(views(u), [{ cue: 'كشف', source: 'الوزير', stance: 'assert' }]);
  // A noun opening the sentence is the subject; what follows the addressee is the object.
  const v = 'وقال إنه لا يعرفهم. المتهم كشف للأمن السيناريو الذي حدث بعد الحادثة.';
  assert.deepEqual(views(v).find((a) => a.cue === 'كشف'), { cue: 'كشف', source: 'المتهم', stance: 'assert' });
  assert.deepEqual(contents(v).at(-1), 'السيناريو الذي حدث بعد الحادثة');
  // للمرة الثانية is a time phrase, not an addressee.
  assert.equal(views('وأكد للمرة الثانية أن الخطة جاهزة.').some((a) => a.source.startsWith('للمر')), false);
});
