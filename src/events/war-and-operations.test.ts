import { test } from 'node:test';
import { assertEvent, assertNoEvent } from './testing.js';

test('a named or combat operation is an ASSAULT', () => {
  assertEvent('وتتواصل العمليات القتالية في ريف المدينة منذ أسبوعين.', {}, 'ASSAULT', 'العمليات');
  assertEvent('وهبطت الطائرة الأولى منذ انطلاق عملية «درع الجبل» في الشمال.', {}, 'ASSAULT', 'عملية');
  assertEvent('وقال المتحدث إن عمليات مكافحة الإرهاب مستمرة في المنطقة الحدودية.', {}, 'ASSAULT', 'عمليات');
  assertEvent('وتتواصل العمليات العسكرية للقوات الأمنية في الصحراء الغربية.', {}, 'ASSAULT', 'العمليات');
  assertNoEvent('وتعثرت عملية «السلام» بين الطرفين منذ سنوات.', {}, 'ASSAULT');
});

test('liberating a building or two provinces names its argument', () => {
  assertEvent('وتمكنت القوات من تحرير مبنى المستشفى القديم بعد معارك.', {}, 'ASSAULT', 'تحرير');
  assertEvent('وأطلقت المرحلة الثانية لتحرير محافظتي الجوف ومأرب.', {}, 'ASSAULT', 'لتحرير');
});

test('a war waged, entered or declared is an ASSAULT; a war as a state, or on a social ill, is none', () => {
  assertEvent('وعاد آلاف النازحين بعد الحرب الطويلة التي شنتها الميليشيات على القرى.', {}, 'ASSAULT', 'الحرب');
  assertEvent('وتغير الوضع مع دخول روسيا الحرب على المتمردين في الجنوب.', {}, 'ASSAULT', 'الحرب');
  assertEvent('وصوت البرلمان على إعلان الحرب على الدولة المجاورة.', {}, 'ASSAULT', 'الحرب');
  assertNoEvent('وعبرت الحكومة عن ترددها في الدخول في حرب ضد الجماعات.', {}, 'ASSAULT');
  assertNoEvent('وأعلنت الوزارة الحرب على الفساد في الدوائر الحكومية.', {}, 'ASSAULT');
  assertNoEvent('وتضرر الاقتصاد كثيرا خلال سنوات الحرب في البلاد.', {}, 'ASSAULT');
});

test('only a quote right after the operation noun names an operation; a war crime stays the crime', () => {
  assertNoEvent('وخسرت الشركة كثيرا في عملية الاستحواذ على «نوكيا» العام الماضي.', {}, 'ASSAULT');
  assertEvent('وطالبوا بالتحقيق في جرائم الحرب التي ارتكبت بحق القرويين.', {}, 'ASSAULT', 'جرائم');
  assertNoEvent('وطالبوا بالتحقيق في جرائم الحرب التي ارتكبت بحق القرويين.', {}, 'ASSAULT', 'الحرب');
  assertNoEvent('وقال إن قتل الجنود يعني إعلان الحرب على الجميع.', {}, 'ASSAULT', 'الحرب');
});
