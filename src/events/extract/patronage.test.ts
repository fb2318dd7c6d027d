import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertEvent, assertNoEvent, partiesOf, type LayerSpec } from '../testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'e1', type: 'ORG', name: 'الأمم المتحدة' },
    { id: 'e2', type: 'PER', name: 'الأمير فيصل' },
  ],
};

test('a patron named after «برعاية» or «تحت رعاية», and the sponsor of talks, take part (CONSULT)', () => {
  assertEvent('وانطلقت الجولة الثانية برعاية الأمم المتحدة في جنيف.', spec, 'CONSULT', 'برعاية');
  assertEvent('وأقيم الحفل تحت رعاية الأمير فيصل مساء أمس.', spec, 'CONSULT', 'رعاية');
  assertEvent('وقال إن الأمم المتحدة ترعاها منذ أشهر.', spec, 'CONSULT', 'ترعاها');
});

test('care (الرعاية الطبية، رعاية الأيتام) and the blessing «حفظه الله ورعاه» are no patronage', () => {
  assertNoEvent('ونقل المصابون إلى المستشفى لتلقي الرعاية الطبية اللازمة.', spec, 'CONSULT');
  assertNoEvent('وتهتم الجمعية برعاية الأيتام في المدينة.', spec, 'CONSULT');
  assertNoEvent('وهنأ المواطنون ولي العهد حفظه الله ورعاه بمناسبة العيد.', spec, 'CONSULT', 'ورعاه');
});

test('the patron after «برعاية» is the actor, not the subject of the clause', () => {
  const t = 'وتعقد الجمعية ملتقاها السنوي برعاية الأمير فيصل الأسبوع المقبل.';
  assert.deepEqual(partiesOf(t, spec, 'CONSULT', 'برعاية').actor, ['e2']);
});
