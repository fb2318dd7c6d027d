import { test } from 'node:test';
import { assertEvent, assertNoEvent, type LayerSpec } from '../testing.js';

// The entity layer reads «سعادته» as the honorific of the person in reach (a mention).
const spec: LayerSpec = { entities: [{ id: 'e1', type: 'PER', name: 'خالد العمري', forms: ['سعادته'] }] };

test('«عبر عن سعادته»، «معربا عن سعادته»: the feeling is an event though the honorific reads as the person', () => {
  assertEvent('واستقبل خالد العمري الوفد. وعبر الأمير عن سعادته بالزيارة.', spec, 'SUPPORT', 'سعادته');
  assertEvent('واستقبل خالد العمري الوفد، معربا عن سعادته بنتائج الزيارة.', spec, 'SUPPORT', 'سعادته');
});

test('«وأكد سعادته»: the honorific as a subject tells no feeling', () => {
  assertNoEvent('واستقبل خالد العمري الوفد. وأكد سعادته عمق العلاقات.', spec, 'SUPPORT', 'سعادته');
});
