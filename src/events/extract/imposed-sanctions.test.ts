import { test } from 'node:test';
import { assertEvent, assertNoEvent, type LayerSpec } from '../testing.js';

const spec: LayerSpec = { entities: [{ id: 'x', type: 'GPE', name: 'كوبا' }] };

test('sanctions told as imposed are an act of their own, also after a word that lifts them', () => {
  assertEvent('ويقضي القرار برفع العقوبات المفروضة على كوبا منذ عقود.', spec, 'SANCTION', 'العقوبات');
  assertEvent('ويقضي القرار برفع العقوبات التي تفرضها الدول الغربية على كوبا.', spec, 'SANCTION', 'العقوبات');
  // Lifting sanctions alone names no imposing.
  assertNoEvent('ويقضي القرار برفع العقوبات عن كوبا.', spec, 'SANCTION', 'العقوبات');
});
