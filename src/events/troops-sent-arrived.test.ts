import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertEvent, assertNoEvent, partiesOf, type LayerSpec } from './testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'e1', type: 'PER', name: 'ماهر الحلبي' },
    { id: 'e2', type: 'GPE', name: 'الشيشان' },
    { id: 'e3', type: 'GPE', name: 'الإمارات', forms: ['adj:إماراتية', 'adj:الإماراتية'] },
    { id: 'e4', type: 'LOC', name: 'مطار عدن' },
    { id: 'e5', type: 'GPE', name: 'عدن' },
    { id: 'e6', type: 'ORG', name: 'الجبهة الشعبية', forms: ['الجبهة'] },
  ],
};

test('sending an army, a brigade or fighters is MOBILIZE', () => {
  assertEvent('وأمر ماهر الحلبي بإرسال جيشه إلى الشيشان.', spec, 'MOBILIZE', 'بإرسال');
  assertEvent('وأرسلت الجبهة الشعبية كتيبة إلى عدن.', spec, 'MOBILIZE', 'وأرسلت');
});

test('sending civil defence or rescue teams is no MOBILIZE', () => {
  assertNoEvent('وقررت عدن إرسال وحدات الدفاع المدني إلى المطار.', spec, 'MOBILIZE', 'إرسال');
});

test('troops that arrive are MOBILIZE, a minister who arrives pays a visit', () => {
  assertEvent('وتحدث المسؤول عن وصول قوات إماراتية إلى مطار عدن.', spec, 'MOBILIZE', 'وصول');
  assertEvent('وقالت الجبهة إن قواتها وصلت إلى أطراف عدن.', spec, 'MOBILIZE', 'وصلت');
  assertNoEvent('وقالت الجبهة إن قواتها وصلت إلى أطراف عدن.', spec, 'CONSULT', 'وصلت');
  assertEvent('ووصل ماهر الحلبي إلى عدن أمس.', spec, 'CONSULT', 'ووصل');
  assertNoEvent('وتحدث المسؤول عن وصول وحدات الدفاع المدني إلى مطار عدن.', spec, 'MOBILIZE', 'وصول');
  assertNoEvent('وحين وصلت قوات الإطفاء إلى المطار كان الدخان كثيفا.', spec, 'MOBILIZE', 'وصلت');
});

test('the act one is pushed to is done by the doer told before it', () => {
  const text = 'وقرر ماهر الحلبي إرسال جيشه إلى الشيشان حيث لقي مقاومة عنيفة دفعته إلى التراجع.';
  assertEvent(text, spec, 'RETREAT', 'التراجع');
  assert.deepEqual(partiesOf(text, spec, 'RETREAT', 'التراجع').actor, ['e1']);
});
