import { test } from 'node:test';
import { assertEvent, assertNoEvent, type LayerSpec } from '../testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'p1', type: 'PER', name: 'سامح شكري' },
    { id: 'p2', type: 'PER', name: 'سيرغي لافروف' },
  ],
};

test('بحث after a preposition or an auxiliary and its circumstance is the masdar (what was discussed), no act', () => {
  assertNoEvent('وتناول اللقاء العلاقات الثنائية، إلى جانب بحث مستجدات الأوضاع في المنطقة.', spec, 'CONSULT', 'بحث');
  assertNoEvent('وجرى خلال الاتصال بحث تطورات الأوضاع في الساحة اليمنية.', spec, 'CONSULT', 'بحث');
  assertNoEvent('وأشاد بجهود الإمارة في بحث المعوقات التي تواجه القطاع.', spec, 'CONSULT', 'بحث');
  assertNoEvent('ويطبق الطالب في بحثه ما درسه نظريا.', spec, 'CONSULT');
  // The verb itself still tells the talks.
  assertEvent('وبحث سامح شكري مع نظيره سيرغي لافروف الأزمة السورية.', spec, 'CONSULT', 'وبحث');
  assertEvent('وقال المتحدث إن الوزيرين بحثا سبل تعزيز العلاقات.', spec, 'CONSULT', 'بحثا');
});
