import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type LayerSpec, partiesOf } from '../testing.js';

const count = (text: string, value: number) => ({ text, kind: 'count' as const, value, unit: null });

const spec: LayerSpec = {
  entities: [
    { id: 'army', type: 'ORG', name: 'الجيش الصومالي', forms: ['قوات الجيش الصومالي'] },
    { id: 'shabab', type: 'ORG', name: 'حركة الشباب' },
  ],
  quantities: [count('تسعة', 9), count('ثلاثة', 3), count('ثلاثين', 30), count('12', 12)],
};

test('a verb of killing opening its clause before a count is passive: the victims\' party is no doer', () => {
  const t1 = 'قتل تسعة جنود من قوات الجيش الصومالي صباح اليوم في كمين قرب الحدود.';
  assert.deepEqual(partiesOf(t1, spec, 'ASSAULT', 'قتل'), { actor: [], recipient: ['army'] });
  const t2 = 'اعتقل نحو 12 من عناصر حركة الشباب في مداهمة فجر الأحد.';
  assert.deepEqual(partiesOf(t2, spec, 'COERCE', 'اعتقل'), { actor: [], recipient: ['shabab'] });
});

test('past the counted victims a party is not the object of the passive verb', () => {
  const t = 'قتل ثلاثة جنود من الجيش الصومالي في هجوم نفذه مسلحو حركة الشباب على موقع عسكري.';
  assert.deepEqual(partiesOf(t, spec, 'ASSAULT', 'قتل').recipient, ['army']);
});

test('a verb with its subject named before the count, or inside a clause, stays active', () => {
  const t1 = 'قتل الجيش الصومالي ثلاثين من مسلحي حركة الشباب في غارة.';
  assert.deepEqual(partiesOf(t1, spec, 'ASSAULT', 'قتل').actor, ['army']);
  const t2 = 'أفاد شهود بأن حركة الشباب اعتقلت 12 شخصا في القرية.';
  assert.deepEqual(partiesOf(t2, spec, 'COERCE', 'اعتقلت').actor, ['shabab']);
});
