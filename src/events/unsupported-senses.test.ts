import { test } from 'node:test';
import { assertEvent, assertNoEvent, type LayerSpec } from './testing.js';

// Trigger words whose ordinary senses in news are no PLOVER act: over the 46 development parts
// «منح» (12 occurrences, no AID event), «اعترف»/«اعتراف» (12, no CONCEDE), «شراكة» (3, no
// COOPERATE), «أمدّ»/«إمدادات» (12, one AID), «حذّر» (12, one THREATEN) and the «distant» forms of
// «أبعد» (no deportation) were predicted and never annotated. What the gold does count is kept:
// money or arms granted, a recognition of a state, a deportation of a person.

const spec: LayerSpec = {
  entities: [
    { id: 'g1', type: 'GPE', name: 'كينيا' },
    { id: 'g2', type: 'GPE', name: 'فلسطين' },
    { id: 'g3', type: 'GPE', name: 'مصر' },
    { id: 'o1', type: 'ORG', name: 'وزارة الداخلية' },
  ],
};

test('granting a permit, a chance or a prize is no aid; granting money or arms is', () => {
  assertNoEvent('وبدأت مصر منح تأشيرات العمل للطلاب الأجانب.', spec, 'AID');
  assertNoEvent('وقال المدرب إن الفوز منح اللاعبين ثقة كبيرة.', spec, 'AID');
  assertEvent('وقرر الرئيس منح الأندية الرياضية عشرة ملايين ريال.', spec, 'AID', 'منح');
  assertNoEvent('وقالت الوزارة إن المهلة التي منحتها للشركات تنتهي غدا.', spec, 'AID');
});

test('arming is aid; the supply lines of a front and a list handed over are not', () => {
  assertEvent('وأمدت كينيا المسلحين بالسلاح طوال سنوات الحرب.', spec, 'AID', 'وأمدت');
  assertNoEvent('وتمكن المقاتلون من قطع الإمدادات عن المدينة.', spec, 'AID');
  assertNoEvent('وأمدت وزارة الداخلية نظيرتها بقائمة الأسماء.', spec, 'AID');
});

test('a confession or an admission without a party is no recognition; recognising a state is', () => {
  assertNoEvent('وبحسب الاعترافات الأولية فإن المتهمين خططوا للهجوم.', spec, 'CONCEDE');
  assertNoEvent('وقال إن عليهم أن يعترفوا بالفشل.', spec, 'CONCEDE');
  assertEvent('واعترفت كينيا بدولة فلسطين.', spec, 'CONCEDE', 'واعترفت');
});

test('a warning is no threat, a partnership no act of cooperation, a distance no deportation', () => {
  assertNoEvent('وحذرت وزارة الداخلية من ارتفاع درجات الحرارة.', spec, 'THREATEN');
  assertNoEvent('وأشاد الوزير بالشراكة بين مصر وكينيا.', spec, 'COOPERATE');
  assertNoEvent('وتقع القرية التي تبعد نحو عشرين كيلومترا عن الحدود.', spec, 'COERCE');
});
