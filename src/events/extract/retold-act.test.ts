import { test } from 'node:test';
import { assertEvent, assertNoEvent, type LayerSpec } from '../testing.js';

const spec: LayerSpec = { entities: [{ id: 'w', type: 'PER', name: 'سالم الحربي' }] };

test('a noun after «بعد» in what a call asks for is done, not asked', () => {
  assertEvent('دعا سالم الحربي إلى زيارة المدينة بعد تحريرها من المسلحين.', spec, 'ASSAULT', 'تحريرها');
  // What the call asks for is no event of its own.
  assertNoEvent('دعا سالم الحربي إلى تحرير المدينة من المسلحين.', spec, 'ASSAULT', 'تحرير');
});

test('a meeting told again as the circumstance of what follows is the meeting already told', () => {
  const t = 'واستقبل سالم الحربي وفد الغرفة التجارية في مكتبه، وجرى خلال اللقاء استعراض أوجه التعاون.';
  assertEvent(t, spec, 'CONSULT', 'واستقبل');
  assertNoEvent(t, spec, 'CONSULT', 'اللقاء');
  // With no meeting told before, the noun is the meeting itself.
  assertEvent('وأعلن سالم الحربي في الاجتماع الطارئ لوزراء الخارجية العرب دعم المبادرة.', spec, 'CONSULT', 'الاجتماع');
});

test('a visit during which a meeting was held is an event of its own', () => {
  assertEvent('والتقى سالم الحربي رئيس البلدية خلال الزيارة التي لم يعلن عنها.', spec, 'CONSULT', 'الزيارة');
});
