import { test } from 'node:test';
import { triggerAsserts, type LayerSpec } from './testing.js';

// Trigger forms whose other sense the context tells (triggers.json 1.57.0): وصل of an amount or a
// vessel, تعرّض ل, a verb in a condition, intransitive توقف, «يساعد على» said of a thing, «وزير
// الدفاع», «البلاد المباركة», market demand (الطلب); found on unseen SaudiNewsNet text.

const spec: LayerSpec = {
  entities: [
    { id: 'e1', type: 'PER', name: 'سامر الخطيب' },
    { id: 'e2', type: 'GPE', name: 'مالطا' },
    { id: 'e3', type: 'GPE', name: 'قبرص' },
    { id: 'e4', type: 'ORG', name: 'حركة النهضة' },
    { id: 'e5', type: 'GPE', name: 'تشاد' },
  ],
};

const { has, hasNot } = triggerAsserts(spec);

test('وصل of an amount, goods or boats is no visit; a visitor who arrives is', () => {
  hasNot('وقررت الحكومة خصومات تصل إلى 40 في المائة على الرسوم المفروضة في مالطا.', 'CONSULT', 'تصل');
  hasNot('وتقول التقارير إن زوارق المهاجرين تصل إلى مالطا كل أسبوع.', 'CONSULT', 'تصل');
  hasNot('وكانت الشحنات لا تزال تصل إلى قبرص رغم الحظر.', 'CONSULT', 'تصل');
  has('ووصل سامر الخطيب إلى مالطا أمس قادما من قبرص.', 'CONSULT', 'ووصل');
});

test('«تعرض ل» is exposure, not an offer of aid', () => {
  hasNot('وكان سامر الخطيب قد تعرض لسقوط على كتفه خلال التدريب في مالطا.', 'AID', 'تعرض');
  has('وقالت إن تشاد تعرض على مالطا مساعدة عاجلة.', 'AID', 'تعرض');
});

test('a verb inside a condition is no event', () => {
  hasNot('وسيعاد فرض القيود إن لم تلتزم تشاد بالاتفاق الموقع.', 'AGREE', 'تلتزم');
  hasNot('وقال إنه إذا هاجمت حركة النهضة المدينة فإن الرد سيكون قاسيا.', 'ASSAULT', 'هاجمت');
  has('والتزمت تشاد بالاتفاق الموقع مع مالطا.', 'AGREE', 'والتزمت');
});

test('intransitive «توقف» (stopped) is no arrest', () => {
  hasNot('وتوقف العمل في الميناء بسبب الأمطار الغزيرة.', 'COERCE', 'وتوقف');
  hasNot('وتواصلت الاشتباكات في تشاد دون توقف منذ الصباح.', 'COERCE', 'توقف');
  hasNot('وقال إن المشروع توقف منذ عامين في مالطا.', 'COERCE', 'توقف');
});

test('«يساعد على» said of a thing gives no aid; a party that helps does', () => {
  hasNot('ووصف البيان تلك الخطوات بأنها لا تساعد على تحسين العلاقات مع تشاد.', 'AID', 'تساعد');
  hasNot('وهي الإجراءات التي تساعد على تحقيق الاستقرار في مالطا.', 'AID', 'تساعد');
  has('وقال إن تشاد ساعدت حركة النهضة بالسلاح والمال.', 'AID', 'ساعدت');
});

test('offices, adjectives and market words that read as trigger forms are no events', () => {
  hasNot('وقال وزير الدفاع سامر الخطيب إن قراره نهائي ولن يتغير.', 'SUPPORT', 'الدفاع');
  hasNot('حفظ الله بلادنا المباركة وأدام عليها الأمن.', 'SUPPORT', 'المباركة');
  hasNot('وتوقع المحللون أن يؤدي تنامي الطلب إلى ارتفاع الأسعار في قبرص.', 'REQUEST', 'الطلب');
  hasNot('وتبقى الفجوة كبيرة بين العرض والطلب في أسواق مالطا.', 'REQUEST', 'والطلب');
});
