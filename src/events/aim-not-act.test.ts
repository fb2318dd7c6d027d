import { test } from 'node:test';
import { assertEvent, assertNoEvent, type LayerSpec } from './testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'e1', type: 'GPE', name: 'الأردن' },
    { id: 'e2', type: 'GPE', name: 'تونس' },
    { id: 'e3', type: 'PER', name: 'كريم السالمي', forms: ['السالمي'] },
    { id: 'e4', type: 'ORG', name: 'داعش' },
  ],
};

test('a relationship noun with ل names an aim, not an act', () => {
  assertNoEvent('وقال السالمي إن هناك رغبة صادقة بين الأردن وتونس للتعاون في مجال الطاقة.', spec, 'COOPERATE');
  assertNoEvent('وأعلن السالمي عن مبادئ جديدة للحوار بين الأردن وتونس.', spec, 'CONSULT');
  assertNoEvent('وقال السالمي إن داعش وضع خططا لاستهداف الأردن.', spec, 'ASSAULT');
  // Guard: cooperation told as done, with its partner, stays an act.
  assertEvent('وداهمت الشرطة الحي بالتعاون مع الأردن.', spec, 'COOPERATE', 'بالتعاون');
  assertEvent('واستهدف داعش مواقع في الأردن.', spec, 'ASSAULT', 'واستهدف');
  // Guard: readiness to cooperate with a named partner is a pledge to it.
  assertEvent('وأبدى السالمي استعداده للتعاون مع تونس.', spec, 'COOPERATE', 'للتعاون');
});

test('a relationship noun after a word of importance or outcome names a topic', () => {
  assertNoEvent('وأكد السالمي أهمية التعاون بين الأردن وتونس.', spec, 'COOPERATE');
  assertNoEvent('وشدد السالمي على ضرورة التنسيق بين الأردن وتونس.', spec, 'COOPERATE');
  assertNoEvent('ودعا السالمي إلى احترام مخرجات الحوار الوطني في تونس.', spec, 'CONSULT');
});

test('a relationship noun joined to a noun of a bond names the bond', () => {
  assertNoEvent('والتقى السالمي وزير خارجية الأردن لبحث العلاقات الثنائية والتعاون بين البلدين.', spec, 'COOPERATE');
  assertNoEvent('وتهدف الزيارة إلى توطيد علاقات الصداقة والتعاون بين الأردن وتونس.', spec, 'COOPERATE');
  // Guard: cooperation joined to another act is an act.
  assertEvent('واتفق الأردن وتونس على تبادل المعلومات والتعاون مع السالمي.', spec, 'COOPERATE', 'والتعاون');
});

test('reaching an accord with ل names the aim of the talks, not an accord reached', () => {
  assertNoEvent('وتواصل الأطراف جهودها في عمّان للتوصل إلى حل للأزمة بين الأردن وتونس.', spec, 'AGREE');
  // Guard: an accord told as reached stays an act.
  assertEvent('وأعلن السالمي التوصل إلى اتفاق بين الأردن وتونس.', spec, 'AGREE', 'التوصل');
});
