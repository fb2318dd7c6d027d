import { test } from 'node:test';
import { assertEvent, assertNoEvent, type LayerSpec } from './testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'e1', type: 'ORG', name: 'داعش' },
    { id: 'e2', type: 'ORG', name: 'الجيش العراقي' },
    { id: 'e3', type: 'GPE', name: 'إيران' },
    { id: 'e4', type: 'PER', name: 'سامر الحلبي', forms: ['الحلبي'] },
    { id: 'e5', type: 'GPE', name: 'الأردن' },
  ],
};

test('eliminating a named group or its fighters (القضاء على) is an attack; eliminating an ill is none', () => {
  assertEvent('وأعلن الجيش العراقي القضاء على 10 إرهابيين في المدينة.', spec, 'ASSAULT', 'القضاء');
  assertEvent('وتمكنت القوات من القضاء على خلايا إرهابية في الصحراء.', spec, 'ASSAULT', 'القضاء');
  assertNoEvent('وتعمل الوزارة على القضاء على الفقر والبطالة في الريف.', spec, 'ASSAULT', 'القضاء');
  assertNoEvent('وأحيل المتهم إلى القضاء بعد انتهاء التحقيق.', spec, 'ASSAULT', 'القضاء');
});

test('the noun of confronting (التصدي ل) names an aim or a duty, unless what is confronted is an attack', () => {
  assertNoEvent('وأكد الحلبي على ضرورة التصدي للتدخلات الإيرانية في المنطقة.', spec, 'ASSAULT', 'التصدي');
  assertNoEvent('ويحذر مسؤولون معنيون بالاستخبارات والتصدي للإرهاب من هجمات جديدة.', spec, 'ASSAULT', 'والتصدي');
  assertEvent('ونجح الجيش العراقي في التصدي لهجوم شنه داعش على المدينة.', spec, 'ASSAULT', 'التصدي');
  // Guard: the verb still tells an act of its own.
  assertEvent('وتصدت قوات الجيش العراقي لعناصر داعش قرب المدينة.', spec, 'ASSAULT', 'وتصدت');
});

test('a discussion verb whose subject is a meeting or a work tells its topic, no meeting of its own', () => {
  assertNoEvent('وعقد المجلس اجتماعه الأول أمس، وناقش المجتمعون خطط العام المقبل.', spec, 'CONSULT', 'وناقش');
  assertNoEvent('وناقش العرض المسرحي واقع الحياة الاجتماعية.', spec, 'CONSULT', 'وناقش');
  assertNoEvent('وناقش الاجتماع تطوير العمل بين الإدارات.', spec, 'CONSULT', 'وناقش');
  // Guard: a party as the subject discusses with another.
  assertEvent('وناقش الحلبي مع وزير خارجية الأردن تطورات المنطقة.', spec, 'CONSULT', 'وناقش');
});

test('eliminating named as an aim (هدفه بالقضاء على، ضرورة القضاء على) is no act yet', () => {
  assertNoEvent('واتهم الحلبي إيران بتحقيق هدفها بالقضاء على الجيش العراقي.', spec, 'ASSAULT', 'بالقضاء');
  assertNoEvent('وأكد الحلبي ضرورة القضاء على داعش.', spec, 'ASSAULT', 'القضاء');
});

test('eliminating with no target, or as an aim after ل, is no act', () => {
  assertNoEvent('وقال الحلبي إن القضاء على التعريفات الجمركية سيكون له أثر كبير.', spec, 'ASSAULT', 'القضاء');
  assertNoEvent('وأنشأت الدول حلفا عسكريا للقضاء على داعش.', spec, 'ASSAULT', 'للقضاء');
});

test('a workshop or a plant for booby-trapping is no bombing', () => {
  assertNoEvent('وضبط الجيش العراقي ورشة لتفخيخ السيارات.', spec, 'ASSAULT', 'لتفخيخ');
  assertEvent('وقام مسلحو داعش بتفخيخ المنازل قبل انسحابهم.', spec, 'ASSAULT', 'بتفخيخ');
});

test('pulling weapons back from a front is a retreat', () => {
  assertEvent('وبدأ الجيش العراقي سحب الأسلحة الثقيلة من خط التماس.', spec, 'RETREAT', 'سحب');
});
