import assert from 'node:assert/strict';
import { test } from 'node:test';
import { partiesOf, type LayerSpec } from '../testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'guard', type: 'ORG', name: 'الحرس الوطني' },
    { id: 'eg', type: 'GPE', name: 'مصر', forms: ['adj:مصريين'] },
  ],
};

test('the victims counted after «راح ضحيته» are the recipient, not the doer', () => {
  assert.deepEqual(partiesOf('انفجرت عبوة قرب مبنى الحرس الوطني راح ضحيتها خمسة من منسوبي الحرس الوطني.', spec, 'ASSAULT', 'ضحيتها'), { actor: [], recipient: ['guard'] });
  assert.deepEqual(partiesOf('وقع انفجار على الطريق ذهب ضحيته ثلاثة جنود مصريين.', spec, 'ASSAULT', 'ضحيته'), { actor: [], recipient: ['eg'] });
});

test('a toll with no party among its victims keeps no recipient', () => {
  assert.deepEqual(partiesOf('وقع انفجار في السوق راح ضحيته عشرون شخصا.', spec, 'ASSAULT', 'ضحيته').recipient, []);
});
