import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertEvent, assertNoEvent, partiesOf, type LayerSpec } from './testing.js';

const spec: LayerSpec = {
  entities: [
    { id: 'e1', type: 'ORG', name: 'المقاومة الشعبية', forms: ['المقاومة'] },
    { id: 'e2', type: 'GPE', name: 'تعز' },
    { id: 'e3', type: 'ORG', name: 'جماعة الحوثي', forms: ['الحوثيين'] },
    { id: 'e4', type: 'GPE', name: 'مصر' },
    { id: 'e5', type: 'GPE', name: 'الأردن' },
  ],
};

test('an incident or a deed is an attack when qualified as terror or crime right after it', () => {
  assertEvent('واستنكرت مصر الحادث الإرهابي الذي وقع في السوق المركزي.', spec, 'ASSAULT', 'الحادث');
  assertEvent('ووصف المحافظ الحادثة الإجرامية التي تعرض لها الحراس بأنها جبانة.', spec, 'ASSAULT', 'الحادثة');
  assertEvent('وأكد الشيوخ أن العمل الإجرامي الذي شهدته القرية لن يمر.', spec, 'ASSAULT', 'العمل');
  // Not by a clause alone, nor as a description, nor before the genitive act, nor taken up by a
  // demonstrative, nor as any incident of the kind.
  assertNoEvent('وأكد المتحدث أن لهذا الحادث الإجرامي أبعادا خطيرة.', spec, 'ASSAULT', 'الحادث');
  assertNoEvent('ويتجدد الجدل عقب كل حادثة إرهابية.', spec, 'ASSAULT', 'حادثة');
  assertNoEvent('وقع الحادث الذي نتج عنه تلف سيارتين على الطريق الدائري.', spec, 'ASSAULT', 'الحادث');
  assertNoEvent('وأشاد المدرب بالعمل الذي قام به اللاعبون طوال الموسم.', spec, 'ASSAULT', 'بالعمل');
  assertNoEvent('واعتبر المتحدث أن ما جرى عمل إرهابي.', spec, 'ASSAULT', 'عمل');
  assertNoEvent('ووصف الشيخ تفجير الكنيسة بالعمل الإرهابي الجبان.', spec, 'ASSAULT', 'بالعمل');
  // The genitive act is the attack: «حادث التفجير الإرهابي».
  assertEvent('وأدانت مصر حادث التفجير الإرهابي في الأردن.', spec, 'ASSAULT', 'التفجير');
  assertNoEvent('وأدانت مصر حادث التفجير الإرهابي في الأردن.', spec, 'ASSAULT', 'حادث');
});

test('the victories of an armed force are attacks, by the force; a win in sport is none', () => {
  assertEvent('وأشاد المحافظ بما حققته قوات المقاومة من انتصارات على الحوثيين.', spec, 'ASSAULT', 'انتصارات');
  assertEvent('وتسعى المقاومة إلى السيطرة على الجبل الواقع شرق تعز، لتعزز انتصاراتها الأخيرة.', spec, 'ASSAULT', 'انتصاراتها');
  assert.deepEqual(partiesOf('وتسعى المقاومة إلى السيطرة على الجبل الواقع شرق تعز، لتعزز انتصاراتها الأخيرة.', spec, 'ASSAULT', 'انتصاراتها').actor, ['e1']);
  // Not a win in sport or a figure of speech.
  assertNoEvent('وحقق الفريق انتصاره الثالث في الدوري أمس.', spec, 'ASSAULT', 'انتصاره');
  assertNoEvent('واعتبرت الصحيفة الاتفاق انتصارا للدبلوماسية.', spec, 'ASSAULT', 'انتصارا');
});

test('violence one is exposed to (تعرض ل) is an attack', () => {
  assertEvent('وقال شهود إن الشاب تعرض للضرب على أيدي مجهولين.', spec, 'ASSAULT', 'للضرب');
  assertEvent('وأصيب جنديان بعد تعرض الموقع لقذائف من داخل الأراضي المجاورة.', spec, 'ASSAULT', 'لقذائف');
});

test('a danger or what portends is no threat by a party', () => {
  assertNoEvent('وتأخر وصول الشحنة، ما قد يهدد استمرار عمل المصنع.', spec, 'THREATEN', 'يهدد');
  assertNoEvent('وحذر الخبراء من جفاف يهدد ملايين المزارعين.', spec, 'THREATEN', 'يهدد');
  assertNoEvent('وقال إن تصاعد الأسعار ينذر بأزمة اجتماعية.', spec, 'THREATEN', 'ينذر');
  assertEvent('وهدد الحوثيين باقتحام تعز.', spec, 'THREATEN', 'وهدد');
});

test('«تم الاتفاق» after an agreement already told is a new act', () => {
  assertEvent('ووقعت مصر والأردن اتفاقية للنقل البحري. كما تم الاتفاق على تشكيل لجنة مشتركة.', spec, 'AGREE', 'الاتفاق');
});

test('a single word in quotes after a system or an app is its name', () => {
  assertNoEvent('وأطلقت الجامعة النظام الإلكتروني «دعم» لخدمة الطلاب.', spec, 'SUPPORT', 'دعم');
  assertNoEvent('وقال إن تطبيق «تعاون» متاح للجميع.', spec, 'COOPERATE', 'تعاون');
});
