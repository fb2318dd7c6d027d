import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type LayerSpec, partiesOf } from '../testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'league', type: 'ORG', name: 'الجامعة العربية' },
    { id: 'mufti', type: 'PER', name: 'أحمد الطيب' },
    { id: 'il', type: 'GPE', name: 'إسرائيل', forms: ['adj:إسرائيليون'] },
    { id: 'army', type: 'ORG', name: 'الجيش الأردني' },
  ],
};

test('one who condemns an act of force told after the condemnation is not its doer', () => {
  const t1 = 'أدانت الجامعة العربية الهجوم الذي وقع أمس في القرية، حيث فجر انتحاري نفسه وسط السوق.';
  assert.deepEqual(partiesOf(t1, spec, 'ASSAULT', 'فجر').actor, []);
  const t2 = 'استنكر أحمد الطيب الجريمة التي وقعت في الخليل بعدما أضرموا النار في منزل العائلة.';
  assert.deepEqual(partiesOf(t2, spec, 'ASSAULT', 'أضرموا').actor, []);
});

test('an act of force after an act of force still shares its subject', () => {
  const t = 'اقتحم الجيش الأردني الموقع وقصف مخازن السلاح.';
  assert.deepEqual(partiesOf(t, spec, 'ASSAULT', 'وقصف').actor, ['army']);
});
