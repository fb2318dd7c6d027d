import { test } from 'node:test';
import { assertEvent, assertNoEvent, type LayerSpec } from '../testing.js';

const spec: LayerSpec = { entities: [{ id: 'b', type: 'GPE', name: 'بيت أمر' }] };

test('«بحثا عن» is a search, no call (ب + حث)', () => {
  assertNoEvent('داهمت قوات الاحتلال منازل في بلدة بيت أمر بحثا عن مطلوبين.', spec, 'REQUEST');
  assertNoEvent('وانتشرت الدوريات في الشوارع وبحثاً عن المسلحين الفارين.', spec, 'REQUEST');
  assertEvent('داهمت قوات الاحتلال منازل في بلدة بيت أمر واعتقلت شبانا.', spec, 'COERCE', 'داهمت');
});
