import assert from 'node:assert/strict';
import { test } from 'node:test';
import { partiesOf, type LayerSpec } from '../testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'army', type: 'ORG', name: 'الجيش الأردني' },
    { id: 'isis', type: 'ORG', name: 'تنظيم داعش' },
    { id: 'pol', type: 'ORG', name: 'الشرطة المصرية' },
  ],
};

test('a unit of a force named after من, right after the verb, is that force acting', () => {
  assert.deepEqual(partiesOf('اعتقلت دورية من الجيش الأردني ثلاثة مهربين قرب الحدود.', spec, 'COERCE', 'اعتقلت').actor, ['army']);
  assert.deepEqual(partiesOf('وداهمت قوة من الشرطة المصرية منزلا في القرية.', spec, 'COERCE', 'وداهمت').actor, ['pol']);
});

test('a unit before من and a party in the object is not the subject', () => {
  // The subject (الشرطة المصرية) comes first; the unit of the other party is the object.
  assert.deepEqual(partiesOf('اعتقلت الشرطة المصرية مجموعة من عناصر تنظيم داعش.', spec, 'COERCE', 'اعتقلت').actor, ['pol']);
});
