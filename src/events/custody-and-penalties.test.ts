import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { IsnadEvent } from '../core/types.js';
import { extractEvents } from './extract.js';
import { assertEvent, assertNoEvent, buildLayers, type LayerSpec } from './testing.js';

const run = (text: string, spec: LayerSpec = {}) => extractEvents(buildLayers(text, spec));
const at = (text: string, events: IsnadEvent[], trigger: string) => events.find((e) => text.slice(e.trigger.start, e.trigger.end) === trigger);

const spec: LayerSpec = {
  entities: [
    { id: 'e1', type: 'GPE', name: 'مصر', forms: ['adj:المصرية'] },
    { id: 'e2', type: 'GPE', name: 'قطر' },
    { id: 'e3', type: 'GPE', name: 'روسيا' },
  ],
};

test('custody told by تحفظ على a suspect, a person or goods is an arrest; a reservation on a text is not', () => {
  assertEvent('وأكد المصدر أن الشرطة تحفظت على الجاني فور وصوله إلى المستشفى.', spec, 'COERCE', 'تحفظت');
  assertEvent('وقررت النيابة العامة التحفظ على سائق الحافلة لحين انتهاء التحقيقات.', spec, 'COERCE', 'التحفظ');
  assertEvent('وتم ضبط المتهم والتحفظ عليه تمهيدا لإحالته إلى الجهات المختصة.', spec, 'COERCE', 'والتحفظ');
  assertEvent('وقالت السلطات المصرية إنها تحفظت على أموال عدد من قيادات الجماعة.', spec, 'COERCE', 'تحفظت');
  assertNoEvent('وأبدت قطر تحفظها على البيان الختامي للاجتماع.', spec, 'COERCE');
  assertNoEvent('وقال مسؤول تحفظ على ذكر اسمه إن المفاوضات مستمرة.', spec, 'COERCE');
});

test('punishing people (معاقبة المخالفين) is coercion; punishing a state stays a sanction', () => {
  assertEvent('وأوضح أنه لم يتم معاقبة الضابط المتورط في الحادثة.', spec, 'COERCE', 'معاقبة');
  assertEvent('وشدد الوزير على ضرورة معاقبة المتسببين في الكارثة.', spec, 'COERCE', 'معاقبة');
  assertNoEvent('وشدد الوزير على ضرورة معاقبة المتسببين في الكارثة.', spec, 'SANCTION');
  assertEvent('ويسعى الكونغرس إلى معاقبة روسيا على تدخلها في أوكرانيا.', spec, 'SANCTION', 'معاقبة');
});

test('penalties a law provides (عقوبات تصل إلى السجن) are no sanction imposed', () => {
  assertNoEvent('ويقضي النظام الجديد بعقوبات تصل إلى السجن خمس سنوات لكل من يثبت تورطه.', spec, 'SANCTION');
  assertNoEvent('وتتضمن اللائحة عقوبة تصل إلى غرامة مالية قدرها مئة ألف ريال.', spec, 'SANCTION');
  assertEvent('وفرضت الولايات المتحدة عقوبات جديدة على روسيا.', spec, 'SANCTION', 'عقوبات');
});

test('the cooperation an agreement is about (اتفاقية تعاون) is no act of its own; the signing takes the partner after مع', () => {
  const s: LayerSpec = {
    entities: [
      { id: 'p1', type: 'PER', name: 'عبدالله بن زايد' },
      { id: 'p2', type: 'PER', name: 'وانغ يي' },
      { id: 'o1', type: 'ORG', name: 'جامعة الملك سعود' },
      { id: 'o2', type: 'ORG', name: 'جامعة هارفارد' },
    ],
  };
  const t1 = 'ووقع وزير الخارجية عبدالله بن زايد اتفاقية تعاون اقتصادي مع نظيره وانغ يي.';
  const e1 = run(t1, s);
  assert.equal(at(t1, e1, 'تعاون'), undefined);
  assert.deepEqual([at(t1, e1, 'ووقع')?.actor, at(t1, e1, 'ووقع')?.recipient], [['p1'], ['p2']]);
  const t2 = 'وقعت جامعة الملك سعود مذكرة تعاون علمي مع جامعة هارفارد لمدة خمس سنوات.';
  const e2 = run(t2, s);
  assert.equal(at(t2, e2, 'تعاون'), undefined);
  assert.deepEqual(at(t2, e2, 'وقعت')?.recipient, ['o2']);
  assertEvent('وأكدت الحكومة استعدادها للتعاون مع جامعة هارفارد.', s, 'COOPERATE', 'للتعاون');
  assertEvent('ويستمر البرنامج بالتعاون مع جامعة هارفارد.', s, 'COOPERATE', 'بالتعاون');
  // A partnership named with the cooperation of a memorandum is the memorandum's subject too.
  assertNoEvent('ووقعت جامعة الملك سعود مذكرة تعاون وشراكة مع جامعة هارفارد.', s, 'COOPERATE');
});

test('بحث is a discussion or a search, not ب + حث (urging) unless على follows', () => {
  const s: LayerSpec = { entities: [{ id: 'p1', type: 'PER', name: 'بان كي مون' }] };
  assertNoEvent('وتناول اللقاء العلاقات الثنائية، إلى جانب بحث مستجدات الأوضاع في المنطقة.', s, 'REQUEST');
  assertNoEvent('ويعمل الفريق على مشروع بحثي لدراسة انتشار البكتيريا.', s, 'REQUEST');
  assertNoEvent('وأشاد المدير بجهود العاملين من خلال بحثهم المستمر عن مواطن الخلل.', s, 'REQUEST');
  assertEvent('وحث بان كي مون الأطراف على العودة إلى طاولة المفاوضات.', s, 'REQUEST', 'وحث');
  assertEvent('وشدد البيان على أهمية الحث على الحوار بين الأطراف.', s, 'REQUEST', 'الحث');
  // The research adjective no longer stands between a signing and its partner.
  const u: LayerSpec = { entities: [{ id: 'o1', type: 'ORG', name: 'جامعة الملك سعود' }, { id: 'o2', type: 'ORG', name: 'جامعة هارفارد' }] };
  const t = 'ووقعت جامعة الملك سعود اتفاقية تعاون علمي وبحثي مع جامعة هارفارد.';
  assert.deepEqual(at(t, run(t, u), 'ووقعت')?.recipient, ['o2']);
});
