import { test } from 'node:test';
import assert from 'node:assert/strict';
import { type LayerSpec, partiesOf } from '../testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'gov', type: 'ORG', name: 'الحكومة الليبية', forms: ['الحكومة'] },
    { id: 'co', type: 'ORG', name: 'التحالف الدولي', forms: ['التحالف', 'طيران التحالف'] },
    { id: 'res', type: 'ORG', name: 'قوات الفجر' },
  ],
};

test('a purpose noun after a backing aside does not take the backer as its doer', () => {
  const text = 'وتواصل مجموعات من المتطوعين بدعم من الحكومة مساعيها للسيطرة على الميناء الجنوبي.';
  assert.deepEqual(partiesOf(text, spec, 'COERCE', 'للسيطرة').actor, []);
  assert.deepEqual(partiesOf(text, spec, 'AID', 'بدعم').actor, ['gov']);
});

test('an attack qualified as backed by strikes is not done by the one who strikes', () => {
  const text = 'ودخلت الوحدات الحي الشرقي إثر هجوم كبير لاستعادته مدعوم بغارات من طيران التحالف.';
  assert.deepEqual(partiesOf(text, spec, 'ASSAULT', 'هجوم').actor, []);
  assert.deepEqual(partiesOf(text, spec, 'ASSAULT', 'لاستعادته').actor, []);
  assert.deepEqual(partiesOf(text, spec, 'AID', 'مدعوم').actor, ['co']);
});

test('the one backed still does the act it goes with', () => {
  const text = 'وشنت قوات الفجر بدعم من التحالف هجوما على المطار للسيطرة عليه.';
  assert.deepEqual(partiesOf(text, spec, 'COERCE', 'للسيطرة').actor, ['res']);
});

test('the backer named before a verb is not its subject; the one backed is', () => {
  const a = 'فالمسلحون المدعومون من دول مثل التحالف يقصفون الأحياء يوميا.';
  assert.deepEqual(partiesOf(a, spec, 'ASSAULT', 'يقصفون').actor, []);
  const b = 'وقالت المصادر إن قوات الفجر المدعومة من التحالف سيطرت على المطار.';
  assert.deepEqual(partiesOf(b, spec, 'COERCE', 'سيطرت').actor, ['res']);
});
