import { test } from 'node:test';
import { assertEvent, assertNoEvent } from '../testing.js';

test('the imperfect of ضرب with «في» after it is a blow, not a strike (ليضرب في، أن تضرب في)', () => {
  assertNoEvent('وعاد الإرهاب ليضرب في قلب أوروبا من جديد.', {}, 'PROTEST');
  assertNoEvent('وعاد التفجير الانتحاري ليضرب في المنطقة الشرقية.', {}, 'PROTEST');
  assertNoEvent('ويخشى المسؤولون أن تضرب الجماعة في العمق مرة أخرى.', {}, 'PROTEST');
});

test('a strike told with «عن», its strikers or the perfect أضرب is still PROTEST', () => {
  assertEvent('ويضرب المعلمون عن العمل منذ أسبوع.', {}, 'PROTEST', 'ويضرب');
  assertEvent('وأضرب العمال في ميناء البصرة احتجاجا على تأخر الرواتب.', {}, 'PROTEST', 'وأضرب');
});
