import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertEvent, assertNoEvent, partiesOf, type LayerSpec } from '../testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'e1', type: 'ORG', name: 'حركة الشباب' },
    { id: 'e2', type: 'GPE', name: 'كينيا' },
  ],
};

test('the wounded joined to the killed of a report are an ASSAULT of their own', () => {
  assertEvent('وقتل جنديان وجرح أربعة آخرون في الهجوم على الثكنة.', spec, 'ASSAULT', 'وجرح');
  assertEvent('وأسفر الانفجار عن مقتل ستة أشخاص وإصابة عشرين آخرين.', spec, 'ASSAULT', 'وإصابة');
});

test('a wounding joined to a killing takes the doer of that killing', () => {
  const t = 'وقتلت حركة الشباب ثلاثة جنود وجرحت خمسة آخرين قرب الحدود.';
  assert.deepEqual(partiesOf(t, spec, 'ASSAULT', 'وجرحت').actor, partiesOf(t, spec, 'ASSAULT', 'وقتلت').actor);
});

test('the wounded beside a death in an accident are no attack', () => {
  assertNoEvent('ونتج عن الحادث المروري وفاة شخص وإصابة آخر بكسور.', spec, 'ASSAULT', 'وإصابة');
});
