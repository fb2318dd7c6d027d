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

test('بحث right after an indefinite noun is its genitive, a search or a piece of research, no talks', () => {
  assertNoEvent('وأرسلت الحكومة اليابانية فريق بحث إلى المحيط الهندي للعثور على حطام الطائرة.', spec, 'CONSULT');
  assertNoEvent('وقال الدفاع المدني إن عمليات بحث مكثفة استمرت طوال الليل تحت الأنقاض.', spec, 'CONSULT');
  assertNoEvent('وحصل الطالب على الجائزة نظير بحثه حول مقاومة البكتيريا للمضادات الحيوية.', spec, 'CONSULT');
  assertNoEvent('ويتدرب طلاب الدراسات العليا على كتابة بحث علمي محكم.', spec, 'CONSULT');
  // A particle, a subject or a time word before it leaves the verb.
  assertEvent('وقال المتحدث إنه بحث مع سيرغي لافروف الأزمة السورية.', spec, 'CONSULT', 'بحث');
  assertEvent('وكان سامح شكري قد بحث مع سيرغي لافروف الأزمة السورية.', spec, 'CONSULT', 'بحث');
  assertEvent('ويصل إلى موسكو غدا وفد يبحث مع سيرغي لافروف ترتيبات الزيارة.', spec, 'CONSULT', 'يبحث');
  assertEvent('وفي أول زيارة له إلى موسكو، بحث سامح شكري مع سيرغي لافروف الأزمة السورية.', spec, 'CONSULT', 'بحث');
});
