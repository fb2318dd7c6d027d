import { test } from 'node:test';
import { assertEvent, assertNoEvent, type LayerSpec } from '../testing.js';

const spec: LayerSpec = { entities: [{ id: 'w', type: 'PER', name: 'سالم الحربي' }] };

test('a noun after «بعد» in what a call asks for is done, not asked', () => {
  assertEvent('دعا سالم الحربي إلى زيارة المدينة بعد تحريرها من المسلحين.', spec, 'ASSAULT', 'تحريرها');
  // What the call asks for is no event of its own.
  assertNoEvent('دعا سالم الحربي إلى تحرير المدينة من المسلحين.', spec, 'ASSAULT', 'تحرير');
});
