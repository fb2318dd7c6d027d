import { test } from 'node:test';
import { assertEvent, assertNoEvent, type LayerSpec } from '../testing.js';

const spec: LayerSpec = { entities: [{ id: 'w', type: 'PER', name: 'سالم الحربي' }] };

test('an attack named again with a clause of doing or taking place is told again', () => {
  assertEvent('شن مسلحون هجوما على حاجز للشرطة قرب الميناء. وقال مسؤول إن الهجوم الذي وقع فجر الأحد خلف أضرارا.', spec, 'ASSAULT', 'الهجوم');
  assertEvent('فجر انتحاري نفسه في سوق الخضار. وذكر شهود أن التفجير وقع قرب المدخل الشمالي.', spec, 'ASSAULT', 'التفجير');
  // Named again bare, it takes up the attack already told.
  assertNoEvent('شن مسلحون هجوما على حاجز للشرطة قرب الميناء. وأسفر الهجوم عن أضرار كبيرة.', spec, 'ASSAULT', 'الهجوم');
});

test('a noun after «بعد» in what a call asks for is done, not asked', () => {
  assertEvent('دعا سالم الحربي إلى زيارة المدينة بعد تحريرها من المسلحين.', spec, 'ASSAULT', 'تحريرها');
  // What the call asks for is no event of its own.
  assertNoEvent('دعا سالم الحربي إلى تحرير المدينة من المسلحين.', spec, 'ASSAULT', 'تحرير');
});
