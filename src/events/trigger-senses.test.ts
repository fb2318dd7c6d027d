import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractEvents } from './extract.js';
import { assertEvent, assertNoEvent, buildLayers, type LayerSpec } from './testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'e1', type: 'GPE', name: 'إيران' },
    { id: 'e2', type: 'ORG', name: 'الأمم المتحدة' },
    { id: 'e3', type: 'GPE', name: 'تركيا', forms: ['adj:التركية'] },
  ],
};

const types = (t: string, word: string) => extractEvents(buildLayers(t, spec)).filter((e) => t.slice(e.trigger.start, e.trigger.end) === word).map((e) => e.type);

test('backing militias or armed men is AID, not verbal SUPPORT', () => {
  const t = 'وقال الوزير إن إيران تواصل دعم الميليشيات المسلحة في المنطقة.';
  assert.deepEqual(types(t, 'دعم'), ['AID']);
  const u = 'وكانت الكتيبة تدعم المقاتلين المحليين على خطوط التماس.';
  assert.deepEqual(types(u, 'تدعم'), ['AID']);
});

test('backing the needy is relief, AID', () => {
  const t = 'وأطلقت الجمعية برنامجا جديدا لدعم الأسر المحتاجة في الأحياء الفقيرة.';
  assert.deepEqual(types(t, 'لدعم'), ['AID']);
});

test('backing by troops in the field is AID', () => {
  const t = 'وقال المتحدث إن الجنود كانوا يدعمون الشرطة المحلية عند وقوع الانفجار.';
  assert.deepEqual(types(t, 'يدعمون'), ['AID']);
});

test('backing a thing that is no party nor stance (a team, a product, a sector) is no event', () => {
  assertNoEvent('وتعاقد النادي مع لاعبين جديدين لدعم صفوف الفريق قبل انطلاق الموسم.', spec, 'SUPPORT');
  assertNoEvent('وأوضحت الشركة أن الجهاز الجديد يدعم شريحتين في وقت واحد.', spec, 'SUPPORT');
  // Backing a stance stays SUPPORT.
  assertEvent('وأكدت الأمم المتحدة دعم جهود الحوار بين الأطراف.', spec, 'SUPPORT', 'دعم');
});

test('a wounding told by its wound, as a result or beside a killing is an ASSAULT; illness is none', () => {
  assertEvent('وأصيب ثلاثة جنود أتراك بجروح في انفجار عبوة على الطريق.', spec, 'ASSAULT', 'وأصيب');
  assertEvent('وانفجرت قنبلة قرب السوق، ما أدى إلى إصابة خمسة مارة.', spec, 'ASSAULT', 'إصابة');
  assertEvent('وتوفي الشاب في المستشفى بعد إصابته بطلق ناري في الصدر.', spec, 'ASSAULT', 'إصابته');
  // Illness or a state of mind is no event.
  assertNoEvent('وأصيب اللاعب بفيروس أبعده عن التدريبات.', spec, 'ASSAULT');
  assertNoEvent('وقال الطبيب إن العزلة الطويلة أدت إلى الإصابة بالاكتئاب.', spec, 'ASSAULT');
  const t = 'وقتل جنديان وجرح أربعة آخرون في الهجوم على الثكنة.';
  assert.deepEqual(types(t, 'وجرح'), ['ASSAULT']);
});

test('an inquiry (التحقيق مع، فتح تحقيقا، قيد التحقيق) is ACCUSE; achieving (تحقيق الأهداف) is none', () => {
  assertEvent('وفتحت الشرطة التركية تحقيقا بشأن الحريق الذي اندلع في المستودع.', spec, 'ACCUSE', 'تحقيقا');
  assertEvent('وأوضح المتحدث أن النيابة تواصل التحقيق مع الموقوفين الثلاثة.', spec, 'ACCUSE', 'التحقيق');
  assertEvent('وأضاف أن القضية لا تزال قيد التحقيق.', spec, 'ACCUSE', 'التحقيق');
  assertNoEvent('ويسعى الفريق إلى تحقيق الفوز في المباراة المقبلة.', spec, 'ACCUSE');
  assertNoEvent('وتعمل الوزارة على تحقيق الأهداف المرجو تحقيقها في الخطة الخمسية.', spec, 'ACCUSE');
  assertNoEvent('وتمكن نادي الفتح من تحقيق أول انتصاراته في الدوري.', spec, 'ACCUSE');
});
