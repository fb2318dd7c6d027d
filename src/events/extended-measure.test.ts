import assert from 'node:assert/strict';
import { test } from 'node:test';
import { partiesOf, type LayerSpec } from './testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'jo', type: 'GPE', name: 'الأردن' },
    { id: 'eu', type: 'ORG', name: 'الاتحاد الأوروبي' },
  ],
};

test('extending a measure (مدد) lends its subject to the measure, like imposing it', () => {
  assert.deepEqual(partiesOf('مدد الأردن حالة الطوارئ في المحافظة الشمالية شهرين.', spec, 'COERCE', 'الطوارئ').actor, ['jo']);
  assert.deepEqual(partiesOf('ومددت الاتحاد الأوروبي العقوبات المفروضة على الشركة ستة أشهر.', spec, 'SANCTION', 'العقوبات').actor, ['eu']);
});
