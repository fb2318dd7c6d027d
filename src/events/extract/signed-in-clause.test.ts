import { test } from 'node:test';
import { assertEvent, type LayerSpec } from '../testing.js';

const spec: LayerSpec = { entities: [{ id: 'p', type: 'GPE', name: 'بيرو' }, { id: 'c', type: 'GPE', name: 'تشيلي' }] };

test('an agreement whose relative clause opens with a verb of making it has its event on the verb', () => {
  assertEvent('وأشاد الوزير بالاتفاق التجاري الذي أبرمته بيرو مع تشيلي.', spec, 'AGREE', 'أبرمته');
  assertEvent('وقال إن الاتفاقية الجديدة التي أبرمتها بيرو مع تشيلي ستدخل حيز التنفيذ.', spec, 'AGREE', 'أبرمتها');
});
